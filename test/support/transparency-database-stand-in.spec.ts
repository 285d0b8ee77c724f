import { accountStatementOfReasons, statementOfReasons } from '@parley/moderation-rules';
import { TransparencyDatabaseClient } from '../../apps/comments-api/src/transparency/transparency-database.client';
import { startTransparencyDatabase, validateStatement } from './transparency-database-stand-in';

const valid = () => ({
  decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
  incompatible_content_ground: 'Community guidelines: no personal attacks',
  incompatible_content_explanation: 'Personal attacks are not allowed.',
  category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  category_specification: ['KEYWORD_CYBER_HARASSMENT'],
  content_type: ['CONTENT_TYPE_TEXT'],
  automated_detection: 'No',
  automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
  source_type: 'SOURCE_VOLUNTARY',
  content_date: '2026-11-30',
  application_date: '2026-12-01',
  decision_facts: 'The comment was removed by a moderator.',
  puid: 'c1-d1',
  territorial_scope: ['DE', 'FR'],
});

describe('DSA Transparency Database stand-in: validation as the published API does it', () => {
  it('accepts a complete statement', () => {
    expect(validateStatement(valid())).toEqual({});
  });

  it('refuses unknown field names', () => {
    expect(Object.keys(validateStatement({ ...valid(), decision_reason: 'x' }))).toEqual(['decision_reason']);
  });

  it('refuses values outside the enumerations', () => {
    const e = validateStatement({ ...valid(), category: 'STATEMENT_CATEGORY_RUDENESS', decision_visibility: ['DECISION_VISIBILITY_HIDDEN'], automated_detection: 'yes', territorial_scope: ['UK'], category_specification: ['KEYWORD_RUDE'] });
    expect(Object.keys(e).sort()).toEqual(['automated_detection', 'category', 'category_specification', 'decision_visibility', 'territorial_scope']);
  });

  it('requires the required fields and the fields the decision ground calls for', () => {
    const { decision_facts: _f, puid: _p, incompatible_content_ground: _g, ...rest } = valid();
    expect(Object.keys(validateStatement(rest)).sort()).toEqual(['decision_facts', 'incompatible_content_ground', 'puid']);
    const illegal = { ...valid(), decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' };
    expect(Object.keys(validateStatement(illegal)).sort()).toEqual(['illegal_content_explanation', 'illegal_content_legal_ground']);
    expect(validateStatement({ ...valid(), decision_visibility: ['DECISION_VISIBILITY_OTHER'] })).toHaveProperty('decision_visibility_other');
  });

  it('needs at least one kind of restriction', () => {
    const { decision_visibility: _v, ...rest } = valid();
    expect(validateStatement(rest)).toHaveProperty('decision_account');
    expect(validateStatement({ ...rest, decision_account: 'DECISION_ACCOUNT_SUSPENDED' })).toEqual({});
  });

  it('enforces string length limits (counted in characters)', () => {
    expect(validateStatement({ ...valid(), decision_facts: 'é'.repeat(5000) })).toEqual({});
    expect(validateStatement({ ...valid(), decision_facts: 'x'.repeat(5001) })).toHaveProperty('decision_facts');
    expect(validateStatement({ ...valid(), incompatible_content_ground: 'x'.repeat(501) })).toHaveProperty('incompatible_content_ground');
    expect(validateStatement({ ...valid(), incompatible_content_explanation: 'x'.repeat(2001) })).toHaveProperty('incompatible_content_explanation');
    expect(validateStatement({ ...valid(), puid: 'x'.repeat(501) })).toHaveProperty('puid');
  });

  it('checks date formats and order', () => {
    expect(validateStatement({ ...valid(), content_date: '2026-11-31' })).toHaveProperty('content_date');
    expect(validateStatement({ ...valid(), application_date: '01-12-2026' })).toHaveProperty('application_date');
    expect(validateStatement({ ...valid(), content_date: '2026-12-02' })).toHaveProperty('application_date');
    expect(validateStatement({ ...valid(), content_date: '1999-12-31' })).toHaveProperty('content_date');
  });

  it("accepts the statements Parley's builders make (content and account restrictions)", () => {
    const content = statementOfReasons({
      decision: { decision: 'rejected', score: 1, reasons: [{ ruleId: 'r', category: 'hate', action: 'reject', message: 'Hateful language.' }], shadowReasons: [] },
      comment: { id: 'c-1', body: '', createdAt: '2026-11-30T10:00:00Z' },
      automated: true,
      now: '2026-12-01T10:00:00Z',
      puid: 'c-1-d-1',
    });
    expect(validateStatement(content)).toEqual({});
    for (const restriction of ['ban', 'suspension', 'premoderation'] as const) {
      const account = accountStatementOfReasons({ restriction, puid: `user-u-${restriction}`, decidedAt: new Date('2026-12-01T10:00:00Z'), until: new Date('2026-12-08T10:00:00Z'), category: 'harassment', explanation: 'Personal attacks.' });
      expect(validateStatement(account)).toEqual({});
    }
    const illegal = accountStatementOfReasons({ restriction: 'ban', puid: 'user-u-x', decidedAt: new Date('2026-12-01T10:00:00Z'), category: 'custom', explanation: 'x', illegal: { legalGround: 'StGB § 130', explanation: 'Incitement.' } });
    expect(validateStatement(illegal)).toEqual({});
  });
});

describe('DSA Transparency Database stand-in over HTTP, with the submitter\u2019s client', () => {
  let db: Awaited<ReturnType<typeof startTransparencyDatabase>>;
  let client: TransparencyDatabaseClient;
  beforeEach(async () => {
    db = await startTransparencyDatabase({ token: 'tdb-token' });
    client = new TransparencyDatabaseClient({ url: db.url, token: 'tdb-token', timeoutMs: 5000 });
  });
  afterEach(() => db.close());

  it('stores a batch and answers each statement with its uuid and id', async () => {
    const out = await client.submit([valid(), { ...valid(), puid: 'c1-d2' }]);
    expect(out.kind).toBe('accepted');
    if (out.kind !== 'accepted') return;
    expect(out.results.map((r) => r.puid)).toEqual(['c1-d1', 'c1-d2']);
    expect(out.results.every((r) => typeof r.uuid === 'string' && r.id !== null)).toBe(true);
    expect(db.stored.size).toBe(2);
  });

  it('refuses the whole batch when one statement is invalid, naming it by index', async () => {
    const out = await client.submit([valid(), { ...valid(), puid: 'c1-d2', category: 'NOPE' }]);
    expect(out).toEqual({ kind: 'invalid', errorsByIndex: new Map([[1, { category: ['The selected category is invalid.'] }]]) });
    expect(db.stored.size).toBe(0);
  });

  it('refuses PUIDs it already has, and duplicates within one request', async () => {
    await client.submit([valid()]);
    expect(await client.submit([{ ...valid(), puid: 'c1-d9' }, valid()])).toEqual({ kind: 'duplicates', puids: ['c1-d1'] });
    expect(await client.submit([{ ...valid(), puid: 'z' }, { ...valid(), puid: 'z' }])).toEqual({ kind: 'duplicates', puids: ['z'] });
    expect(db.stored.size).toBe(1);
  });

  it('takes 1 to 100 statements per request', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ ...valid(), puid: `p-${i}` }));
    expect(await client.submit(many)).toMatchObject({ kind: 'failed', status: 422 });
    expect(await client.submit([])).toMatchObject({ kind: 'failed', status: 422 });
    expect(await client.submit(many.slice(0, 100))).toMatchObject({ kind: 'accepted' });
  });

  it('refuses a wrong token, and fails the next N requests when told to', async () => {
    const wrong = new TransparencyDatabaseClient({ url: db.url, token: 'nope', timeoutMs: 5000 });
    expect(await wrong.submit([valid()])).toMatchObject({ kind: 'failed', status: 401 });
    db.failNext(2);
    expect(await client.submit([valid()])).toMatchObject({ kind: 'failed', status: 503 });
    expect(await client.submit([valid()])).toMatchObject({ kind: 'failed', status: 503 });
    expect(await client.submit([valid()])).toMatchObject({ kind: 'accepted' });
    expect(db.requests.map((r) => r.status)).toEqual([401, 503, 503, 201]);
  });
});
