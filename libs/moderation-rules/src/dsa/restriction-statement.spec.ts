import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { restrictionStatementV1Schema } from '@parley/contracts';
import { restrictionStatement } from './restriction-statement';
import { dsaServiceInformation } from './service-information';
import { outOfCourtSettlementInfo } from './out-of-court-settlement';
import { DEFAULT_DISPUTE_SETTLEMENT_INFO_URL } from './redress';
import { statementOfReasons } from './statement-of-reasons';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const valid = ajv.compile(restrictionStatementV1Schema);

const info = dsaServiceInformation({
  DSA_GUIDELINES_URL: 'https://news.example/guidelines',
  DSA_AUTOMATED_MODERATION_URL: 'https://news.example/moderation',
  DSA_COMPLAINT_URL: 'https://news.example/complaints?comment={commentId}',
  DSA_DISPUTE_SETTLEMENT_BODIES: JSON.stringify([{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }]),
});

describe('restrictionStatement (Art. 17(3) DSA)', () => {
  it('carries every element for a moderator removal on contractual grounds', () => {
    const s = restrictionStatement({
      id: 'c1-e1',
      restriction: 'comment-removed',
      commentId: 'c1',
      decidedAt: '2026-12-01T10:00:00Z',
      reasons: [{ ruleId: 'moderator:harassment', category: 'harassment', message: 'Your comment harasses another person.' }],
      source: 'reader-reports',
      automatedDetection: false,
      automatedDecision: 'not',
      appealable: true,
      appealDeadline: '2027-06-01T10:00:00Z',
      info,
    });
    expect(valid(s)).toBe(true);
    expect(s.scope).toMatch(/had been published, was removed/);
    expect(s.source).toBe('reader-reports');
    expect(s.automationText).toMatch(/No automated means/);
    expect(s.ground).toEqual({ kind: 'contractual', clause: 'Community guidelines: no personal attacks', explanation: 'Your comment harasses another person.', url: 'https://news.example/guidelines#harassment' });
    expect(s.redress.internalComplaint).toEqual({ available: true, procedure: info.complaintProcedure, url: 'https://news.example/complaints?comment=c1', deadline: '2027-06-01T10:00:00.000Z' });
    expect(s.redress.outOfCourt.bodies).toEqual([{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }]);
    expect(s.redress.judicial).toMatch(/courts/);
    expect(s.links).toEqual({ guidelines: 'https://news.example/guidelines', automatedModeration: 'https://news.example/moderation' });
  });

  it('states the law, the explanation and the type for illegal content', () => {
    const s = restrictionStatement({
      id: 'c2-e2',
      restriction: 'comment-rejected',
      commentId: 'c2',
      decidedAt: new Date('2026-12-01T10:00:00Z'),
      reasons: [{ ruleId: 'moderator:illegal_content', category: 'custom', message: 'Illegal.' }],
      source: 'notice',
      automatedDetection: true,
      automatedDecision: 'not',
      illegal: { law: 'Criminal Code § 130', explanation: 'Incites hatred against a group.', type: 'illegal-hate-speech' },
      appealable: true,
      info,
    });
    expect(valid(s)).toBe(true);
    expect(s.ground).toEqual({ kind: 'illegal', law: 'Criminal Code § 130', explanation: 'Illegal hate speech. Incites hatred against a group.', illegalContentType: 'illegal-hate-speech' });
    expect(s.sourceText).toMatch(/notice of illegal content/);
    expect(s.automationText).toMatch(/detected by automated means; the decision was taken by a moderator/);
  });

  it('gives an account restriction its duration and the rule set of an automated decision', () => {
    const suspended = restrictionStatement({
      id: 'acc-1',
      restriction: 'account-suspended',
      decidedAt: '2026-12-01T10:00:00Z',
      until: '2026-12-08T10:00:00Z',
      reasons: [{ category: 'spam', message: 'Repeated advertising.' }],
      source: 'own-initiative',
      automatedDetection: false,
      automatedDecision: 'not',
      appealable: true,
      info,
    });
    expect(valid(suspended)).toBe(true);
    expect(suspended.until).toBe('2026-12-08T10:00:00.000Z');
    expect(suspended.scope).toContain('2026-12-08T10:00:00.000Z');
    expect(suspended.commentId).toBeNull();
    const automated = restrictionStatement({
      id: 'c3-e3',
      restriction: 'comment-held',
      commentId: 'c3',
      decidedAt: '2026-12-01T10:00:00Z',
      reasons: [{ ruleId: 'banned-terms', category: 'profanity', message: 'Contains a banned term.' }],
      source: 'own-initiative',
      automatedDetection: true,
      automatedDecision: 'fully',
      appealable: false,
      ruleSetVersion: 7,
      info,
    });
    expect(valid(automated)).toBe(true);
    expect(automated.facts).toContain('rule set version 7');
    expect(automated.facts).toContain('profanity (rule "banned-terms")');
    expect(automated.redress.internalComplaint.available).toBe(false);
    // A hold is provisional: the statement says so, and that the review decides (with its own statement and complaint route).
    expect(automated.scope).toContain('not a final decision');
    expect(automated.redress.internalComplaint.procedure).toMatch(/^This is not a final decision: a moderator will review your comment/);
    expect(automated.redress.internalComplaint.procedure).toContain('within six months');
    expect(automated.automationText).toBe('The content was detected by automated means and the decision was taken by automated means, without review by a person.');
    const heldByAccountMeasure = restrictionStatement({
      id: 'c4-e4',
      restriction: 'comment-held',
      commentId: 'c4',
      decidedAt: '2026-12-01T10:00:00Z',
      reasons: [{ ruleId: 'moderator:premoderate', category: 'author', message: 'Comments from your account are reviewed by a moderator before they are published.' }],
      source: 'own-initiative',
      automatedDetection: false,
      automatedDecision: 'fully',
      appealable: false,
      info,
    });
    expect(valid(heldByAccountMeasure)).toBe(true);
    expect(heldByAccountMeasure.automationText).toBe('The decision was taken by automated means, without review by a person.');
  });
});

describe('DSA service information', () => {
  it('defaults to the Commission list of certified bodies and refuses malformed URLs by name', () => {
    expect(outOfCourtSettlementInfo({}).url).toBe(DEFAULT_DISPUTE_SETTLEMENT_INFO_URL);
    expect(() => dsaServiceInformation({ DSA_GUIDELINES_URL: 'not a url' })).toThrow(/DSA_GUIDELINES_URL/);
    expect(() => outOfCourtSettlementInfo({ DSA_DISPUTE_SETTLEMENT_BODIES: '[{"name":"X","url":"ftp://x"}]' })).toThrow(/DSA_DISPUTE_SETTLEMENT_BODIES/);
  });
});

describe('statementOfReasons with a type of illegal content', () => {
  it('files the decision under the type\'s Transparency Database category', () => {
    const s = statementOfReasons({
      decision: { decision: 'rejected', score: 1, reasons: [{ ruleId: 'moderator:illegal_content', category: 'custom', message: 'x', action: 'reject' }], shadowReasons: [] },
      comment: { id: 'c1', body: '' },
      automated: false,
      now: '2026-12-01T00:00:00Z',
      illegal: { legalGround: 'Criminal Code § 130', explanation: 'Incitement', type: 'illegal-hate-speech' },
    });
    expect(s.decision_ground).toBe('DECISION_GROUND_ILLEGAL_CONTENT');
    expect(s.category).toBe('STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH');
    expect(s.category_addition).toBeUndefined();
    expect(s.category_specification).toEqual(['KEYWORD_HATE_SPEECH']);
    expect(s.illegal_content_legal_ground).toBe('Criminal Code § 130');
  });
});
