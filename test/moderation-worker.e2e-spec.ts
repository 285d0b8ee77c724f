import { createHmac } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { EventTypes } from '@parley/contracts';
import { readDeadLetters } from '@parley/messaging';
import { DEFAULT_RULE_SET } from '@parley/moderation-rules';
import { RunningApp } from './support/app-processes';
import { topicMessageCount } from './support/consumer-progress';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { call, metricValue, startWorker, WorkerProbe, workerTokens as t } from './support/worker-harness';
import { readTopics } from './support/topic-reader';

const CLASSIFIER_SECRET = 'classifier-secret-for-e2e-0123';

/**
 * The moderation worker on the real broker and database, fed with events as comments-api
 * publishes them: rule-set versions and their API, activation/rollback, dry runs, shadow rules,
 * backtests, statements of reasons, edits, reports, sanctions, deletions, the external
 * classifier, dead letters and bounded work on huge comments.
 *
 * The tests share one worker but not their state: each creates the comments, authors and rule-set
 * versions it needs, reads versions and sequence numbers back instead of assuming them, and puts
 * back the rule set it found active, so any one of them runs alone (`jest -t`) or in any order.
 */
describe('moderation-worker: rule sets, events and classifier', () => {
  const namespace = uniqueNamespace('mworker');
  const probe = new WorkerProbe(namespace, `${namespace.replace(/[^A-Za-z0-9_]/g, '_')}_moderation`);
  let worker: RunningApp;
  let base: string;
  const classifierCalls: Array<{ body: any; signatureValid: boolean }> = [];
  let classifier: http.Server;
  let classifierDown = false;
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    classifier = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const ts = String(req.headers['x-parley-timestamp']);
        const expected = `sha256=${createHmac('sha256', CLASSIFIER_SECRET).update(`${ts}.${raw}`).digest('hex')}`;
        const body = JSON.parse(raw);
        classifierCalls.push({ body, signatureValid: req.headers['x-parley-signature'] === expected });
        if (classifierDown) return req.socket.destroy();
        if (/classify-slow/.test(body.body)) return void setTimeout(() => res.end(JSON.stringify({ score: 0.99 })), 3000).unref();
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ score: /classify-high/.test(body.body) ? 0.95 : 0.05, labels: ['toxicity'] }));
      });
    });
    await new Promise<void>((r) => classifier.listen(0, '127.0.0.1', r));
    workerEnv = {
      MODERATION_CLASSIFIER_URL: `http://127.0.0.1:${(classifier.address() as AddressInfo).port}/v1/classify`,
      MODERATION_CLASSIFIER_SECRET: CLASSIFIER_SECRET,
      MODERATION_CLASSIFIER_TIMEOUT_MS: '500',
      MODERATION_BANNED_TERMS: 'zorblax',
      MODERATION_RULESET_REFRESH_MS: '600000',
    };
    worker = await startWorker(namespace, workerEnv);
    base = worker.url;
    await probe.open();
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await probe.close();
    classifier.closeAllConnections();
    await new Promise((r) => classifier.close(r));
  });

  const draftRules = (extra: object[]) => ({
    name: 'Guidelines with extras',
    rules: [...DEFAULT_RULE_SET.rules.filter((r) => r.type !== 'classifier'), { id: 'classifier', type: 'classifier', flagThreshold: 0.8, fallback: 'flag' }, ...extra],
  });

  /** The active version and activation sequence number, as the worker reports them. */
  const activeNow = async (): Promise<{ version: number; activationSeq: number }> => (await call(base, 'GET', '/v1/rule-sets', t.moderator)).body.active;
  const activate = async (version: number) => {
    const res = await call(base, 'POST', `/v1/rule-sets/${version}/activate`, t.admin);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** A word no other test (or earlier run of this one) uses. */
  const uniqueWord = (stem: string) => `${stem}${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}`;

  it("reads a comment's decisions, and (after an upgrade) its author's and its text's history, from the decision log's indexes", async () => {
    const decisions = probe.collection('decisions');
    const ferret = typeof (await decisions.db.admin().command({ buildInfo: 1 })).ferretdbVersion === 'string';
    // The log reads of DecisionLogService.historyFor (the author's and the text's only for an
    // upgraded database's authors without a history document), as the worker sends them.
    const reads: Array<[Record<string, unknown>, Record<string, 1 | -1>, string]> = [
      [{ commentId: { $in: ['c', 'd'] } }, {}, 'comment_revision__scalar'],
      [{ authorId: 'a', trigger: { $ne: 'reported' } }, { decidedAt: -1 }, 'author_decided__scalar'],
      [{ fingerprint: 'f', decidedAt: { $gte: new Date() }, trigger: { $ne: 'reported' } }, { decidedAt: -1 }, 'fingerprint_decided__scalar'],
    ];
    for (const [filter, sort, index] of reads) {
      const e = (await decisions.find(filter).sort(sort).limit(Object.keys(sort).length ? 50 : 0).explain('queryPlanner')) as any;
      if (ferret) expect(e.queryPlanner.Plan.join(' ; ')).toMatch(new RegExp(`USING INDEX \\S+_${index}( |$)`));
      else expect(JSON.stringify(e.queryPlanner.winningPlan)).toContain(`"indexName":"${index}"`);
    }
  });

  it('serves the shipped rule set as version 1 and enforces roles', async () => {
    const list = await call(base, 'GET', '/v1/rule-sets', t.moderator);
    expect(list.status).toBe(200);
    // The active version is the last one activated (version 1 until anything is).
    expect(list.body.active.version).toBe(list.body.activations[0]?.version ?? 1);
    expect(list.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ version: 1, active: list.body.active.version === 1, createdBy: 'system', rules: DEFAULT_RULE_SET.rules.length })]));
    const v1 = await call(base, 'GET', '/v1/rule-sets/1', t.moderator);
    expect(v1.body.definition.rules.map((r: { id: string }) => r.id)).toEqual(DEFAULT_RULE_SET.rules.map((r) => r.id));
    const active = await call(base, 'GET', '/v1/rule-sets/active', t.moderator);
    expect(active.body.effectiveRules).toContain('configured-banned-terms'); // MODERATION_BANNED_TERMS merged in
    expect((await call(base, 'GET', '/v1/rule-sets/99', t.moderator)).status).toBe(404);
    expect((await call(base, 'GET', '/v1/rule-sets/abc', t.moderator)).body.errors[0].field).toBe('version');

    expect((await call(base, 'GET', '/v1/rule-sets')).status).toBe(401);
    expect((await call(base, 'GET', '/v1/rule-sets', t.commenter)).status).toBe(403);
    expect((await call(base, 'POST', '/v1/rule-sets', t.moderator, draftRules([]))).status).toBe(403);
    expect((await call(base, 'POST', '/v1/rule-sets/1/activate', t.moderator)).status).toBe(403);
    expect((await call(base, 'POST', '/v1/moderation/evaluate', t.commenter, { body: 'x' })).status).toBe(403);
    expect((await call(base, 'GET', '/v1/statements-of-reasons/export?since=2020-01-01T00:00:00Z', t.moderator)).status).toBe(403);
  });

  it('refuses an invalid rule set with 400 problem+json naming each path, and validates without storing', async () => {
    const bad = {
      rules: [
        { id: 'ok', type: 'banned-terms', terms: ['fine'] },
        { id: 'broken', type: 'pattern', pattern: '(unclosed', action: 'flag' },
        { id: 'lookbehind', type: 'pattern', pattern: '(?<=\\$)\\d+', action: 'reject' },
        { id: 'extra', type: 'shouting', bogus: true },
      ],
    };
    const stored = (await call(base, 'GET', '/v1/rule-sets', t.moderator)).body.items.length;
    const res = await call(base, 'POST', '/v1/rule-sets', t.admin, bad);
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['rules[1].pattern', 'rules[2].pattern', 'rules[3].bogus']));
    expect(res.body.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);

    const checked = await call(base, 'POST', '/v1/rule-sets/validate', t.moderator, bad);
    expect(checked.status).toBe(200);
    expect(checked.body.valid).toBe(false);
    expect(checked.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['rules[2].pattern']));
    const good = await call(base, 'POST', '/v1/rule-sets/validate', t.moderator, draftRules([]));
    expect(good.body).toMatchObject({ valid: true, errors: [] });
    expect((await call(base, 'POST', '/v1/rule-sets', t.admin, { ...draftRules([]), version: 7 })).body.errors[0].field).toBe('version');
    expect((await call(base, 'GET', '/v1/rule-sets', t.moderator)).body.items).toHaveLength(stored);
  });

  it('dry-runs with the active set, a stored version or an inline set, storing nothing', async () => {
    const before = await probe.collection('decisions').countDocuments();
    const active = await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, { body: 'What a zorblax take.' });
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({ source: 'active', ruleSetVersion: 1, decision: 'rejected' });
    expect(active.body.reasons).toEqual([expect.objectContaining({ ruleId: 'configured-banned-terms', excerpt: 'zorblax', start: 7, end: 14 })]);
    expect(active.body.statementOfReasons).toMatchObject({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], automated_decision: 'AUTOMATED_DECISION_FULLY' });

    const withContext = await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, { body: 'Perfectly fine words.', context: { reportCount: 5, author: { status: 'active' } } });
    expect(withContext.body).toMatchObject({ decision: 'flagged', reasons: [expect.objectContaining({ ruleId: 'reports' })] });

    const inline = await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, {
      body: 'Buy cheap watches now',
      ruleSet: { rules: [{ id: 'watches', type: 'pattern', pattern: 'cheap\\s+watch(es)?', action: 'reject' }] },
    });
    expect(inline.body).toMatchObject({ source: 'inline', ruleSetVersion: null, decision: 'rejected', reasons: [expect.objectContaining({ ruleId: 'watches', excerpt: 'cheap watches' })] });

    const version = await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, { body: 'Clean words only.', version: 1 });
    expect(version.body).toMatchObject({ source: 'version', ruleSetVersion: 1, decision: 'approved', reasons: [], statementOfReasons: null });

    const badContext = await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, { body: 'x', context: { author: { status: 'emperor' } } });
    expect(badContext.status).toBe(400);
    expect(badContext.body.errors).toEqual([expect.objectContaining({ field: 'context.author.status' })]);
    const badInline = await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, { body: 'x', ruleSet: { rules: [{ id: 'r', type: 'pattern', pattern: '(?=x)y', action: 'flag' }] } });
    expect(badInline.status).toBe(400);
    expect(badInline.body.errors).toEqual([expect.objectContaining({ field: 'ruleSet.rules[0].pattern' })]);
    expect((await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, { body: 'x', version: 42 })).status).toBe(404);
    expect((await call(base, 'POST', '/v1/moderation/evaluate', t.moderator, { body: 'x'.repeat(100_001) })).body.errors[0].field).toBe('body');
    expect(await probe.collection('decisions').countDocuments()).toBe(before);
  });

  it('creates a version, activates it (announced on Kafka), decides with it, records shadow rules without acting, and rolls back', async () => {
    const banned = uniqueWord('glorb');
    const watched = uniqueWord('moonbeam');
    // Start from the shipped rule set, whatever was active before.
    const found = await activeNow();
    await activate(1);
    const baseline = await activeNow();
    expect(baseline.version).toBe(1);
    const created = await call(base, 'POST', '/v1/rule-sets', t.admin, {
      ...draftRules([
        { id: 'glorb', type: 'banned-terms', category: 'profanity', terms: [banned] },
        { id: 'moon-watch', type: 'pattern', pattern: watched, action: 'reject', shadow: true },
      ]),
      note: `bans ${banned}, watches ${watched}`,
    });
    expect(created.status).toBe(201);
    const version = created.body.version as number;
    expect(created.body).toMatchObject({ active: false, createdBy: 'admin-root', note: `bans ${banned}, watches ${watched}` });
    expect(version).toBeGreaterThan(1);

    const before = await probe.submit(`A ${banned} of a comment, honestly.`);
    expect((await probe.decision(before.commentId)).decision).toBe('approved'); // version 1 does not know the word

    const activated = await call(base, 'POST', `/v1/rule-sets/${version}/activate`, t.admin);
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({ version, previousVersion: 1, rollback: false, changed: true, activationSeq: baseline.activationSeq + 1, activatedBy: 'admin-root' });
    const events = await readTopicEvents(probe, 'parley.rulesets.v1', (e) => e.data.activationSeq === baseline.activationSeq + 1);
    expect(events.find((e) => e.data.activationSeq === baseline.activationSeq + 1)).toMatchObject({ key: 'active', type: EventTypes.RuleSetActivated, data: { version, previousVersion: 1, rollback: false } });
    expect(await metricValue(base, 'parley_rule_set_active_version')).toBe(version);

    const shadowHitsBefore = (await metricValue(base, 'parley_decision_reasons_total', { rule: 'moon-watch', shadow: 'true' })) ?? 0;
    const bannedComment = await probe.submit(`Another ${banned} remark here.`);
    const shadow = await probe.submit(`The ${watched} was lovely tonight.`);
    const b = await probe.decision(bannedComment.commentId);
    const sh = await probe.decision(shadow.commentId);
    expect(b).toMatchObject({ decision: 'rejected', ruleSetVersion: version, reasons: [expect.objectContaining({ ruleId: 'glorb' })] });
    expect(b.statement).toMatchObject({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], automated_decision: 'AUTOMATED_DECISION_FULLY', automated_detection: 'Yes', puid: `${bannedComment.commentId}-r1` });
    expect(sh).toMatchObject({ decision: 'approved', ruleSetVersion: version, reasons: [], shadowReasons: [expect.objectContaining({ ruleId: 'moon-watch', action: 'reject', excerpt: watched })], statement: null });
    await eventually('shadow decision event', async () => probe.eventsFor(shadow.commentId).length === 1);
    expect(probe.eventsFor(shadow.commentId)[0]!.data).toMatchObject({ decision: 'approved', ruleSetVersion: version, reasons: [] });
    expect(await metricValue(base, 'parley_decision_reasons_total', { rule: 'moon-watch', shadow: 'true' })).toBe(shadowHitsBefore + 1);

    // Activating the active version again changes nothing; rollback = activating an older version.
    expect((await call(base, 'POST', `/v1/rule-sets/${version}/activate`, t.admin)).body).toMatchObject({ changed: false, version });
    const rollback = await call(base, 'POST', '/v1/rule-sets/1/activate', t.admin);
    expect(rollback.body).toMatchObject({ version: 1, previousVersion: version, rollback: true, activationSeq: baseline.activationSeq + 2 });
    const after = await probe.submit(`One more ${banned} sentence.`);
    expect(await probe.decision(after.commentId)).toMatchObject({ decision: 'approved', ruleSetVersion: 1 });
    const list = await call(base, 'GET', '/v1/rule-sets', t.moderator);
    expect(list.body.activations.slice(0, 2).map((x: { version: number; rollback: boolean }) => [x.version, x.rollback])).toEqual([
      [1, true],
      [version, false],
    ]);
    expect((await call(base, 'POST', '/v1/rule-sets/99999/activate', t.admin)).status).toBe(404);
    if (found.version !== 1) await activate(found.version);
  });

  it('backtests a draft version against the stored comments without recording anything', async () => {
    const found = await activeNow();
    await activate(1);
    const thoughtful = uniqueWord('thoughtful');
    const watched = uniqueWord('sunflare');
    const clean = await Promise.all([`${thoughtful} reporting on the council vote.`, `A ${thoughtful} and balanced piece.`, 'I disagree with the premise.'].map((b) => probe.submit(b)));
    for (const c of clean) expect((await probe.decision(c.commentId)).decision).toBe('approved');
    const shadowed = await probe.submit(`The ${watched} was bright.`);
    expect((await probe.decision(shadowed.commentId)).decision).toBe('approved');
    // Their decision events follow the stored decisions: count the topic's messages only once they are in.
    await eventually('the decision events of the four comments', async () => [...clean, shadowed].every((c) => probe.eventsFor(c.commentId).length === 1));
    const draft = await call(base, 'POST', '/v1/rule-sets', t.admin, draftRules([{ id: 'no-thoughtful', type: 'suspect-terms', terms: [thoughtful] }]));
    expect(draft.status).toBe(201);
    const shadowDraft = await call(base, 'POST', '/v1/rule-sets', t.admin, draftRules([{ id: 'sun-watch', type: 'pattern', pattern: watched, action: 'reject', shadow: true }]));
    expect(shadowDraft.status).toBe(201);
    const decisionsBefore = await probe.collection('decisions').countDocuments();
    // A backtest reads the latest first decisions whose text is kept (at most `limit`).
    const backtestable = Math.min(100, await probe.collection('decisions').countDocuments({ trigger: { $ne: 'reported' }, body: { $type: 'string' } }));
    const decisionsTopic = probe.topic('parley.moderation-decisions.v1');
    const publishedBefore = await topicMessageCount(testInfrastructure().kafkaBrokers, decisionsTopic);
    const report = await call(base, 'POST', `/v1/rule-sets/${draft.body.version}/backtest`, t.moderator, { limit: 100 });
    expect(report.status).toBe(200);
    expect(report.body.evaluated).toBe(backtestable);
    expect(report.body.changed + report.body.unchanged).toBe(report.body.evaluated);
    // glorbnik comments decided approved by version 1 are not banned by the draft (only version 2 had it); the two thoughtful ones move.
    expect(report.body.transitions).toEqual(expect.arrayContaining([{ from: 'approved', to: 'flagged', count: 2 }]));
    const sampled = report.body.samples.map((s: { commentId: string }) => s.commentId);
    expect(sampled).toEqual(expect.arrayContaining([clean[0]!.commentId, clean[1]!.commentId]));
    expect(sampled).not.toContain(clean[2]!.commentId);
    expect(report.body.samples.find((s: { commentId: string }) => s.commentId === clean[0]!.commentId)).toMatchObject({
      recorded: { decision: 'approved' },
      wouldBe: { decision: 'flagged', reasons: [expect.objectContaining({ ruleId: 'no-thoughtful', excerpt: thoughtful })] },
    });
    const shadowBacktest = await call(base, 'POST', `/v1/rule-sets/${shadowDraft.body.version}/backtest`, t.moderator, {});
    expect(shadowBacktest.body.shadowHits['sun-watch']).toBe(1);
    expect((await call(base, 'POST', '/v1/rule-sets/77/backtest', t.moderator, {})).status).toBe(404);
    expect((await call(base, 'POST', `/v1/rule-sets/1/backtest`, t.moderator, { limit: 0 })).body.errors[0].field).toBe('limit');
    expect(await probe.collection('decisions').countDocuments()).toBe(decisionsBefore);
    // A comment submitted after the backtests is decided and its decision published: that is the one
    // message the decisions topic gained, so the backtests published none.
    const after = await probe.submit('Submitted after the backtests.');
    await eventually('the later decision event', async () => probe.eventsFor(after.commentId).length === 1);
    expect(await topicMessageCount(testInfrastructure().kafkaBrokers, decisionsTopic)).toBe(publishedBefore + 1);
    if (found.version !== 1) await activate(found.version);
  });

  it('decides edits as new revisions and never lets an older revision overwrite a newer one', async () => {
    const c = await probe.submit('First version of my comment.');
    expect((await probe.decision(c.commentId, 1)).decision).toBe('approved');
    const edit = (revision: number, body: string) => ({ ...c, eventId: undefined, revision, previousRevision: revision - 1, body, editedAt: new Date().toISOString() });
    const { eventId: _e, ...rev3 } = edit(3, 'Third version: you zorblax.');
    await probe.publish('parley.comments.v1', EventTypes.CommentEdited, c.commentId, rev3);
    expect(await probe.decision(c.commentId, 3)).toMatchObject({ decision: 'rejected', trigger: 'edited', revision: 3 });
    const { eventId: _f, ...rev2 } = edit(2, 'Second version, arriving late.');
    await probe.publish('parley.comments.v1', EventTypes.CommentEdited, c.commentId, rev2);
    // Sentinel on the same partition (same key): once it is decided, revision 2 was consumed before it.
    const { eventId: _g, ...rev4 } = edit(4, 'Fourth version, clean again.');
    await probe.publish('parley.comments.v1', EventTypes.CommentEdited, c.commentId, rev4);
    expect((await probe.decision(c.commentId, 4)).decision).toBe('approved');
    expect(await probe.collection('decisions').findOne({ _id: `${c.commentId}:2` as any })).toBeNull();
    // An edit does not count as a repeat of the author's own earlier revision (spam rule).
    expect((await probe.decision(c.commentId, 4)).reasons).toEqual([]);
  });

  it('re-reviews on reports: publishes a more restrictive decision once per report event, with a new id and later decidedAt', async () => {
    const c = await probe.submit('A perfectly ordinary opinion.');
    const first = await probe.decision(c.commentId);
    expect(first.decision).toBe('approved');
    const report = (n: number) => ({
      reportId: `rep-${n}`,
      commentId: c.commentId,
      revision: 1,
      articleId: c.articleId,
      authorId: c.authorId,
      reporterId: `reader-${n}`,
      reason: 'abuse',
      text: null,
      illegalContentNotice: null,
      reportCount: n,
      reportedAt: new Date().toISOString(),
    });
    await probe.publish('parley.comments.v1', EventTypes.CommentReported, c.commentId, report(1));
    const thirdId = await probe.publish('parley.comments.v1', EventTypes.CommentReported, c.commentId, report(3));
    const reReview = await eventually('re-review decision', () => probe.collection('decisions').findOne({ _id: `${c.commentId}:report:${thirdId}` as any }));
    expect(reReview).toMatchObject({ decision: 'flagged', revision: 1, trigger: 'reported', supersedes: 'approved', reasons: [expect.objectContaining({ ruleId: 'reports' })] });
    expect(reReview.statement).toMatchObject({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'], source_type: 'SOURCE_TYPE_OTHER_NOTIFICATION' });
    expect(new Date(reReview.decidedAt).getTime()).toBeGreaterThan(new Date(first.decidedAt).getTime());
    await eventually('two decision events', async () => probe.eventsFor(c.commentId).length === 2);
    const [e1, e2] = probe.eventsFor(c.commentId);
    expect(e1!.data.decision).toBe('approved');
    expect(e2!.data).toMatchObject({ decision: 'flagged', revision: 1 });
    expect(e2!.id).not.toBe(e1!.id);
    expect(e2!.id).toBe(reReview.eventId);

    // The same report event again (redelivery) republishes the same decision event; a fourth report changes nothing more.
    await probe.publish('parley.comments.v1', EventTypes.CommentReported, c.commentId, report(3), thirdId);
    await probe.publish('parley.comments.v1', EventTypes.CommentReported, c.commentId, report(4));
    await eventually('redelivered decision event', async () => probe.eventsFor(c.commentId).length === 3);
    await probe.submit('sentinel', { commentId: c.commentId, revision: 9 }); // same partition: consumed after the reports
    await probe.decision(c.commentId, 9);
    expect(probe.eventsFor(c.commentId).filter((e) => e.data.revision === 1).map((e) => e.id)).toEqual([e1!.id, e2!.id, e2!.id]);
    expect(await probe.collection('decisions').countDocuments({ commentId: c.commentId, trigger: 'reported' })).toBe(1);
  });

  it('applies sanctions from parley.user.sanctioned.v1 to the author status the rules see', async () => {
    const sanction = (kind: string, n: number) => ({ sanctionId: `s-${n}`, userId: 'sanctioned-user', kind, until: null, reason: 'abuse', issuedBy: 'mod-ada', issuedAt: new Date(Date.now() + n).toISOString() });
    await probe.publish('parley.users.v1', EventTypes.UserSanctioned, 'sanctioned-user', sanction('ban', 1));
    await eventually('status stored', () => probe.collection('author_status').findOne({ _id: 'sanctioned-user' as any, status: 'banned' }));
    const c = await probe.submit('Hello again, everyone.', { authorId: 'sanctioned-user' });
    expect(await probe.decision(c.commentId)).toMatchObject({ decision: 'rejected', reasons: [expect.objectContaining({ ruleId: 'author-trust' })], context: { author: { status: 'banned' } } });
    await probe.publish('parley.users.v1', EventTypes.UserSanctioned, 'sanctioned-user', sanction('lifted', 2));
    await eventually('status lifted', () => probe.collection('author_status').findOne({ _id: 'sanctioned-user' as any, status: 'active' }));
    const d = await probe.submit('Back with a kind word.', { authorId: 'sanctioned-user' });
    expect((await probe.decision(d.commentId)).decision).toBe('approved');
  });

  it('consults the signed classifier; a slow or unreachable classifier falls back to the rule (flag) and is counted', async () => {
    const found = await activeNow();
    const created = await call(base, 'POST', '/v1/rule-sets', t.admin, draftRules([])); // classifier fallback: flag
    expect(created.status).toBe(201);
    expect((await activate(created.body.version)).version).toBe(created.body.version);
    const calm = await probe.submit('A calm and measured comment.');
    const high = await probe.submit('classify-high but no banned words');
    expect(await probe.decision(calm.commentId)).toMatchObject({ decision: 'approved', context: { classifier: { score: 0.05, labels: ['toxicity'] } } });
    expect(await probe.decision(high.commentId)).toMatchObject({ decision: 'flagged', reasons: [expect.objectContaining({ ruleId: 'classifier' })] });
    const slow = await probe.submit('classify-slow please');
    expect(await probe.decision(slow.commentId)).toMatchObject({ decision: 'flagged', context: { classifier: null }, reasons: [expect.objectContaining({ ruleId: 'classifier' })] });
    classifierDown = true;
    const down = await probe.submit('Classifier is down for this one.');
    expect(await probe.decision(down.commentId)).toMatchObject({ decision: 'flagged', context: { classifier: null } });
    classifierDown = false;
    expect(classifierCalls.find((c) => c.body.id === high.commentId)).toEqual({ body: { id: high.commentId, body: high.body, articleId: high.articleId }, signatureValid: true });
    expect(classifierCalls.every((c) => c.signatureValid)).toBe(true);
    expect(await metricValue(base, 'parley_classifier_requests_total', { outcome: 'timeout' })).toBeGreaterThanOrEqual(1);
    expect(await metricValue(base, 'parley_classifier_requests_total', { outcome: 'error' })).toBeGreaterThanOrEqual(1);
    expect(await metricValue(base, 'parley_classifier_requests_total', { outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    await activate(found.version);
  });

  it('sends a malformed event to the dead-letter topic and bounds the work on a huge comment', async () => {
    await probe.publishRaw('parley.comments.v1', 'bad-1', '{"commentId":"bad-1","body":', { ce_specversion: '1.0', ce_id: 'bad-json', ce_source: '/x', ce_type: EventTypes.CommentSubmitted });
    const wrongShape = probe.submitted('missing fields');
    const { body: _b, ...noBody } = wrongShape;
    await probe.publish('parley.comments.v1', EventTypes.CommentSubmitted, wrongShape.commentId, noBody, 'bad-shape');
    const huge = 'word '.repeat(6000) + 'zorblax ' + 'more '.repeat(13000); // 100 000 characters, banned word past the evaluated window
    expect(huge.length).toBeLessThanOrEqual(100_000);
    const c = await probe.submit(huge);
    const d = await probe.decision(c.commentId);
    const ids = d.reasons.map((r: { ruleId: string }) => r.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['$truncated', 'length']));
    expect(ids).not.toContain('configured-banned-terms');
    expect(d.decision).toBe('rejected');
    const kafka = probe.kafka;
    const dead = await eventually('two dead letters', async () => {
      const list = await readDeadLetters(kafka, `${namespace}.moderation-worker.dlq`);
      return list.length >= 2 ? list : undefined;
    });
    expect(dead.map((m) => m.headers.ce_id).sort()).toEqual(['bad-json', 'bad-shape']);
    expect(dead.find((m) => m.headers.ce_id === 'bad-shape')!.error).toMatch(/body/);
  });

  it('exports statements of reasons in DSA Transparency Database batches (admin), paged by cursor', async () => {
    // At least three restrictive decisions of its own (the configured banned term rejects under any rule set).
    for (const c of await Promise.all([1, 2, 3].map((i) => probe.submit(`Statement ${i}: you zorblax.`)))) expect((await probe.decision(c.commentId)).decision).toBe('rejected');
    const since = '2000-01-01T00:00:00.000Z';
    const all = await call(base, 'GET', `/v1/statements-of-reasons/export?since=${since}`, t.admin);
    expect(all.status).toBe(200);
    const restrictive = await probe.collection('decisions').countDocuments({ decision: { $in: ['rejected', 'flagged'] } });
    expect(all.body.count).toBe(restrictive);
    expect(all.body.batches.every((b: { statements: unknown[] }) => b.statements.length <= 100)).toBe(true);
    const statements = all.body.batches.flatMap((b: { statements: any[] }) => b.statements);
    expect(statements.every((s: any) => s.automated_decision === 'AUTOMATED_DECISION_FULLY' && s.content_type[0] === 'CONTENT_TYPE_TEXT')).toBe(true);
    expect(new Set(statements.map((s: any) => s.puid)).size).toBe(statements.length);
    expect(JSON.stringify(statements)).not.toContain('zorblax'); // no comment text in statements

    const page1 = await call(base, 'GET', `/v1/statements-of-reasons/export?since=${since}&limit=2`, t.admin);
    expect(page1.body.count).toBe(2);
    const page2 = await call(base, 'GET', `/v1/statements-of-reasons/export?since=${since}&limit=2&cursor=${page1.body.nextCursor}`, t.admin);
    const puids = (p: any) => p.body.batches.flatMap((b: any) => b.statements.map((s: any) => s.puid));
    expect(puids(page2).length).toBeGreaterThan(0);
    expect(puids(page2).some((p: string) => puids(page1).includes(p))).toBe(false);
    expect([...puids(page1), ...puids(page2)]).toEqual(statements.slice(0, puids(page1).length + puids(page2).length).map((s: any) => s.puid));
    expect((await call(base, 'GET', '/v1/statements-of-reasons/export?since=yesterday', t.admin)).body.errors[0].field).toBe('since');
    expect((await call(base, 'GET', `/v1/statements-of-reasons/export?since=${since}&cursor=bm9wZQ`, t.admin)).body.errors[0].field).toBe('cursor');
  });

  it('erases its copy of the text when the comment is deleted', async () => {
    const c = await probe.submit('Soon to be deleted by its author.');
    await probe.decision(c.commentId);
    await probe.publish('parley.comments.v1', EventTypes.CommentDeleted, c.commentId, {
      commentId: c.commentId,
      revision: 1,
      articleId: c.articleId,
      authorId: c.authorId,
      previousStatus: 'approved',
      deletedAt: new Date().toISOString(),
    });
    await eventually('body erased', () => probe.collection('decisions').findOne({ _id: `${c.commentId}:1` as any, body: null }));
  });

  it("decides with each author's and each text's history (repeat, same text from three authors, rejection rate), kept beside the log (also after a restart, and read from the log after an upgrade)", async () => {
    const ruleIds = (d: { reasons: Array<{ ruleId: string }> }) => d.reasons.map((r) => r.ruleId);
    // The decision is logged and pushed to the histories side by side, and published after
    // both: waiting for its event means the history documents hold it too.
    const decided = async (body: string, authorId: string) => {
      const { commentId } = await probe.submit(body, { authorId });
      const d = await probe.decision(commentId);
      await eventually(`decision event for ${commentId}`, async () => probe.eventsFor(commentId).length > 0);
      return d;
    };
    // texts made unique with letters only (a long number would read as a phone number)
    const tag = () => Date.now().toString().replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!) + Math.random().toString(36).replace(/[^a-z]/g, '');
    const alice = `hist-alice-${tag()}`;
    const repeated = `The bridge closure is a real problem for commuters ${tag()}.`;
    expect(await decided(repeated, alice)).toMatchObject({ decision: 'approved' });
    const again = await decided(repeated, alice);
    expect(again.decision).toBe('flagged');
    expect(ruleIds(again)).toContain('spam');
    expect(again.context.recentByAuthor).toHaveLength(1);

    // the same text from three different authors: the third is held
    const copied = `Totally agree with the mayor on the new bridge plan ${tag()}.`;
    const firstTwo = [await decided(copied, `hist-b-${Date.now()}`), await decided(copied, `hist-c-${Date.now()}`)];
    expect(firstTwo.map((d) => d.decision)).toEqual(['approved', 'approved']);
    const third = await decided(copied, `hist-d-${Date.now()}`);
    expect(third).toMatchObject({ decision: 'flagged', context: { sameTextAuthors: 3 } });
    expect(ruleIds(third)).toContain('spam');

    // more than half of at least 4 recent decisions rejected: the next clean comment is held
    const erin = `hist-erin-${tag()}`;
    for (let i = 0; i < 4; i++) expect((await decided(`You zorblax number ${i} of this thread.`, erin)).decision).toBe('rejected');
    const clean = await decided('A calm and reasonable remark about the budget.', erin);
    expect(clean).toMatchObject({ decision: 'flagged', context: { author: { rejectedCount: 4, recentDecisions: 4 } } });
    expect(ruleIds(clean)).toContain('author-trust');

    // The history is kept in the database (decision_history: one small document per author and
    // per text, pushed to atomically after each decision), so a restarted worker reads the same.
    // (The shared worker is restarted with the same configuration; the tests after it use the new one.)
    const history = probe.collection('decision_history');
    const aliceHistory = await history.findOne({ _id: `a:${alice}` as never });
    expect(aliceHistory!.items.map((i: { decision: string }) => i.decision).sort()).toEqual(['approved', 'flagged']);
    await worker.stop();
    worker = await startWorker(namespace, workerEnv);
    base = worker.url;
    const third2 = await decided(repeated, alice);
    expect(third2.decision).toBe('flagged');
    expect(third2.context.recentByAuthor).toHaveLength(2);
    expect((await history.findOne({ _id: `a:${alice}` as never }))!.items).toHaveLength(3);

    // A database whose log predates the history (an upgrade): an author without a history
    // document is read from the log once, and the document is written with the next decision.
    await history.updateOne({ _id: 'meta' as never }, { $set: { logPredates: true } });
    await history.deleteOne({ _id: `a:${alice}` as never });
    await worker.stop();
    worker = await startWorker(namespace, workerEnv);
    base = worker.url;
    const fourth = await decided(repeated, alice);
    expect(fourth.decision).toBe('flagged');
    expect(fourth.context.recentByAuthor).toHaveLength(3);
    expect((await history.findOne({ _id: `a:${alice}` as never }))!.items).toHaveLength(4);
  });
});

/** Reads the CloudEvents on a namespace topic (from the beginning) until one satisfies `until`. */
async function readTopicEvents(probe: WorkerProbe, topic: string, until: (e: { key: string | null; type: string; data: any }) => boolean) {
  const out: Array<{ key: string | null; type: string; data: any }> = [];
  const reader = await readTopics(probe.kafka, {
    groupId: `${probe.namespace}-reader-${Math.random().toString(36).slice(2)}`,
    topics: [probe.topic(topic)],
    eachMessage: async ({ message }) => {
      out.push({ key: message.key?.toString() ?? null, type: String(message.headers?.ce_type), data: JSON.parse(message.value!.toString()) });
    },
  });
  try {
    await eventually(`the awaited event on ${topic}`, async () => out.some(until));
  } finally {
    await reader.stop();
  }
  return out;
}
