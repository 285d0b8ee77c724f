import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { useChromium } from './support/chromium-browser';
import { periodMatches } from '../apps/comments-api/src/moderation/analytics/moderation-analytics.service';
import { expectAccessible, tabTo } from './support/accessibility';
import { startSystem } from './support/app-processes';
import { adminToken, apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'moderation-analytics');

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Moderation analytics over a period seeded through the API and the real pipeline (comments-api,
 * Kafka, the rules engine in moderation-worker, the database): exact figures per UTC day and
 * week, for all articles and for one section; bad input as problem+json; roles; CSV (with a
 * moderator id that a spreadsheet would run as a formula); and the dashboard page in Chromium
 * (axe, keyboard, a screenshot).
 *
 * The seed, all on the day the test runs:
 * - `an-sport` (section sport, not premoderated): three comments the rules approve; reports
 *   spam + abuse on the first and spam on the second; the first is removed by `=ben` (spam).
 * - `an-politics` (section politics, premoderated): four comments the rules hold
 *   (article-settings); ada approves the first and rejects the second (abusive), `=ben` approves
 *   the third, the fourth stays held; the second's author appeals and `=ben` upholds.
 */
describe('moderation analytics', () => {
  const namespace = uniqueNamespace('analytics');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  const chromium = useChromium('the analytics page test', { pagePerTest: false });
  const ada = moderatorToken('mod-ada', 'Ada');
  // A moderator id a spreadsheet would run as a formula: the CSV must neutralise it.
  const ben = moderatorToken('=ben', 'Ben');
  const admin = adminToken();
  const reader = (n: number) => tokenFor(`an-reader-${n}`, ['commenter'], `Reader ${n}`);
  let authors = 0;
  const author = () => {
    authors += 1;
    return { id: `an-author-${authors}`, token: tokenFor(`an-author-${authors}`, ['commenter'], `Author ${authors}`) };
  };
  let seedDay = '';
  /** Expected queue waits (ms) of the four moderator decisions, from the API's own timestamps. */
  const waits: number[] = [];
  const auditOf = async (commentId: string) => (await api.get(`/v1/moderation/audit?commentId=${commentId}`, ada)).body.items as Array<{ action: string; at: string; after: Record<string, unknown> | null }>;
  const decide = async (id: string, body: Record<string, unknown>, token: string) => {
    const r = await api.post(`/v1/moderation/comments/${id}/decisions`, token, body);
    expect(r.status).toBe(200);
    return r.body as { decidedAt: string };
  };
  const analytics = (query: string, token = ada) => api.get(`/v1/moderation/analytics?${query}`, token);

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({ namespace, withoutNotifications: true, extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false', MODERATION_COUNTS_MAX_AGE_MS: '0' } } });
    api = apiClient(system.api.url);
    await putArticle(api, 'an-sport', { premoderation: false, section: 'sport' });
    await putArticle(api, 'an-politics', { premoderation: true, section: 'politics' });
    seedDay = dayOf(new Date());

    // Sport: three comments the rules approve, each by its own author and with its own text.
    const sport = [];
    for (const body of ['The match report is spot on.', 'Great result for the home side.', 'A fair summary of the season.']) {
      const c = await postAndSettle(api, 'an-sport', author().token, body);
      expect(c.status).toBe('approved');
      sport.push(c);
    }
    expect((await api.post(`/v1/comments/${sport[0].id}/reports`, reader(1), { reason: 'spam' })).status).toBe(201);
    const lastReport = await api.post(`/v1/comments/${sport[0].id}/reports`, reader(2), { reason: 'abuse' });
    expect(lastReport.status).toBe(201);
    expect((await api.post(`/v1/comments/${sport[1].id}/reports`, reader(1), { reason: 'spam' })).status).toBe(201);
    // Both reported comments are in the reported queue once comments-api consumed the reports.
    await eventually('the two reported comments in the reported queue', async () => {
      const q = await api.get('/v1/moderation/queues/reported?articleId=an-sport', ada);
      return q.body.items?.length === 2 ? true : undefined;
    });
    const removed = await decide(sport[0].id, { action: 'remove', revision: 1, reason: 'spam' }, ben);
    // Waited since the latest report.
    waits.push(Date.parse(removed.decidedAt) - Date.parse(lastReport.body.createdAt));

    // Politics: four comments the rules hold (premoderated article).
    const politics = [];
    for (const body of ['The council vote was overdue.', 'I disagree with the mayor on this.', 'Both parties made fair points.', 'Turnout will decide it.']) {
      const a = author();
      const c = await postAndSettle(api, 'an-politics', a.token, body);
      expect(c.status).toBe('flagged');
      politics.push({ ...c, author: a });
    }
    const heldAt = async (id: string) => {
      const e = await eventually(`the automated hold of ${id} in the audit trail`, async () => (await auditOf(id)).find((x) => x.action === 'automated.flagged'));
      return Date.parse(e.at);
    };
    const approved1 = await decide(politics[0].id, { action: 'approve', revision: 1 }, ada);
    waits.push(Date.parse(approved1.decidedAt) - (await heldAt(politics[0].id)));
    const rejected = await decide(politics[1].id, { action: 'reject', revision: 1, reason: 'abusive' }, ada);
    waits.push(Date.parse(rejected.decidedAt) - (await heldAt(politics[1].id)));
    const approved3 = await decide(politics[2].id, { action: 'approve', revision: 1 }, ben);
    waits.push(Date.parse(approved3.decidedAt) - (await heldAt(politics[2].id)));

    const appeal = await api.post(`/v1/comments/${politics[1].id}/appeals`, politics[1].author.token, { explanation: 'It was sharp, not abusive.' });
    expect(appeal.status).toBe(201);
    expect((await api.post(`/v1/moderation/appeals/${appeal.body.id}/decision`, ben, { outcome: 'upheld', reason: 'It insults other readers.' })).status).toBe(200);
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  const sortedWaits = () => [...waits].sort((a, b) => a - b);

  /** The figures once every automated decision has reached the audit trail (11 decisions; 7 in politics). */
  async function settled(query: string) {
    return eventually(`analytics for ${query} with every decision`, async () => {
      const r = await analytics(query);
      expect(r.status).toBe(200);
      return r.body.totals.decisions.total >= (query.includes('section=politics') ? 7 : 11) ? r.body : undefined;
    });
  }

  it('counts the seeded day exactly, per day, with an empty day before it', async () => {
    const yesterday = dayOf(new Date(Date.parse(`${seedDay}T00:00:00Z`) - DAY_MS));
    const r = await settled(`from=${yesterday}&to=${seedDay}&granularity=day`);
    expect(r).toMatchObject({ granularity: 'day', timezone: 'UTC', from: `${yesterday}T00:00:00.000Z`, scope: { section: null } });
    expect(r.to).toBe(new Date(Date.parse(`${seedDay}T00:00:00Z`) + DAY_MS).toISOString());
    expect(r.buckets.map((b: { start: string }) => b.start)).toEqual([`${yesterday}T00:00:00.000Z`, `${seedDay}T00:00:00.000Z`]);
    const [before, day] = r.buckets;
    expect(before.comments).toBe(0);
    expect(before.decisions.total).toBe(0);
    expect(before.timeToDecision).toEqual({ decisions: 0, medianMs: null, p90Ms: null });
    const w = sortedWaits();
    const expected = {
      comments: 7,
      decisions: {
        total: 11,
        byOutcome: { approved: 5, flagged: 4, rejected: 1, removed: 1 },
        automated: { approved: 3, flagged: 4, rejected: 0, removed: 0 },
        human: { approved: 2, flagged: 0, rejected: 1, removed: 1 },
        byRule: [{ key: 'article-settings', count: 4 }],
        byReason: [
          { key: 'abusive', count: 1 },
          { key: 'spam', count: 1 },
        ],
        byModerator: [
          { key: '=ben', count: 2 },
          { key: 'mod-ada', count: 2 },
        ],
      },
      // Nearest rank over four waits: the median is the 2nd smallest, p90 the 4th (⌈3.6⌉).
      timeToDecision: { decisions: 4, medianMs: w[1], p90Ms: w[3] },
      reports: {
        total: 3,
        byReason: [
          { key: 'spam', count: 2 },
          { key: 'abuse', count: 1 },
        ],
      },
      notices: 0,
      appeals: { received: 1, decided: 1, upheld: 1, overturned: 0 },
    };
    expect(day).toMatchObject(expected);
    expect(r.totals).toMatchObject(expected);
    expect(r.backlog).toMatchObject({ pending: 0, flagged: 1, reported: 1, notices: 0, appeals: 0 });
  });

  it('gives the same figures for the ISO week, and narrows every figure to a section', async () => {
    const week = await settled(`from=${seedDay}&to=${seedDay}&granularity=week`);
    expect(week.buckets).toHaveLength(1);
    const monday = new Date(Date.parse(`${seedDay}T00:00:00Z`) - ((new Date(`${seedDay}T00:00:00Z`).getUTCDay() + 6) % 7) * DAY_MS);
    expect(week.buckets[0].start).toBe(monday.toISOString());
    expect(week.buckets[0].end).toBe(new Date(monday.getTime() + 7 * DAY_MS).toISOString());
    expect(week.buckets[0]).toMatchObject({ comments: 7, decisions: { total: 11 }, reports: { total: 3 }, appeals: { received: 1 } });

    const politics = await settled(`from=${seedDay}&to=${seedDay}&section=politics`);
    const w = sortedWaits();
    expect(politics.scope).toEqual({ section: 'politics' });
    expect(politics.totals).toMatchObject({
      comments: 4,
      decisions: {
        total: 7,
        automated: { approved: 0, flagged: 4, rejected: 0, removed: 0 },
        human: { approved: 2, flagged: 0, rejected: 1, removed: 0 },
        byRule: [{ key: 'article-settings', count: 4 }],
        byReason: [{ key: 'abusive', count: 1 }],
        byModerator: [
          { key: 'mod-ada', count: 2 },
          { key: '=ben', count: 1 },
        ],
      },
      reports: { total: 0, byReason: [] },
      appeals: { received: 1, decided: 1, upheld: 1, overturned: 0 },
    });
    // The politics waits are the three hold-to-decision waits (the removal's wait was on sport).
    const politicsWaits = waits.slice(1).sort((a, b) => a - b);
    expect(politics.totals.timeToDecision).toEqual({ decisions: 3, medianMs: politicsWaits[1], p90Ms: politicsWaits[2] });
    expect(w).toHaveLength(4);
    expect(politics.backlog).toMatchObject({ pending: 0, flagged: 1, reported: 0, notices: 0, appeals: 0 });

    const none = await analytics(`from=${seedDay}&to=${seedDay}&section=no-such-section`);
    expect(none.status).toBe(200);
    expect(none.body.totals).toMatchObject({ comments: 0, decisions: { total: 0 }, reports: { total: 0 }, appeals: { received: 0 } });
  });

  it('exports CSV, one figure per row, with formula-like text neutralised', async () => {
    await settled(`from=${seedDay}&to=${seedDay}`);
    const res = await analytics(`from=${seedDay}&to=${seedDay}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="moderation-analytics-${seedDay}-day.csv"`);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('period,start,end,metric,key,value');
    const start = `${seedDay}T00:00:00.000Z`;
    const end = new Date(Date.parse(start) + DAY_MS).toISOString();
    expect(lines).toEqual(
      expect.arrayContaining([
        `day,${start},${end},comments,,7`,
        `day,${start},${end},decisions,,11`,
        `day,${start},${end},decisions.automated,flagged,4`,
        `day,${start},${end},decisions.human,removed,1`,
        `day,${start},${end},decisions.by_rule,article-settings,4`,
        `day,${start},${end},decisions.by_moderator,'=ben,2`,
        `day,${start},${end},reports.by_reason,spam,2`,
        `total,${start},${end},appeals.upheld,,1`,
      ]),
    );
    expect(lines.filter((l) => /^now,[^,]+,[^,]+,backlog\.flagged,,1$/.test(l))).toHaveLength(1);
    // No cell starts with a formula character (the only '=' is after the neutralising quote).
    expect(lines.every((l) => l.split(',').every((cell) => !/^[=+@]/.test(cell)))).toBe(true);
  });

  it('answers bad input with problem+json naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=yesterday', 'from'],
      ['to=2026-12-05T00:00:00Z', 'to'],
      ['from=2026-12-05&to=2026-12-01', 'to'],
      ['granularity=hour', 'granularity'],
      ['format=xml', 'format'],
      ['from=2020-01-01&to=2026-12-01', 'from'],
      ['from=2000-01-01&to=2026-12-01&granularity=week', 'from'],
      ['section=%24where', 'section'],
      ['from=1969-12-31&to=1970-01-02', 'from'],
      ['from=2106-01-01&to=2106-01-02', 'from'],
    ];
    for (const [query, field] of cases) {
      const res = await analytics(query);
      expect({ query, status: res.status, type: res.headers.get('content-type') }).toEqual({ query, status: 400, type: expect.stringMatching(/^application\/problem\+json/) });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it("serves each pipeline's first $match from an index", async () => {
    const db = await mongoose.createConnection(testInfrastructure().mongoUri, { dbName: system.databases.comments }).asPromise();
    try {
      const info = await db.db!.admin().command({ buildInfo: 1 });
      const ferret = typeof info.ferretdbVersion === 'string';
      const start = new Date(`${seedDay}T00:00:00Z`);
      const all = periodMatches({ start, end: new Date(start.getTime() + DAY_MS) }, null);
      const scoped = periodMatches({ start, end: new Date(start.getTime() + DAY_MS) }, ['an-politics']);
      const cases: Array<[string, string, Record<string, unknown>, string]> = [
        ['comments', 'comments', all.comments, '_id_|mod_all__scalar'],
        ['decisions', 'moderation_audit', all.decided, 'audit_seq__scalar'],
        ['decisions in a section', 'moderation_audit', scoped.decided, 'audit_article__scalar'],
        ['reports', 'reports', all.reports, 'reports_created__scalar'],
        ['notices', 'moderation_notices', all.notices, 'notices_received__scalar'],
        ['appeals received', 'moderation_appeals', all.appealsReceived, 'appeals_created__scalar'],
        ['appeals decided', 'moderation_appeals', all.appealsDecided, 'appeals_decided__scalar'],
      ];
      for (const [name, collection, match, index] of cases) {
        await eventually(`index for ${name}`, async () => (await db.collection(collection).indexes()).some((x) => new RegExp(`^(${index})$`).test(x.name!)));
        const e = await db.db!.command({ explain: { aggregate: collection, pipeline: [{ $match: match }, { $count: 'n' }], cursor: {} } });
        const plan = JSON.stringify(ferret ? e.queryPlanner.Plan : e);
        if (ferret) expect({ name, pushdown: e.filterPushdown }).toEqual({ name, pushdown: true });
        expect({ name, plan }).toEqual({ name, plan: expect.stringMatching(new RegExp(ferret ? `USING (PRIMARY KEY|INDEX \\S+_(${index}))` : `"indexName":"(${index})"`)) });
        if (!ferret) expect(plan).not.toContain('COLLSCAN');
      }
    } finally {
      await db.close();
    }
  });

  it('is for moderators and admins only', async () => {
    expect((await api.get(`/v1/moderation/analytics?from=${seedDay}&to=${seedDay}`)).status).toBe(401);
    const reader1 = await analytics(`from=${seedDay}&to=${seedDay}`, reader(1));
    expect(reader1.status).toBe(403);
    expect(reader1.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await analytics(`from=${seedDay}&to=${seedDay}`, admin)).status).toBe(200);
    expect((await analytics(`from=${seedDay}&to=${seedDay}`, ada)).status).toBe(200);
  });

  it('signs in on the page: the form without a token, again after a refused one, and the token kept for the tab', async () => {
    const page = await chromium.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${system.api.url}/moderate/analytics.html`);
    await page.waitForSelector('#login:not([hidden])');
    await page.fill('#token', 'not-a-token');
    await page.click('#login button[type=submit]');
    // the API refuses it: the reason is shown and the form comes back
    await page.waitForSelector('#status:has-text("The figures could not be loaded")');
    await page.waitForSelector('#login:not([hidden])');
    await page.fill('#token', ada);
    await page.click('#login button[type=submit]');
    await page.waitForSelector('#status:has-text("Figures from")');
    expect(await page.isHidden('#login')).toBe(true);
    // the token is kept for the tab: the transparency page opens signed in (here with a moderator's token, which it refuses as not an admin's)
    await page.goto(`${system.api.url}/moderate/transparency.html`);
    await page.waitForSelector('#status:has-text("The report could not be loaded")');
    expect(await page.isHidden('#login')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the figures on the dashboard page: charts with tables, keyboard readout, axe-clean', async () => {
    const r = await settled(`from=${seedDay}&to=${seedDay}`);
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('response', (x) => x.status() >= 400 && !x.url().endsWith('/favicon.ico') && problems.push(`${x.status()} ${x.url()}`));
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    const chartRequests: string[] = [];
    page.on('request', (q) => /chart/i.test(q.url()) && chartRequests.push(q.url()));
    await page.goto(`${system.api.url}/moderate/analytics.html?token=${ada}`);
    await page.fill('#from', seedDay);
    await page.fill('#to', seedDay);
    await page.click('#show');
    const next = dayOf(new Date(Date.parse(`${seedDay}T00:00:00Z`) + DAY_MS));
    // The page first shows its default period; wait for the one asked for.
    await page.waitForSelector(`text=Figures from ${seedDay} to ${next}`);
    // Chart.js comes from this server (node_modules), not a CDN.
    expect(chartRequests).toEqual([`${system.api.url}/moderate/vendor/chart.js/chart.umd.min.js`]);
    const cell = async (table: string, row: string, col = 1) => (await page.locator(`table:has(caption:text-is("${table}")) tr:has(th:text-is("${row}")) td`).nth(col - 1).textContent())?.trim();
    expect(await cell('Whole period', 'Comments')).toBe(String(r.totals.comments));
    expect(await cell('Whole period', 'Decisions')).toBe('11');
    expect(await cell('Whole period', 'Appeals upheld')).toBe('1');
    expect(await cell('Decisions per day by outcome (data)', seedDay, 2)).toBe('4'); // the second column: held (flagged)
    expect(await cell('Automated decisions by rule (data)', 'article-settings')).toBe('4');
    expect(await cell("Moderators' decisions by moderator (data)", '=ben')).toBe('2');
    expect(await cell('Items waiting in each queue now (data)', 'Held (flagged)')).toBe('1');
    const w = sortedWaits();
    const mins = (ms: number) => `${Math.round(ms / 600) / 100} min`;
    expect(await cell(`Time to a moderator's decision per day (minutes) (data)`, seedDay, 1)).toBe(mins(w[1]!));
    expect(await cell(`Time to a moderator's decision per day (minutes) (data)`, seedDay, 2)).toBe(mins(w[3]!));
    // Every chart is an image with a text alternative, focusable, and has a data table after it.
    const charts = await page.locator('canvas').evaluateAll((nodes) => nodes.map((n) => ({ role: n.getAttribute('role'), label: n.getAttribute('aria-label'), tabindex: n.getAttribute('tabindex'), table: !!n.closest('figure')?.querySelector('table caption') })));
    expect(charts).toHaveLength(8);
    // the day under way reports the queues now as its backlog
    expect(await cell('Items waiting at the end of each day (data)', seedDay, 2)).toBe('1'); // held (flagged)
    for (const c of charts) expect(c).toEqual({ role: 'img', label: expect.stringMatching(/\S/), tabindex: '0', table: true });
    await expectAccessible(page, 'analytics page with figures');
    // Keyboard: Tab to the outcome chart, arrows read its bucket into the live region.
    await page.focus('#csv');
    await tabTo(page, (f) => f.tag === 'canvas' && f.label.startsWith('Decisions per day by outcome'));
    await page.keyboard.press('End');
    const readout = await page.evaluate('document.getElementById(document.activeElement.getAttribute("aria-describedby")).textContent');
    expect(readout).toBe(`${seedDay}: Approved 5, Held (flagged) 4, Rejected 1, Removed 1`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'analytics.png'), fullPage: true });
    const download = page.waitForEvent('download');
    await page.click('#csv');
    const file = await (await download).path();
    expect(fs.readFileSync(file!, 'utf8')).toContain(`decisions.by_moderator,'=ben,2`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
