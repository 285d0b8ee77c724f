import { DEFAULT_RULE_SET } from '../default-rule-set';
import { compileRuleSet, evaluate } from '../engine';
import { KNOWN_CATEGORIES } from '../messages';
import type { Decision } from '../types';
import {
  CATEGORY_TO_DSA,
  DSA_AUTOMATED_DECISIONS,
  DSA_CATEGORIES,
  DSA_DECISION_VISIBILITIES,
  DSA_KEYWORDS,
  DSA_SOURCE_TYPES,
  EEA_COUNTRY_CODES,
  requiresStatementOfReasons,
  statementOfReasons,
  toTransparencyBatches,
} from './statement-of-reasons';

const rules = compileRuleSet(DEFAULT_RULE_SET);
const comment = { id: 'c_123:rev/1', body: 'You absolute sh1thead, email me at jane@example.com', createdAt: '2025-02-27T22:15:00Z' };
const rejected = evaluate(rules, comment);
const now = new Date('2025-03-01T10:00:00Z');

describe('statementOfReasons', () => {
  it('builds a statement in the DSA Transparency Database shape for a removed comment', () => {
    expect(rejected.decision).toBe('rejected');
    const s = statementOfReasons({ decision: rejected, comment, automated: true, now });
    expect(s).toEqual({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      incompatible_content_ground: 'Community guidelines: no profanity or abusive language; Community guidelines: no personal contact details',
      incompatible_content_explanation: expect.stringContaining('contains profanity'),
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      category_addition: ['STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS'],
      content_type: ['CONTENT_TYPE_TEXT'],
      automated_detection: 'Yes',
      automated_decision: 'AUTOMATED_DECISION_FULLY',
      source_type: 'SOURCE_VOLUNTARY',
      content_date: '2025-02-27',
      application_date: '2025-03-01',
      decision_facts: expect.stringContaining('The comment was removed by automated moderation (rule set version 1)'),
      puid: 'c_123-rev-1',
      territorial_scope: [...EEA_COUNTRY_CODES],
    });
  });

  it('never copies the comment text or excerpts into the statement (no personal data)', () => {
    const s = statementOfReasons({ decision: rejected, comment, automated: true, now });
    const json = JSON.stringify(s);
    expect(json).not.toContain('jane@example.com');
    expect(json).not.toContain('sh1t');
  });

  it('uses only the API enum values', () => {
    const s = statementOfReasons({ decision: rejected, comment, automated: true, humanReviewed: true, source: 'notice', now });
    expect(DSA_DECISION_VISIBILITIES).toEqual(expect.arrayContaining(s.decision_visibility));
    expect(DSA_CATEGORIES).toContain(s.category);
    expect(DSA_KEYWORDS).toEqual(expect.arrayContaining(s.category_specification ?? []));
    expect(DSA_AUTOMATED_DECISIONS).toContain(s.automated_decision);
    expect(DSA_SOURCE_TYPES).toContain(s.source_type);
    expect(s.automated_decision).toBe('AUTOMATED_DECISION_PARTIALLY');
    expect(s.source_type).toBe('SOURCE_ARTICLE_16');
  });

  it('maps every known rule category onto a DSA category', () => {
    for (const category of KNOWN_CATEGORIES) expect(DSA_CATEGORIES).toContain(CATEGORY_TO_DSA[category]?.category);
  });

  it('describes a held (flagged) comment as disabled access, and reader reports as the source', () => {
    const flagged = evaluate(rules, { id: 'c2', body: 'You are an idiot' }, { reportCount: 4 });
    expect(flagged.decision).toBe('flagged');
    const s = statementOfReasons({ decision: flagged, comment: { id: 'c2', body: '' }, automated: true, now });
    expect(s.decision_visibility).toEqual(['DECISION_VISIBILITY_CONTENT_DISABLED']);
    expect(s.category).toBe('STATEMENT_CATEGORY_CYBER_VIOLENCE');
    expect(s.category_specification).toEqual(['KEYWORD_CYBER_HARASSMENT', 'KEYWORD_OTHER']);
    expect(s.source_type).toBe('SOURCE_TYPE_OTHER_NOTIFICATION');
    expect(s.content_date).toBe('2025-03-01'); // no createdAt: the decision date
    expect(s.decision_facts).toContain('held for review');
  });

  it('switches to the illegal-content ground when a moderator says so', () => {
    const s = statementOfReasons({
      decision: rejected,
      comment,
      automated: false,
      humanReviewed: true,
      source: 'trusted-flagger',
      now,
      illegal: { legalGround: 'Section 130 StGB (Volksverhetzung)', explanation: 'Incitement to hatred against a group.' },
      territorialScope: ['DE', 'AT'],
      guidelinesUrl: 'https://news.example/community-guidelines',
    });
    expect(s).toMatchObject({
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: 'Section 130 StGB (Volksverhetzung)',
      illegal_content_explanation: 'Incitement to hatred against a group.',
      automated_detection: 'No',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      source_type: 'SOURCE_TRUSTED_FLAGGER',
      territorial_scope: ['DE', 'AT'],
      decision_ground_reference_url: 'https://news.example/community-guidelines',
    });
    expect(s.incompatible_content_ground).toBeUndefined();
    expect(s.decision_facts).toContain('by a moderator');
  });

  it('ignores shadow reasons', () => {
    const decision: Decision = {
      decision: 'flagged',
      score: 0.5,
      reasons: [{ ruleId: 'a', category: 'spam', action: 'flag', message: 'm' }],
      shadowReasons: [{ ruleId: 'b', category: 'hate', action: 'reject', message: 'n', shadow: true }],
    };
    const s = statementOfReasons({ decision, comment: { id: 'x', body: '' }, automated: true, now });
    expect(s.category).toBe('STATEMENT_CATEGORY_SCAMS_AND_FRAUD');
    expect(s.category_addition).toBeUndefined();
  });

  it('refuses approved comments, missing PUIDs, bad dates, scopes and sources', () => {
    const approved = evaluate(rules, { body: 'fine' });
    expect(requiresStatementOfReasons(approved)).toBe(false);
    expect(() => statementOfReasons({ decision: approved, comment: { id: 'x', body: 'fine' }, automated: true, now })).toThrow('not restricted');
    expect(() => statementOfReasons({ decision: rejected, comment: { body: '' }, automated: true, now })).toThrow('PUID');
    expect(() => statementOfReasons({ decision: rejected, comment, automated: true, now: 'yesterday' })).toThrow('invalid date');
    expect(() => statementOfReasons({ decision: rejected, comment, automated: true, now, territorialScope: ['US'] })).toThrow('EEA');
    expect(() => statementOfReasons({ decision: rejected, comment, automated: true, now, source: 'gossip' as never })).toThrow('unknown source');
    expect(statementOfReasons({ decision: rejected, comment, automated: true, now, puid: 'explicit' }).puid).toBe('explicit');
  });

  it('keeps free-text fields within the API limits', () => {
    const many: Decision = {
      decision: 'rejected',
      score: 1,
      reasons: Array.from({ length: 400 }, (_, i) => ({
        ruleId: `rule-${i}`,
        category: 'custom',
        action: 'reject' as const,
        message: `Message number ${i} `.repeat(5),
      })),
      shadowReasons: [],
    };
    const s = statementOfReasons({ decision: many, comment: { id: 'x', body: '' }, automated: true, now });
    expect(s.decision_facts.length).toBeLessThanOrEqual(5000);
    expect(s.incompatible_content_explanation!.length).toBeLessThanOrEqual(2000);
    expect(s.incompatible_content_ground!.length).toBeLessThanOrEqual(500);
  });
});

describe('toTransparencyBatches', () => {
  const statement = statementOfReasons({ decision: rejected, comment, automated: true, now });

  it('splits into request bodies of at most 100 statements', () => {
    const batches = toTransparencyBatches(Array.from({ length: 250 }, () => statement));
    expect(batches.map((b) => b.statements.length)).toEqual([100, 100, 50]);
    expect(toTransparencyBatches([])).toEqual([]);
    expect(toTransparencyBatches([statement, statement, statement], 2).map((b) => b.statements.length)).toEqual([2, 1]);
  });

  it('refuses batch sizes the API would refuse', () => {
    expect(() => toTransparencyBatches([statement], 101)).toThrow('between 1 and 100');
    expect(() => toTransparencyBatches([statement], 0)).toThrow('between 1 and 100');
  });
});
