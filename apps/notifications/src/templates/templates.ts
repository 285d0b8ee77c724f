import type { RedressInfoV1, RestrictionStatementV1 } from '@parley/contracts';
import { Language } from '../notify/categories';
import { NotificationKind, NotificationParams } from '../notify/notification-kinds';

/** A message before it is wrapped for a channel: subject, paragraphs and an optional call to action. */
export interface RenderedMessage {
  subject: string;
  lines: string[];
  action?: { label: string; url: string };
}

type P<K extends NotificationKind> = Extract<NotificationParams, { kind: K }>;
type Templates = { [K in NotificationKind]: (p: P<K>, lang: Language) => RenderedMessage };

export function formatDate(iso: string, lang: Language): string {
  return `${new Date(iso).toLocaleString(lang, { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' })} UTC`;
}

const reasonList = (reasons: string[]) => reasons.map((r) => `– ${r}`);

interface StatementLabels {
  heading: string;
  restriction: string;
  facts: string;
  source: string;
  automation: string;
  legalGround: string;
  law: string;
  contractualGround: string;
  clause: string;
  redress: string;
  complaint: string;
  complaintUntil: (date: string) => string;
  outOfCourt: string;
  judicial: string;
  guidelines: string;
  automatedModeration: string;
  reference: string;
}

const LABELS: Record<Language, StatementLabels> = {
  en: {
    heading: 'Statement of reasons (Art. 17 Digital Services Act)',
    restriction: 'What was restricted',
    facts: 'Facts and circumstances',
    source: 'How it came to our attention',
    automation: 'Use of automated means',
    legalGround: 'Legal ground',
    law: 'Law',
    contractualGround: 'Ground in our terms',
    clause: 'Clause',
    redress: 'Your options for redress',
    complaint: 'Internal complaint',
    complaintUntil: (d) => `possible until ${d}`,
    outOfCourt: 'Out-of-court dispute settlement',
    judicial: 'Courts',
    guidelines: 'Community guidelines',
    automatedModeration: 'How our automated moderation works',
    reference: 'Reference',
  },
  de: {
    heading: 'Begründung (Art. 17 Gesetz über digitale Dienste)',
    restriction: 'Was eingeschränkt wurde',
    facts: 'Tatsachen und Umstände',
    source: 'Wie wir davon erfahren haben',
    automation: 'Einsatz automatisierter Mittel',
    legalGround: 'Rechtsgrundlage',
    law: 'Gesetz',
    contractualGround: 'Grundlage in unseren Bedingungen',
    clause: 'Klausel',
    redress: 'Ihre Rechtsbehelfe',
    complaint: 'Interne Beschwerde',
    complaintUntil: (d) => `möglich bis ${d}`,
    outOfCourt: 'Außergerichtliche Streitbeilegung',
    judicial: 'Gerichte',
    guidelines: 'Community-Richtlinien',
    automatedModeration: 'So funktioniert unsere automatisierte Moderation',
    reference: 'Referenz',
  },
  fr: {
    heading: 'Exposé des motifs (art. 17 du règlement sur les services numériques)',
    restriction: 'Ce qui a été restreint',
    facts: 'Faits et circonstances',
    source: 'Comment nous en avons eu connaissance',
    automation: 'Recours à des moyens automatisés',
    legalGround: 'Fondement juridique',
    law: 'Loi',
    contractualGround: 'Fondement dans nos conditions',
    clause: 'Clause',
    redress: 'Vos voies de recours',
    complaint: 'Réclamation interne',
    complaintUntil: (d) => `possible jusqu’au ${d}`,
    outOfCourt: 'Règlement extrajudiciaire des litiges',
    judicial: 'Tribunaux',
    guidelines: 'Règles de la communauté',
    automatedModeration: 'Fonctionnement de notre modération automatisée',
    reference: 'Référence',
  },
};

/** The redress lines (internal complaint, out-of-court settlement, courts). */
export function redressLines(redress: RedressInfoV1, lang: Language): string[] {
  const l = LABELS[lang];
  const c = redress.internalComplaint;
  const complaint = `${l.complaint}: ${c.procedure}${c.available && c.deadline ? ` (${l.complaintUntil(formatDate(c.deadline, lang))})` : ''}${c.url ? ` ${c.url}` : ''}`;
  const bodies = redress.outOfCourt.bodies.map((b) => `${b.name}${b.url ? ` (${b.url})` : ''}`).join(', ');
  return [`${l.redress}:`, `– ${complaint}`, `– ${l.outOfCourt}: ${redress.outOfCourt.text}${bodies ? ` ${bodies}.` : ''}`, `– ${l.judicial}: ${redress.judicial}`];
}

/** Every element of an Art. 17(3) statement, labelled in the reader's language. */
export function statementLines(st: RestrictionStatementV1 | undefined, lang: Language): string[] {
  if (!st) return [];
  const l = LABELS[lang];
  const ground =
    st.ground.kind === 'illegal'
      ? [`${l.legalGround}: ${l.law}: ${st.ground.law}.`, st.ground.explanation]
      : [`${l.contractualGround}: ${l.clause}: ${st.ground.clause}${st.ground.url ? ` (${st.ground.url})` : ''}.`, st.ground.explanation];
  return [
    l.heading,
    `${l.restriction}: ${st.scope}`,
    `${l.facts}: ${st.facts}`,
    `${l.source}: ${st.sourceText}`,
    `${l.automation}: ${st.automationText}`,
    ...ground,
    ...redressLines(st.redress, lang),
    ...(st.links.guidelines ? [`${l.guidelines}: ${st.links.guidelines}`] : []),
    ...(st.links.automatedModeration ? [`${l.automatedModeration}: ${st.links.automatedModeration}`] : []),
    `${l.reference}: ${st.id}`,
  ];
}

function legalGroundLines(g: { law: string; explanation: string } | null | undefined, lang: Language): string[] {
  if (!g) return [];
  const l = LABELS[lang];
  return [`${l.legalGround}: ${l.law}: ${g.law}.`, g.explanation];
}

/** The badges' names as the widget shows them. */
const BADGE_NAMES: Record<Language, Record<'staff' | 'subscriber' | 'expert', string>> = {
  en: { staff: 'Staff', subscriber: 'Subscriber', expert: 'Expert' },
  de: { staff: 'Redaktion', subscriber: 'Abonnent', expert: 'Experte' },
  fr: { staff: 'Rédaction', subscriber: 'Abonné', expert: 'Expert' },
};

const en: Templates = {
  'comment.approved': () => ({ subject: 'Your comment is published', lines: ['Your comment passed moderation and is now visible to other readers.'] }),
  'comment.flagged': (p) => ({ subject: 'Your comment is waiting for a moderator', lines: ['A moderator will review your comment before it is published.', ...statementLines(p.statement, 'en')] }),
  'comment.rejected': (p) => ({
    subject: 'Your comment was not published',
    lines: ['Your comment was not published because it breaks the community guidelines:', ...reasonList(p.reasons), 'If you think this is a mistake, you can appeal the decision and a moderator will review it.', ...statementLines(p.statement, 'en')],
    action: { label: 'Appeal this decision', url: p.appealUrl },
  }),
  'comment.removed': (p) => ({
    subject: 'Your comment was removed',
    lines: [
      'A moderator removed your comment for these reasons:',
      ...reasonList(p.reasons),
      p.appealable ? `You can appeal this decision${p.appealDeadline ? ` until ${formatDate(p.appealDeadline, 'en')}` : ''}.` : 'This decision cannot be appealed.',
      ...statementLines(p.statement, 'en'),
    ],
    action: p.appealable ? { label: 'Appeal this decision', url: p.appealUrl } : undefined,
  }),
  'comment.reply': (p) => ({ subject: `${p.replierName} replied to your comment`, lines: [`${p.replierName} replied to your comment:`, `“${p.excerpt}”`] }),
  'comment.featured': () => ({ subject: 'Your comment was featured', lines: ['The editors featured your comment. Thank you for a great contribution!'] }),
  'comment.pinned': () => ({ subject: 'Your comment was pinned', lines: ['The editors pinned your comment above the discussion of the article, for every reader to see first. Thank you!'] }),
  'badges.awarded': (p) => ({
    subject: p.badges.length === 1 ? `You received the ${BADGE_NAMES.en[p.badges[0]!]} badge` : 'You received new badges',
    lines: [`The editors gave you ${p.badges.length === 1 ? 'the badge' : 'the badges'} ${p.badges.map((b) => BADGE_NAMES.en[b]).join(', ')}. ${p.badges.length === 1 ? 'It is' : 'They are'} shown next to your name on your comments.`],
  }),
  'appeal.decided': (p) => ({
    subject: p.outcome === 'overturned' ? 'Your appeal was accepted' : 'Your appeal was rejected',
    lines: [p.outcome === 'overturned' ? 'A moderator reviewed your appeal and restored your comment.' : 'A moderator reviewed your appeal and the original decision stands.', `Reason: ${p.reason}`],
  }),
  'complaint.decided': (p) => ({
    subject: p.outcome === 'overturned' ? 'Your complaint was upheld: the decision is reversed' : 'Your complaint was rejected: the decision stands',
    lines: [
      p.outcome === 'overturned'
        ? { comment: 'A moderator who was not involved in the decision reviewed your complaint and restored your comment.', account: 'A moderator who was not involved in the decision reviewed your complaint and lifted the restriction on your account.', notice: 'A moderator who was not involved in the decision reviewed your complaint and removed the comment you reported.', report: 'A moderator who was not involved in the decision reviewed your complaint and removed the comment you reported.' }[p.subject]
        : 'A moderator who was not involved in the decision reviewed your complaint; the decision stands.',
      `Reason: ${p.reason}`,
      'You may refer the decision to a certified out-of-court dispute settlement body of your choice (Art. 21 DSA); its decision is not binding on you.',
      ...p.disputeBodies.map((b) => `– ${b.name}: ${b.url}`),
      `Certified bodies: ${p.disputeInfoUrl}`,
      'You may also challenge the decision before the competent court.',
    ],
  }),
  'notice.decided': (p) => ({
    subject: p.noticeKind === 'legal' ? 'Decision on your legal notice' : 'Decision on your report',
    lines: [
      p.outcome === 'action-taken' ? 'Thank you. We reviewed the content you reported and took action.' : 'Thank you. We reviewed the content you reported and decided to take no action.',
      `Reason: ${p.reason}`,
      ...legalGroundLines(p.legalGround, 'en'),
      ...(p.redress ? redressLines(p.redress, 'en') : []),
    ],
  }),
  'notice.received': (p) => ({
    subject: 'We received your notice of illegal content',
    lines: [
      `We received your notice ${p.noticeId} on ${formatDate(p.receivedAt, 'en')} about ${p.commentIds.length} comment${p.commentIds.length === 1 ? '' : 's'}: ${p.commentIds.join(', ')}.`,
      'A moderator will review it and we will tell you the decision and the options open to you.',
    ],
  }),
  'user.sanctioned': (p) => ({
    subject: { ban: 'Your account has been banned', suspension: 'Your account has been suspended', warning: 'A warning about your comments', premoderation: 'Your comments will be reviewed before publication', lifted: 'The restriction on your account was lifted' }[p.sanction],
    lines: [
      {
        ban: 'You can no longer post comments.',
        suspension: `You cannot post comments until ${p.until ? formatDate(p.until, 'en') : 'further notice'}.`,
        warning: 'Please follow the community guidelines; further breaches may lead to a suspension.',
        premoderation: 'A moderator reviews each of your comments before it is published.',
        lifted: 'You can post comments again.',
      }[p.sanction],
      `Reason: ${p.reason}`,
      ...statementLines(p.statement, 'en'),
    ],
  }),
  'notices.restricted': (p) => ({
    subject: { warning: 'A warning about your notices and complaints', suspension: 'Your notices and complaints are suspended', lifted: 'Your notices and complaints are processed again' }[p.sanction],
    lines: [
      {
        warning: 'Several of your notices or complaints were manifestly unfounded; further ones may lead to a suspension of their processing.',
        suspension: `We will not process your notices and complaints until ${p.until ? formatDate(p.until, 'en') : 'further notice'}. You can still post comments.`,
        lifted: 'We process your notices and complaints again.',
      }[p.sanction],
      `Reason: ${p.reason}`,
    ],
  }),
  'queue.item-added': (p) => ({ subject: `New item in the ${p.queue} queue`, lines: [`A comment on article ${p.articleId} entered the ${p.queue} queue.`, `Reason: ${p.reason}`] }),
  'webhook.disabled': (p) => ({ subject: 'A webhook subscription was disabled', lines: [`Subscription ${p.subscriptionId} (${p.url}) was disabled.`, `Reason: ${p.reason}`, 'Fix the endpoint, then enable the subscription again and redeliver what it missed.'] }),
};

const de: Templates = {
  'comment.approved': () => ({ subject: 'Ihr Kommentar ist veröffentlicht', lines: ['Ihr Kommentar hat die Moderation bestanden und ist nun für andere sichtbar.'] }),
  'comment.flagged': (p) => ({ subject: 'Ihr Kommentar wartet auf die Moderation', lines: ['Ein Moderator prüft Ihren Kommentar, bevor er veröffentlicht wird.', ...statementLines(p.statement, 'de')] }),
  'comment.rejected': (p) => ({
    subject: 'Ihr Kommentar wurde nicht veröffentlicht',
    lines: ['Ihr Kommentar wurde nicht veröffentlicht, weil er gegen die Community-Richtlinien verstößt:', ...reasonList(p.reasons), 'Wenn Sie das für einen Fehler halten, können Sie Einspruch einlegen; ein Moderator prüft dann die Entscheidung.', ...statementLines(p.statement, 'de')],
    action: { label: 'Einspruch einlegen', url: p.appealUrl },
  }),
  'comment.removed': (p) => ({
    subject: 'Ihr Kommentar wurde entfernt',
    lines: [
      'Ein Moderator hat Ihren Kommentar aus folgenden Gründen entfernt:',
      ...reasonList(p.reasons),
      p.appealable ? `Sie können Einspruch einlegen${p.appealDeadline ? ` bis ${formatDate(p.appealDeadline, 'de')}` : ''}.` : 'Gegen diese Entscheidung ist kein Einspruch möglich.',
      ...statementLines(p.statement, 'de'),
    ],
    action: p.appealable ? { label: 'Einspruch einlegen', url: p.appealUrl } : undefined,
  }),
  'comment.reply': (p) => ({ subject: `${p.replierName} hat auf Ihren Kommentar geantwortet`, lines: [`${p.replierName} hat auf Ihren Kommentar geantwortet:`, `„${p.excerpt}“`] }),
  'comment.featured': () => ({ subject: 'Ihr Kommentar wurde hervorgehoben', lines: ['Die Redaktion hat Ihren Kommentar hervorgehoben. Danke für Ihren Beitrag!'] }),
  'comment.pinned': () => ({ subject: 'Ihr Kommentar wurde angeheftet', lines: ['Die Redaktion hat Ihren Kommentar über der Diskussion zum Artikel angeheftet, sodass alle ihn zuerst sehen. Danke!'] }),
  'badges.awarded': (p) => ({
    subject: p.badges.length === 1 ? `Sie haben das Abzeichen „${BADGE_NAMES.de[p.badges[0]!]}“ erhalten` : 'Sie haben neue Abzeichen erhalten',
    lines: [`Die Redaktion hat Ihnen ${p.badges.length === 1 ? 'das Abzeichen' : 'die Abzeichen'} ${p.badges.map((b) => `„${BADGE_NAMES.de[b]}“`).join(', ')} verliehen. ${p.badges.length === 1 ? 'Es wird' : 'Sie werden'} neben Ihrem Namen bei Ihren Kommentaren angezeigt.`],
  }),
  'appeal.decided': (p) => ({
    subject: p.outcome === 'overturned' ? 'Ihrem Einspruch wurde stattgegeben' : 'Ihr Einspruch wurde abgelehnt',
    lines: [p.outcome === 'overturned' ? 'Ein Moderator hat Ihren Einspruch geprüft und Ihren Kommentar wiederhergestellt.' : 'Ein Moderator hat Ihren Einspruch geprüft; die Entscheidung bleibt bestehen.', `Begründung: ${p.reason}`],
  }),
  'complaint.decided': (p) => ({
    subject: p.outcome === 'overturned' ? 'Ihrer Beschwerde wurde stattgegeben' : 'Ihre Beschwerde wurde abgelehnt',
    lines: [
      p.outcome === 'overturned'
        ? { comment: 'Ein an der Entscheidung nicht beteiligter Moderator hat Ihre Beschwerde geprüft und Ihren Kommentar wiederhergestellt.', account: 'Ein an der Entscheidung nicht beteiligter Moderator hat Ihre Beschwerde geprüft und die Einschränkung Ihres Kontos aufgehoben.', notice: 'Ein an der Entscheidung nicht beteiligter Moderator hat Ihre Beschwerde geprüft und den gemeldeten Kommentar entfernt.', report: 'Ein an der Entscheidung nicht beteiligter Moderator hat Ihre Beschwerde geprüft und den gemeldeten Kommentar entfernt.' }[p.subject]
        : 'Ein an der Entscheidung nicht beteiligter Moderator hat Ihre Beschwerde geprüft; die Entscheidung bleibt bestehen.',
      `Begründung: ${p.reason}`,
      'Sie können die Entscheidung einer zertifizierten außergerichtlichen Streitbeilegungsstelle Ihrer Wahl vorlegen (Art. 21 DSA); deren Entscheidung ist für Sie nicht bindend.',
      ...p.disputeBodies.map((b) => `– ${b.name}: ${b.url}`),
      `Zertifizierte Stellen: ${p.disputeInfoUrl}`,
      'Sie können die Entscheidung auch vor dem zuständigen Gericht anfechten.',
    ],
  }),
  'notice.decided': (p) => ({
    subject: p.noticeKind === 'legal' ? 'Entscheidung zu Ihrer rechtlichen Meldung' : 'Entscheidung zu Ihrer Meldung',
    lines: [p.outcome === 'action-taken' ? 'Danke. Wir haben den gemeldeten Kommentar geprüft und Maßnahmen ergriffen.' : 'Danke. Wir haben den gemeldeten Kommentar geprüft und keine Maßnahmen ergriffen.', `Begründung: ${p.reason}`, ...legalGroundLines(p.legalGround, 'de'), ...(p.redress ? redressLines(p.redress, 'de') : [])],
  }),
  'notice.received': (p) => ({
    subject: 'Wir haben Ihre Meldung rechtswidriger Inhalte erhalten',
    lines: [`Wir haben Ihre Meldung ${p.noticeId} am ${formatDate(p.receivedAt, 'de')} erhalten (${p.commentIds.length} Kommentar(e): ${p.commentIds.join(', ')}).`, 'Ein Moderator prüft sie; wir teilen Ihnen die Entscheidung und Ihre Möglichkeiten mit.'],
  }),
  'user.sanctioned': (p) => ({
    subject: { ban: 'Ihr Konto wurde gesperrt', suspension: 'Ihr Konto wurde vorübergehend gesperrt', warning: 'Eine Verwarnung zu Ihren Kommentaren', premoderation: 'Ihre Kommentare werden vor der Veröffentlichung geprüft', lifted: 'Die Einschränkung Ihres Kontos wurde aufgehoben' }[p.sanction],
    lines: [
      {
        ban: 'Sie können keine Kommentare mehr schreiben.',
        suspension: `Sie können bis ${p.until ? formatDate(p.until, 'de') : 'auf Weiteres'} keine Kommentare schreiben.`,
        warning: 'Bitte beachten Sie die Community-Richtlinien; weitere Verstöße können zu einer Sperre führen.',
        premoderation: 'Ein Moderator prüft jeden Ihrer Kommentare vor der Veröffentlichung.',
        lifted: 'Sie können wieder Kommentare schreiben.',
      }[p.sanction],
      `Begründung: ${p.reason}`,
      ...statementLines(p.statement, 'de'),
    ],
  }),
  'notices.restricted': (p) => ({
    subject: { warning: 'Eine Verwarnung zu Ihren Meldungen und Beschwerden', suspension: 'Ihre Meldungen und Beschwerden werden ausgesetzt', lifted: 'Ihre Meldungen und Beschwerden werden wieder bearbeitet' }[p.sanction],
    lines: [
      {
        warning: 'Mehrere Ihrer Meldungen oder Beschwerden waren offensichtlich unbegründet; weitere können dazu führen, dass ihre Bearbeitung ausgesetzt wird.',
        suspension: `Wir bearbeiten Ihre Meldungen und Beschwerden bis ${p.until ? formatDate(p.until, 'de') : 'auf Weiteres'} nicht. Sie können weiterhin Kommentare schreiben.`,
        lifted: 'Wir bearbeiten Ihre Meldungen und Beschwerden wieder.',
      }[p.sanction],
      `Begründung: ${p.reason}`,
    ],
  }),
  'queue.item-added': (p) => ({ subject: `Neuer Eintrag in der Warteschlange ${p.queue}`, lines: [`Ein Kommentar zum Artikel ${p.articleId} ist in der Warteschlange ${p.queue}.`, `Grund: ${p.reason}`] }),
  'webhook.disabled': (p) => ({ subject: 'Ein Webhook-Abonnement wurde deaktiviert', lines: [`Abonnement ${p.subscriptionId} (${p.url}) wurde deaktiviert.`, `Grund: ${p.reason}`] }),
};

const fr: Templates = {
  'comment.approved': () => ({ subject: 'Votre commentaire est publié', lines: ['Votre commentaire a passé la modération et il est maintenant visible.'] }),
  'comment.flagged': (p) => ({ subject: 'Votre commentaire attend un modérateur', lines: ['Un modérateur examinera votre commentaire avant sa publication.', ...statementLines(p.statement, 'fr')] }),
  'comment.rejected': (p) => ({
    subject: "Votre commentaire n'a pas été publié",
    lines: ["Votre commentaire n'a pas été publié car il enfreint les règles de la communauté :", ...reasonList(p.reasons), 'Si vous pensez qu’il s’agit d’une erreur, vous pouvez faire appel ; un modérateur réexaminera la décision.', ...statementLines(p.statement, 'fr')],
    action: { label: 'Faire appel', url: p.appealUrl },
  }),
  'comment.removed': (p) => ({
    subject: 'Votre commentaire a été retiré',
    lines: [
      'Un modérateur a retiré votre commentaire pour les raisons suivantes :',
      ...reasonList(p.reasons),
      p.appealable ? `Vous pouvez faire appel${p.appealDeadline ? ` jusqu’au ${formatDate(p.appealDeadline, 'fr')}` : ''}.` : 'Cette décision ne peut pas faire l’objet d’un appel.',
      ...statementLines(p.statement, 'fr'),
    ],
    action: p.appealable ? { label: 'Faire appel', url: p.appealUrl } : undefined,
  }),
  'comment.reply': (p) => ({ subject: `${p.replierName} a répondu à votre commentaire`, lines: [`${p.replierName} a répondu à votre commentaire :`, `« ${p.excerpt} »`] }),
  'comment.featured': () => ({ subject: 'Votre commentaire a été mis en avant', lines: ['La rédaction a mis en avant votre commentaire. Merci pour votre contribution !'] }),
  'comment.pinned': () => ({ subject: 'Votre commentaire a été épinglé', lines: ['La rédaction a épinglé votre commentaire au-dessus de la discussion de l’article : tous les lecteurs le verront en premier. Merci !'] }),
  'badges.awarded': (p) => ({
    subject: p.badges.length === 1 ? `Vous avez reçu le badge « ${BADGE_NAMES.fr[p.badges[0]!]} »` : 'Vous avez reçu de nouveaux badges',
    lines: [`La rédaction vous a attribué ${p.badges.length === 1 ? 'le badge' : 'les badges'} ${p.badges.map((b) => `« ${BADGE_NAMES.fr[b]} »`).join(', ')}, affiché${p.badges.length === 1 ? '' : 's'} à côté de votre nom sur vos commentaires.`],
  }),
  'appeal.decided': (p) => ({
    subject: p.outcome === 'overturned' ? 'Votre appel a été accepté' : 'Votre appel a été rejeté',
    lines: [p.outcome === 'overturned' ? 'Un modérateur a examiné votre appel et rétabli votre commentaire.' : 'Un modérateur a examiné votre appel ; la décision est maintenue.', `Motif : ${p.reason}`],
  }),
  'complaint.decided': (p) => ({
    subject: p.outcome === 'overturned' ? 'Votre réclamation a été acceptée' : 'Votre réclamation a été rejetée',
    lines: [
      p.outcome === 'overturned'
        ? { comment: 'Un modérateur qui n’a pas pris la décision a examiné votre réclamation et rétabli votre commentaire.', account: 'Un modérateur qui n’a pas pris la décision a examiné votre réclamation et levé la restriction de votre compte.', notice: 'Un modérateur qui n’a pas pris la décision a examiné votre réclamation et retiré le commentaire signalé.', report: 'Un modérateur qui n’a pas pris la décision a examiné votre réclamation et retiré le commentaire signalé.' }[p.subject]
        : 'Un modérateur qui n’a pas pris la décision a examiné votre réclamation ; la décision est maintenue.',
      `Motif : ${p.reason}`,
      'Vous pouvez soumettre la décision à un organisme certifié de règlement extrajudiciaire des litiges de votre choix (art. 21 DSA) ; sa décision ne vous lie pas.',
      ...p.disputeBodies.map((b) => `– ${b.name} : ${b.url}`),
      `Organismes certifiés : ${p.disputeInfoUrl}`,
      'Vous pouvez également contester la décision devant la juridiction compétente.',
    ],
  }),
  'notice.decided': (p) => ({
    subject: p.noticeKind === 'legal' ? 'Décision sur votre notification légale' : 'Décision sur votre signalement',
    lines: [p.outcome === 'action-taken' ? 'Merci. Nous avons examiné le commentaire signalé et pris des mesures.' : 'Merci. Nous avons examiné le commentaire signalé et décidé de ne rien faire.', `Motif : ${p.reason}`, ...legalGroundLines(p.legalGround, 'fr'), ...(p.redress ? redressLines(p.redress, 'fr') : [])],
  }),
  'notice.received': (p) => ({
    subject: 'Nous avons reçu votre notification de contenu illicite',
    lines: [`Nous avons reçu votre notification ${p.noticeId} le ${formatDate(p.receivedAt, 'fr')} (${p.commentIds.length} commentaire(s) : ${p.commentIds.join(', ')}).`, 'Un modérateur va l’examiner ; nous vous informerons de la décision et de vos possibilités de recours.'],
  }),
  'user.sanctioned': (p) => ({
    subject: { ban: 'Votre compte a été banni', suspension: 'Votre compte a été suspendu', warning: 'Un avertissement concernant vos commentaires', premoderation: 'Vos commentaires seront examinés avant publication', lifted: 'La restriction de votre compte a été levée' }[p.sanction],
    lines: [
      {
        ban: 'Vous ne pouvez plus publier de commentaires.',
        suspension: `Vous ne pouvez pas publier de commentaires jusqu’au ${p.until ? formatDate(p.until, 'fr') : 'nouvel ordre'}.`,
        warning: 'Merci de respecter les règles de la communauté ; d’autres manquements peuvent entraîner une suspension.',
        premoderation: 'Un modérateur examine chacun de vos commentaires avant sa publication.',
        lifted: 'Vous pouvez de nouveau publier des commentaires.',
      }[p.sanction],
      `Motif : ${p.reason}`,
      ...statementLines(p.statement, 'fr'),
    ],
  }),
  'notices.restricted': (p) => ({
    subject: { warning: 'Un avertissement concernant vos signalements et réclamations', suspension: 'Vos signalements et réclamations sont suspendus', lifted: 'Vos signalements et réclamations sont de nouveau traités' }[p.sanction],
    lines: [
      {
        warning: 'Plusieurs de vos signalements ou réclamations étaient manifestement infondés ; d’autres peuvent entraîner la suspension de leur traitement.',
        suspension: `Nous ne traiterons pas vos signalements et réclamations jusqu’au ${p.until ? formatDate(p.until, 'fr') : 'nouvel ordre'}. Vous pouvez toujours publier des commentaires.`,
        lifted: 'Nous traitons de nouveau vos signalements et réclamations.',
      }[p.sanction],
      `Motif : ${p.reason}`,
    ],
  }),
  'queue.item-added': (p) => ({ subject: `Nouvel élément dans la file ${p.queue}`, lines: [`Un commentaire sur l’article ${p.articleId} est entré dans la file ${p.queue}.`, `Motif : ${p.reason}`] }),
  'webhook.disabled': (p) => ({ subject: 'Un abonnement webhook a été désactivé', lines: [`L’abonnement ${p.subscriptionId} (${p.url}) a été désactivé.`, `Motif : ${p.reason}`] }),
};

const byLanguage: Record<Language, Templates> = { en, de, fr };

export function renderMessage(p: NotificationParams, lang: Language): RenderedMessage {
  const t = byLanguage[lang][p.kind] as (p: NotificationParams, lang: Language) => RenderedMessage;
  return t(p, lang);
}

export const footer: Record<Language, { why: (category: string) => string; unsubscribe: string; mandatory: string; digestSubject: (n: number, mode: string) => string; digestIntro: (n: number) => string; modeName: Record<'hourly' | 'daily', string> }> = {
  en: {
    why: (c) => `You receive this email because of your “${c}” notification settings.`,
    unsubscribe: 'Unsubscribe from these emails',
    mandatory: 'This message concerns your account or a legal matter and is always sent.',
    digestSubject: (n, mode) => `Your ${mode} summary: ${n} notification${n === 1 ? '' : 's'}`,
    digestIntro: (n) => `Here is what happened (${n}):`,
    modeName: { hourly: 'hourly', daily: 'daily' },
  },
  de: {
    why: (c) => `Sie erhalten diese E-Mail wegen Ihrer Benachrichtigungseinstellung „${c}“.`,
    unsubscribe: 'Diese E-Mails abbestellen',
    mandatory: 'Diese Nachricht betrifft Ihr Konto oder eine rechtliche Angelegenheit und wird immer gesendet.',
    digestSubject: (n, mode) => `Ihre ${mode} Zusammenfassung: ${n} Benachrichtigung${n === 1 ? '' : 'en'}`,
    digestIntro: (n) => `Das ist passiert (${n}):`,
    modeName: { hourly: 'stündliche', daily: 'tägliche' },
  },
  fr: {
    why: (c) => `Vous recevez cet e-mail en raison de vos préférences de notification « ${c} ».`,
    unsubscribe: 'Se désabonner de ces e-mails',
    mandatory: 'Ce message concerne votre compte ou une question juridique et il est toujours envoyé.',
    digestSubject: (n, mode) => `Votre résumé ${mode} : ${n} notification${n === 1 ? '' : 's'}`,
    digestIntro: (n) => `Voici ce qui s’est passé (${n}) :`,
    modeName: { hourly: 'horaire', daily: 'quotidien' },
  },
};

/** The one email a new notification address receives before it is confirmed, and its footer. */
export const addressConfirmation: Record<Language, { message: (url: string, expiresAt: string) => RenderedMessage; note: string }> = {
  en: {
    message: (url, expiresAt) => ({
      subject: 'Confirm your email address for notifications',
      lines: ['This address was entered to receive notifications about comments. No other email will be sent to it until you confirm it.', `The link works until ${formatDate(expiresAt, 'en')}.`],
      action: { label: 'Confirm this address', url },
    }),
    note: 'If you did not ask for this, ignore this email: nothing more will be sent to this address.',
  },
  de: {
    message: (url, expiresAt) => ({
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse für Benachrichtigungen',
      lines: ['Diese Adresse wurde für Benachrichtigungen zu Kommentaren angegeben. Bis Sie sie bestätigen, erhält sie keine weiteren E-Mails.', `Der Link ist gültig bis ${formatDate(expiresAt, 'de')}.`],
      action: { label: 'Adresse bestätigen', url },
    }),
    note: 'Wenn Sie das nicht veranlasst haben, ignorieren Sie diese E-Mail: An diese Adresse wird nichts weiter gesendet.',
  },
  fr: {
    message: (url, expiresAt) => ({
      subject: 'Confirmez votre adresse e-mail pour les notifications',
      lines: ['Cette adresse a été indiquée pour recevoir des notifications sur les commentaires. Aucun autre e-mail ne lui sera envoyé avant votre confirmation.', `Le lien est valable jusqu’au ${formatDate(expiresAt, 'fr')}.`],
      action: { label: 'Confirmer cette adresse', url },
    }),
    note: 'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien d’autre ne sera envoyé à cette adresse.',
  },
};
