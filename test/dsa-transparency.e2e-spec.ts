import fs from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { useChromium } from './support/chromium-browser';
import mongoose from 'mongoose';
import { startApp, startSystem } from './support/app-processes';
import { adminToken, apiClient, moderatorToken, observeTopics, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { startTransparencyDatabase } from './support/transparency-database-stand-in';
import { expectAccessible } from './support/accessibility';

/**
 * DSA Arts 17, 24(5), 15 and 24 through the API on the real Kafka and database: one append-only
 * statement per decision (own PUIDs over reject → restore → reject; account restrictions), the
 * submitter against a local stand-in of the Transparency Database (a refused batch, failures, a
 * restart of comments-api), the export cursor and the transparency report with exact figures.
 */
describe('DSA transparency: statements, Transparency Database submission, report', () => {
  const namespace = uniqueNamespace('dsa-transparency');
  const TOKEN = 'tdb-platform-token-0123456789';
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let tdb: Awaited<ReturnType<typeof startTransparencyDatabase>>;
  let mongo: mongoose.Connection;
  let restartedApp: Awaited<ReturnType<typeof startApp>> | undefined;
  const ada = moderatorToken('mod-ada', 'Ada');
  const ben = moderatorToken('mod-ben', 'Ben');
  const admin = adminToken();
  const open = 'dsa-open';
  const held = 'dsa-held';
  let n = 0;
  const author = () => {
    n += 1;
    return { id: `dsa-author-${n}`, token: tokenFor(`dsa-author-${n}`, ['commenter'], `Author ${n}`) };
  };

  beforeAll(async () => {
    tdb = await startTransparencyDatabase({ token: TOKEN });
    system = await startSystem({
      withoutNotifications: true,
      namespace,
      extraEnv: {
        'comments-api': {
          RATE_LIMIT_ENABLED: 'false',
          DSA_TRANSPARENCY_DB_URL: tdb.url,
          DSA_TRANSPARENCY_DB_TOKEN: TOKEN,
          DSA_TRANSPARENCY_DB_INTERVAL_MS: '200',
          DSA_TRANSPARENCY_DB_RETRY_BASE_MS: '300',
          DSA_TRANSPARENCY_DB_RETRY_MAX_MS: '2000',
        },
      },
    });
    api = apiClient(system.api.url);
    mongo = await mongoose.createConnection(testInfrastructure().mongoUri, { dbName: system.databases.comments }).asPromise();
    await putArticle(api, open, { premoderation: false });
    await putArticle(api, held, { premoderation: true });
  }, 180_000);

  afterAll(async () => {
    await mongo?.close();
    await system?.stop();
    await restartedApp?.stop();
    await tdb?.close();
  });

  const statementsOf = async (query: string) => (await api.get(`/v1/moderation/transparency/statements?${query}`, ada)).body.items as any[];
  const decide = (id: string, body: Record<string, unknown>, token = ada) => api.post(`/v1/moderation/comments/${id}/decisions`, token, body);
  const accepted = (puid: string) => tdb.requests.filter((r) => r.status === 201 && r.puids.includes(puid)).length;

  it('keeps one statement per decision: reject → restore → reject of one comment gives three PUIDs, none overwritten', async () => {
    const a = author();
    const c = await postAndSettle(api, open, a.token, 'A calm remark on the article.');
    expect(c.status).toBe('approved');
    expect((await decide(c.id, { action: 'reject', revision: 1, reason: 'harassment' })).status).toBe(200);
    expect((await decide(c.id, { action: 'restore', revision: 1 })).status).toBe(200);
    const again = await decide(c.id, { action: 'reject', revision: 1, reason: 'spam' });
    expect(again.status).toBe(200);
    const items = await eventually('three statements', async () => {
      const list = await statementsOf(`commentId=${c.id}`);
      return list.length === 3 ? list : undefined;
    });
    expect(items.map((i) => i.action)).toEqual(['remove', 'restore', 'remove']);
    const puids = items.map((i) => i.puid);
    expect(new Set(puids).size).toBe(3);
    expect(items.map((i) => i.statement.puid)).toEqual(puids);
    expect(again.body.statementOfReasons.puid).toBe(puids[2]);
    expect(items[1]).toMatchObject({ reverses: puids[0], submission: { state: 'not-submitted' } });
    expect(items[0].statement.incompatible_content_ground).toMatch(/personal attacks/);
    expect(items[2].statement.category).toBe('STATEMENT_CATEGORY_SCAMS_AND_FRAUD');
    // Both restrictions reach the Transparency Database, each once; the restore is kept, not sent.
    await eventually('both removals accepted', async () => accepted(puids[0]) === 1 && accepted(puids[2]) === 1);
    expect(accepted(puids[1])).toBe(0);
    // The submitter records the Database's answer after the Database has it: wait for the record.
    const after = await eventually('both acceptances recorded on the statements', async () => {
      const list = await statementsOf(`commentId=${c.id}`);
      return list[0]?.submission?.state === 'accepted' && list[2]?.submission?.state === 'accepted' ? list : undefined;
    });
    expect(after[2].submission).toMatchObject({ state: 'accepted', databaseUuid: tdb.stored.get(puids[2])!.uuid });
    expect(after[0].submission).toMatchObject({ state: 'accepted', databaseUuid: tdb.stored.get(puids[0])!.uuid, databaseId: tdb.stored.get(puids[0])!.id });
  });

  it('writes each statement once when its event is delivered again (idempotent append keyed by the decision id)', async () => {
    const db = mongo;
    const events = await observeTopics(system, `${namespace}-observer`, ['parley.moderation-decisions.v1']);
    try {
      const a = author();
      const c = await postAndSettle(api, open, a.token, 'Another remark.');
      const res = await decide(c.id, { action: 'reject', revision: 1, reason: 'offensive' });
      const puid = res.body.statementOfReasons.puid as string;
      const seen = await eventually('the statement event', async () => events.of('parley.statement.issued.v1', (d) => d.puid === puid)[0]);
      await eventually('the statement recorded', async () => (await statementsOf(`commentId=${c.id}`)).length === 1);
      // Deliver the same event again, then a later decision on the same comment (same key, same partition) as the marker.
      const kafka = new Kafka({ clientId: `${namespace}-redeliver`, brokers: system.envs['comments-api'].KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: `${system.topicPrefix}${seen.topic}`, messages: [{ key: seen.key, value: JSON.stringify(seen.data), headers: seen.headers }] });
      await producer.disconnect();
      expect((await decide(c.id, { action: 'restore', revision: 1 })).status).toBe(200);
      const items = await eventually('the marker recorded', async () => {
        const list = await statementsOf(`commentId=${c.id}`);
        return list.length >= 2 ? list : undefined;
      });
      expect(items.map((i) => i.action)).toEqual(['remove', 'restore']);
      expect(await db.collection('transparency_statements').countDocuments({ _id: puid as never })).toBe(1);
      const indexes = await db.collection('transparency_statements').indexes();
      expect(indexes.find((i) => i.name === 'statements_decision__unique')).toMatchObject({ unique: true });
    } finally {
      await events.stop();
    }
  });

  it('issues statements for account restrictions (ban, suspension, premoderation) and for lifting them', async () => {
    const u = author();
    await postAndSettle(api, open, u.token, 'Hello there.');
    expect((await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'premoderate', reason: 'Watch list', reasonCode: 'spam' })).status).toBe(201);
    expect((await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'suspend', reason: 'Cool off', durationSeconds: 3600, reasonCode: 'abusive' })).status).toBe(201);
    expect((await api.del(`/v1/moderation/users/${u.id}/actions/suspend`, ada)).status).toBe(200);
    expect((await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'ban', reason: 'Repeated abuse', reasonCode: 'illegal_content' })).status).toBe(201);
    const items = await eventually('four account statements', async () => {
      const list = (await statementsOf(`userId=${u.id}`)).filter((i) => i.subject === 'account');
      return list.length === 4 ? list : undefined;
    });
    expect(items.map((i) => i.action)).toEqual(['premoderation', 'suspension', 'lift', 'ban']);
    expect(items[0].statement).toMatchObject({ decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD' });
    expect(items[1].statement).toMatchObject({ decision_account: 'DECISION_ACCOUNT_SUSPENDED', end_date_account_restriction: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(items[2]).toMatchObject({ reverses: items[1].puid, submission: { state: 'not-submitted' } });
    expect(items[3].statement).toMatchObject({ decision_account: 'DECISION_ACCOUNT_TERMINATED', decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' });
    for (const i of [items[0], items[1], items[3]]) await eventually(`${i.action} accepted`, async () => accepted(i.puid) === 1);
  });

  it('a refused batch: the statement with a bad field is marked refused with the Database\u2019s errors, the others are accepted', async () => {
    const db = mongo;
    // A statement stored by an earlier version, with a category the Database does not know.
    const bad = (await db.collection('transparency_statements').findOne({ action: 'remove' }))!;
    const badPuid = `legacy-${Date.now()}`;
    await db.collection('transparency_statements').insertOne({
      ...bad,
      _id: badPuid as never,
      decisionId: `legacy-decision-${Date.now()}`,
      statement: { ...bad.statement, puid: badPuid, category: 'STATEMENT_CATEGORY_RUDENESS' },
      submission: { state: 'pending', attempts: 0, nextAttemptAt: new Date(0), lastError: null, errors: null, acceptedAt: null, databaseUuid: null, databaseId: null, alreadyKnown: false },
    });
    const a = author();
    const c = await postAndSettle(api, open, a.token, 'Yet another remark.');
    const res = await decide(c.id, { action: 'reject', revision: 1, reason: 'off_topic' });
    const good = res.body.statementOfReasons.puid as string;
    await eventually('the good statement accepted', async () => accepted(good) === 1);
    const refused = await eventually('the bad one refused', async () => {
      const doc = await db.collection('transparency_statements').findOne({ _id: badPuid as never });
      return doc?.submission.state === 'refused' ? doc : undefined;
    });
    expect(refused.submission.errors).toEqual({ category: ['The selected category is invalid.'] });
    expect(tdb.stored.has(badPuid)).toBe(false);
    expect(tdb.requests.some((r) => r.status === 422 && r.puids.includes(badPuid))).toBe(true);
    const status = await api.get('/v1/moderation/transparency/submissions', admin);
    expect(status.body).toMatchObject({ enabled: true, counts: { refused: 1 } });
  });

  it('retries failed requests with backoff and resumes after a restart of comments-api, sending nothing twice', async () => {
    tdb.failNext(3);
    const a = author();
    const c = await postAndSettle(api, open, a.token, 'A remark to be removed during an outage.');
    const res = await decide(c.id, { action: 'reject', revision: 1, reason: 'advertising' });
    const puid = res.body.statementOfReasons.puid as string;
    await eventually('a failed attempt recorded', async () => {
      const [i] = await statementsOf(`commentId=${c.id}`);
      return i?.submission.attempts >= 1 && i.submission.state === 'pending' ? i : undefined;
    });
    const before = new Set(tdb.requests.filter((r) => r.status === 201).flatMap((r) => r.puids));
    await system.api.stop();
    const restartedAt = Date.now();
    const restarted = await startApp('comments-api', system.envs['comments-api'], system.logDir);
    try {
      api = apiClient(restarted.url);
      await eventually('the statement accepted after the restart', async () => accepted(puid) === 1, 60_000);
      const [i] = await statementsOf(`commentId=${c.id}`);
      expect(i.submission).toMatchObject({ state: 'accepted', alreadyKnown: false });
      expect(i.submission.attempts).toBeGreaterThanOrEqual(1);
      // Nothing accepted before the restart was sent again, and no PUID was accepted twice.
      const resent = tdb.requests.filter((r) => r.at >= restartedAt).flatMap((r) => r.puids).filter((p) => before.has(p));
      expect(resent).toEqual([]);
      const acceptedPuids = tdb.requests.filter((r) => r.status === 201).flatMap((r) => r.puids);
      expect(acceptedPuids.length).toBe(new Set(acceptedPuids).size);
      expect(tdb.requests.filter((r) => r.status === 503).length).toBe(3);
      expect(tdb.requests.every((r) => r.puids.length <= 100)).toBe(true);
    } finally {
      restartedApp = restarted;
    }
  });

  it('exports every statement page by page with a cursor', async () => {
    const all: any[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await api.get(`/v1/moderation/transparency/statements?limit=2${cursor ? `&cursor=${cursor}` : ''}`, ada);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      all.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    const db = mongo;
    expect(all.length).toBe(await db.collection('transparency_statements').countDocuments({}));
    expect(pages).toBe(Math.max(1, Math.ceil(all.length / 2)));
    expect(new Set(all.map((i) => i.puid)).size).toBe(all.length);
    const times = all.map((i) => i.decidedAt);
    expect([...times].sort()).toEqual(times);
    expect((await api.get('/v1/moderation/transparency/statements?cursor=bm9wZQ', ada)).status).toBe(400);
    expect((await api.get('/v1/moderation/transparency/statements', tokenFor('reader-x'))).status).toBe(403);
  });

  it('reports a seeded period with exact figures, as JSON and CSV', async () => {
    // Let everything earlier settle, then open the period.
    const db = mongo;
    await eventually('earlier statements recorded', async () => (await db.collection('transparency_statements').countDocuments({ 'submission.state': 'pending' })) === 0);
    await new Promise((r) => setTimeout(r, 5));
    const from = new Date();
    const [a1, a2, a3] = [author(), author(), author()];
    const reader = { id: 'dsa-reader-1', token: tokenFor('dsa-reader-1', ['commenter'], 'Reader') };
    const fan = { id: 'dsa-fan-1', token: tokenFor('dsa-fan-1', ['commenter'], 'Fan') };
    // 1. The rules engine holds a comment (premoderated article); a moderator rejects it as spam.
    const h = await postAndSettle(api, held, a1.token, 'Please look at my remark.');
    expect(h.status).toBe('flagged');
    expect((await decide(h.id, { action: 'reject', revision: 1, reason: 'spam' })).status).toBe(200);
    // 2. An Art. 16 notice about a published comment; removed as illegal; the author complains; reversed.
    const p = await postAndSettle(api, open, a2.token, 'An opinion some readers dislike.');
    expect((await api.put(`/v1/comments/${p.id}/reaction`, fan.token)).status).toBe(200);
    expect((await api.post(`/v1/comments/${p.id}/reports`, reader.token, { reason: 'illegal', notice: { explanation: 'It defames a named person.', email: 'reader@example.org', goodFaith: true } })).status).toBe(201);
    const notice = await eventually('the notice', async () => (await api.get('/v1/moderation/queues/notices?sort=newest', ada)).body.items.find((i: { id: string }) => i.id === p.id));
    expect((await api.post(`/v1/moderation/notices/${encodeURIComponent(notice.caseId)}/decision`, ada, { outcome: 'action-taken', revision: 1, reasonCode: 'illegal_content', reason: 'Defamation.', legalGround: { law: 'Criminal Code § 186', explanation: 'It asserts as fact that a named person committed a crime.', illegalContentType: 'defamation' } })).status).toBe(200);
    const appeal = await api.post(`/v1/comments/${p.id}/appeals`, a2.token, { explanation: 'It is a fair opinion.' });
    expect(appeal.status).toBe(201);
    expect((await api.post(`/v1/moderation/appeals/${appeal.body.id}/decision`, ben, { outcome: 'overturned', reason: 'Opinion, not defamation.' })).status).toBe(200);
    // 3. A third author posts and is suspended.
    await postAndSettle(api, open, a3.token, 'Something else.');
    expect((await api.post(`/v1/moderation/users/${a3.id}/actions`, ada, { kind: 'suspend', reason: 'Cool off', durationSeconds: 3600, reasonCode: 'abusive' })).status).toBe(201);
    await eventually('the period\u2019s five statements', async () => (await db.collection('transparency_statements').countDocuments({ decidedAt: { $gte: from } })) === 5);
    const to = new Date(Date.now() + 1000);

    const q = `from=${from.toISOString()}&to=${to.toISOString()}`;
    // A report is many reads: on a loaded machine the database may answer 503 with Retry-After,
    // and a client asks again, as this one does.
    const report = (path: string) => eventually(`${path} answered`, async () => {
      const r = await api.get(path, admin);
      return r.status === 503 ? undefined : r;
    });
    const res = await report(`/v1/moderation/transparency/report?${q}`);
    expect(res.status).toBe(200);
    const n = (await db.collection('moderation_notices').findOne({ commentId: p.id }))!;
    const ap = (await db.collection('moderation_appeals').findOne({ commentId: p.id }))!;
    expect(res.body).toMatchObject({
      period: { from: from.toISOString(), to: to.toISOString() },
      notices: { received: 1, byType: { unspecified: 1 }, decided: 1, actionTaken: 1, noAction: 0, medianSecondsToAct: (n.decidedAt.getTime() - n.receivedAt.getTime()) / 1000 },
      decisions: {
        total: 4,
        legalGround: 1,
        termsOfService: 3,
        fullyAutomated: 1,
        partiallyAutomated: 0,
        human: 3,
        byAction: { flag: 1, reject: 1, remove: 1, suspension: 1 },
        bySubject: { content: 3, account: 1 },
        bySource: { SOURCE_VOLUNTARY: 3, SOURCE_ARTICLE_16: 1 },
        reversals: { restore: 1 },
      },
      complaints: { received: 1, decided: 1, reversed: 1, upheld: 0, medianSecondsToDecide: (ap.decidedAt.getTime() - ap.createdAt.getTime()) / 1000 },
      suspensions: { accountSuspensions: 1, art23: 0 },
      activeRecipients: { averageMonthly: 5, months: [{ month: from.toISOString().slice(0, 7), activeRecipients: 5 }] },
    });
    const csv = await report(`/v1/moderation/transparency/report?${q}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe('metric,value');
    expect(rows).toEqual(expect.arrayContaining(['notices.received,1', 'decisions.total,4', 'decisions.legalGround,1', 'decisions.termsOfService,3', 'complaints.reversed,1', 'suspensions.art23,0', 'activeRecipients.averageMonthly,5', `activeRecipients.months.${from.toISOString().slice(0, 7)}.activeRecipients,5`]));
    expect((await api.get(`/v1/moderation/transparency/report?${q}`, ada)).status).toBe(403);
    const bad = await api.get(`/v1/moderation/transparency/report?from=${to.toISOString()}&to=${from.toISOString()}`, admin);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await api.get('/v1/moderation/transparency/report?from=2000-01-01T00:00:00Z&to=2020-01-01T00:00:00Z', admin)).status).toBe(400);
  });
});

/** The report page of the dashboard, in headless Chromium, against a running comments-api. */
describe('transparency report page in a browser', () => {
  const namespace = uniqueNamespace('dsa-report-page');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  const chromium = useChromium('the report page test', { pagePerTest: false });
  const admin = adminToken();

  beforeAll(async () => {
    system = await startSystem({ namespace, withoutNotifications: true, extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false' } } });
    api = apiClient(system.api.url);
    await putArticle(api, 'page-article', { premoderation: true });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('shows the period\u2019s figures as tables and as charts with text alternatives', async () => {
    const a = tokenFor('page-author', ['commenter'], 'Page author');
    const c = await postAndSettle(api, 'page-article', a, 'A held remark.');
    expect(c.status).toBe('flagged');
    expect((await api.post(`/v1/moderation/comments/${c.id}/decisions`, moderatorToken(), { action: 'reject', revision: 1, reason: 'spam' })).status).toBe(200);
    const day = new Date().toISOString().slice(0, 10);
    const end = new Date(`${day}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    // The hold (automated, recorded from the worker's decision event) and the moderator's removal
    // (human, recorded by the request): either may be recorded first. Wait for both, then the
    // comment's statements must be exactly those two.
    const expected = await eventually('the hold and the moderator\'s removal in the report', async () => {
      const r = await api.get(`/v1/moderation/transparency/report?from=${day}T00:00:00.000Z&to=${end.toISOString()}`, admin);
      return r.body.decisions?.human === 1 && r.body.decisions?.fullyAutomated === 1 ? r.body : undefined;
    });
    const statements = (await api.get(`/v1/moderation/transparency/statements?commentId=${c.id}`, admin)).body.items as Array<Record<string, any>>;
    expect({ total: expected.decisions.total, statements: statements.map((s) => ({ action: s.action, automated: s.statement.automated_decision })) }).toEqual({
      total: 2,
      statements: [
        { action: 'flag', automated: 'AUTOMATED_DECISION_FULLY' },
        { action: 'reject', automated: 'AUTOMATED_DECISION_NOT_AUTOMATED' },
      ],
    });
    const page = await chromium.browser.newPage();
    const problems: string[] = [];
    // The browser's own favicon request is the only 404 allowed; CSP violations and script errors count.
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${system.api.url}/moderate/transparency.html?token=${admin}`);
    await page.fill('#from', day);
    await page.fill('#to', day);
    await page.click('#show');
    // The page first shows the year to date on its own: wait for the requested day's report.
    await page.waitForSelector(`text=Report for ${day} to ${end.toISOString().slice(0, 10)}`);
    const cell = async (section: string, figure: string) => (await page.locator(`section[aria-label="${section}"] tr:has(th:text-is("${figure}")) td`).textContent())?.trim();
    expect(await cell('Decisions (statements of reasons)', 'Restrictions')).toBe(String(expected.decisions.total));
    expect(await cell('Decisions (statements of reasons)', 'Fully automated')).toBe(String(expected.decisions.fullyAutomated));
    expect(await cell('Decisions (statements of reasons)', 'Human')).toBe(String(expected.decisions.human));
    expect(await cell('Average monthly active recipients', 'Average per month')).toBe(String(expected.activeRecipients.averageMonthly));
    const charts = await page.locator('svg[role="img"]').evaluateAll((nodes) => nodes.map((n) => ({ title: n.querySelector('title')?.textContent, desc: n.querySelector('desc')?.textContent, labelledby: n.getAttribute('aria-labelledby') })));
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const ch of charts) {
      expect(ch.title).toBeTruthy();
      expect(ch.desc).toBeTruthy();
      expect(ch.labelledby).toMatch(/-t .*-d$/);
    }
    expect(charts.find((ch) => ch.title === 'Decisions by automation')!.desc).toBe(`Fully automated: ${expected.decisions.fullyAutomated}; Partially automated: 0; Human: ${expected.decisions.human}`);
    await expectAccessible(page, 'transparency report with figures');
    const download = page.waitForEvent('download');
    await page.click('#csv');
    const file = await (await download).path();
    expect(fs.readFileSync(file!, 'utf8')).toContain(`decisions.total,${expected.decisions.total}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
