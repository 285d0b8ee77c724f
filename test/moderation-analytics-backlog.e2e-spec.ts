import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const DAY_MS = 86_400_000;
const SNAPSHOT_MS = 2000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Queue backlog history in moderation analytics, against comments-api on the real database and
 * Kafka: the app records snapshots of the queues (in total and per article) from real queue
 * contents; a bucket's backlog is the latest snapshot taken in it, the live queues for the
 * bucket under way, and null where no snapshot was taken; per day and week, per section, in
 * JSON and CSV. The history part is constructed: snapshots written into the app's collection
 * for days in the past, as the recorder writes them.
 */
describe('moderation analytics: queue backlog per day and week', () => {
  let h: CommentsApiHarness;
  const admin = tokenFor('admin-backlog', ['admin'], 'Admin');
  const mod = tokenFor('mod-backlog', ['moderator'], 'Mo');
  let authors = 0;
  const author = () => tokenFor(`backlog-author-${++authors}`, ['commenter'], `Author ${authors}`);
  const analytics = async (query: string) => {
    const res = await h.http(`/v1/moderation/analytics?${query}`, { token: mod });
    expect(res.status).toBe(200);
    return query.includes('format=csv') ? ((await res.text()) as any) : ((await res.json()) as any);
  };
  const snapshots = () => h.db.collection('moderation_backlog_snapshots');
  const post = async (articleId: string, body: string) => {
    const res = await h.http(`/v1/articles/${articleId}/comments`, { method: 'POST', token: author(), json: { body } });
    expect(res.status).toBe(202);
    return (await res.json()) as any;
  };
  const decided = async (articleId: string, body: string, decision: 'flagged' | 'approved') => {
    const c = await post(articleId, body);
    await h.decide(c, decision);
    await eventually(`${c.id} ${decision}`, async () => ((await (await h.http(`/v1/moderation/comments/${c.id}`, { token: mod })).json()) as any).comment?.status === decision);
    return c;
  };

  beforeAll(async () => {
    h = await startCommentsApi(uniqueNamespace('backlog'), { RATE_LIMIT_ENABLED: 'false', ANALYTICS_BACKLOG_SNAPSHOT_MS: String(SNAPSHOT_MS), MODERATION_COUNTS_MAX_AGE_MS: '0' });
    for (const [id, section] of [['bk-sport', 'sport'], ['bk-politics', 'politics'], ['bk-none', null]] as const) {
      const res = await h.http(`/v1/articles/${id}`, { method: 'PUT', token: admin, json: { settings: { open: true, premoderation: false }, title: `Article ${id}`, url: `https://news.example/${id}`, ...(section ? { section } : {}) } });
      expect(res.status).toBeLessThan(300);
    }
  }, 180_000);
  afterAll(() => h?.stop());

  it('records snapshots of the real queues, in total and per article, one per slot', async () => {
    // sport: one held, one published and reported (with a notice), one awaiting the rules; politics: two held; no section: one awaiting the rules
    await decided('bk-sport', 'Held in sport.', 'flagged');
    const reported = await decided('bk-sport', 'Published in sport, then reported.', 'approved');
    await post('bk-sport', 'Awaiting the rules in sport.');
    await decided('bk-politics', 'Held in politics, one.', 'flagged');
    await decided('bk-politics', 'Held in politics, two.', 'flagged');
    await post('bk-none', 'Awaiting the rules, no section.');
    expect((await h.http(`/v1/comments/${reported.id}/reports`, { method: 'POST', token: author(), json: { reason: 'spam' } })).status).toBe(201);
    const notice = await h.http('/v1/notices', {
      method: 'POST',
      json: { name: 'Dana Jurist', email: 'dana@lawfirm.example', illegalContentType: 'defamation', explanation: 'It says false things about a named person.', locations: [reported.id], goodFaith: true },
    });
    expect(notice.status).toBeLessThan(300);
    const total = { pending: 2, flagged: 3, reported: 1, notices: 1, appeals: 0 };
    const articles = [
      { articleId: 'bk-none', pending: 1, flagged: 0, reported: 0, notices: 0, appeals: 0 },
      { articleId: 'bk-politics', pending: 0, flagged: 2, reported: 0, notices: 0, appeals: 0 },
      { articleId: 'bk-sport', pending: 1, flagged: 1, reported: 1, notices: 1, appeals: 0 },
    ];
    // the queues now, as the live figures count them
    await eventually('the reported comment in the reported queue', async () => (await analytics(`from=${dayOf(new Date())}&to=${dayOf(new Date())}`)).backlog.reported === 1);
    const ready = new Date();
    const live = await analytics(`from=${dayOf(ready)}&to=${dayOf(ready)}`);
    expect(live.backlog).toMatchObject(total);

    // a snapshot taken after that, by the app, holds the same numbers
    const snap = await eventually('a snapshot of the queues as they are now', async () => (await snapshots().find({ at: { $gt: ready } }).sort({ at: 1 }).limit(1).toArray())[0]);
    expect(snap.total).toEqual(total);
    expect(snap.articles).toEqual(articles);
    // the slot's start is its id; the snapshot was taken in that slot; it expires after the retention (760 days by default)
    const slot = Date.parse(snap._id as unknown as string);
    expect(slot % SNAPSHOT_MS).toBe(0);
    expect(snap.at.getTime() - slot).toBeGreaterThanOrEqual(0);
    expect(snap.at.getTime() - slot).toBeLessThan(SNAPSHOT_MS);
    expect(snap.expiresAt.getTime() - snap.at.getTime()).toBe(760 * DAY_MS);
    // one snapshot per slot: the next slot gets a new one
    await eventually('the next slot\u2019s snapshot', async () => (await snapshots().countDocuments({ at: { $gte: new Date(slot + SNAPSHOT_MS) } })) > 0);
    expect(await snapshots().countDocuments({ _id: snap._id })).toBe(1);

    // the day under way reports the live queues as its backlog, in total and for a section
    const today = await analytics(`from=${dayOf(new Date())}&to=${dayOf(new Date())}`);
    expect(today.buckets[0].backlog).toEqual({ ...total, at: today.backlog.at });
    const sport = await analytics(`from=${dayOf(new Date())}&to=${dayOf(new Date())}&section=sport`);
    expect(sport.buckets[0].backlog).toEqual({ ...articles[2], articleId: undefined, at: sport.backlog.at });
    // a day that has not begun has none
    const tomorrow = dayOf(new Date(Date.now() + DAY_MS));
    const ahead = await analytics(`from=${dayOf(new Date())}&to=${tomorrow}`);
    expect(ahead.buckets.map((b: any) => b.backlog === null)).toEqual([false, true]);
  });

  it('reports, for a constructed history, the latest snapshot of each day and week, per section, in JSON and CSV', async () => {
    // Two weeks in the past: Monday 2026-11-02 to Sunday 2026-11-15.
    const far = new Date(Date.now() + 1000 * DAY_MS);
    const sizes = (pending: number, flagged: number, reported: number, notices: number, appeals: number) => ({ pending, flagged, reported, notices, appeals });
    // (per article; the scope of a query is the articles' sum: bk-sport is in section sport, bk-politics in politics)
    const of = (articleId: string, q: ReturnType<typeof sizes>) => ({ articleId, ...q });
    await snapshots().insertMany([
      // Monday: two snapshots, the later one counts
      { _id: '2026-11-02T10:00:00.000Z', at: new Date('2026-11-02T10:00:00.400Z'), total: sizes(5, 2, 1, 0, 1), articles: [of('bk-sport', sizes(3, 0, 1, 0, 0))], expiresAt: far },
      {
        _id: '2026-11-02T23:45:00.000Z', at: new Date('2026-11-02T23:45:00.700Z'), total: sizes(4, 3, 0, 1, 1),
        articles: [of('bk-gone', sizes(1, 0, 0, 0, 0)), of('bk-politics', sizes(2, 3, 0, 0, 0)), of('bk-sport', sizes(1, 0, 0, 1, 0))], expiresAt: far,
      },
      // Tuesday: none (the service was down); Wednesday: one at midnight exactly, nothing queued in sport
      { _id: '2026-11-04T00:00:00.000Z', at: new Date('2026-11-04T00:00:00.000Z'), total: sizes(7, 1, 2, 0, 0), articles: [of('bk-politics', sizes(7, 1, 2, 0, 0))], expiresAt: far },
      // the next week: too many articles had items queued to list them (only the total is known)
      { _id: '2026-11-09T12:00:00.000Z', at: new Date('2026-11-09T12:00:00.250Z'), total: sizes(0, 9, 0, 0, 2), articles: null, expiresAt: far },
    ] as any[]);

    const days = await analytics('from=2026-11-02&to=2026-11-04');
    expect(days.buckets.map((b: any) => b.backlog)).toEqual([
      { at: '2026-11-02T23:45:00.700Z', ...sizes(4, 3, 0, 1, 1) },
      null,
      { at: '2026-11-04T00:00:00.000Z', ...sizes(7, 1, 2, 0, 0) },
    ]);
    const sport = await analytics('from=2026-11-02&to=2026-11-04&section=sport');
    expect(sport.buckets.map((b: any) => b.backlog)).toEqual([
      { at: '2026-11-02T23:45:00.700Z', ...sizes(1, 0, 0, 1, 0) },
      null,
      // none of the section's articles in the snapshot: nothing of it was queued
      { at: '2026-11-04T00:00:00.000Z', ...sizes(0, 0, 0, 0, 0) },
    ]);
    const weeks = await analytics('from=2026-11-02&to=2026-11-15&granularity=week');
    expect(weeks.buckets.map((b: any) => [b.start.slice(0, 10), b.backlog])).toEqual([
      ['2026-11-02', { at: '2026-11-04T00:00:00.000Z', ...sizes(7, 1, 2, 0, 0) }],
      ['2026-11-09', { at: '2026-11-09T12:00:00.250Z', ...sizes(0, 9, 0, 0, 2) }],
    ]);
    const politicsWeeks = await analytics('from=2026-11-02&to=2026-11-15&granularity=week&section=politics');
    // the second week's snapshot has no per-article list: unknown for a section
    expect(politicsWeeks.buckets.map((b: any) => b.backlog)).toEqual([{ at: '2026-11-04T00:00:00.000Z', ...sizes(7, 1, 2, 0, 0) }, null]);

    const csv: string = await analytics('from=2026-11-02&to=2026-11-04&format=csv');
    const lines = csv.split('\r\n').filter((l) => l.includes(',backlog.'));
    const mon = 'day,2026-11-02T00:00:00.000Z,2026-11-03T00:00:00.000Z';
    const tue = 'day,2026-11-03T00:00:00.000Z,2026-11-04T00:00:00.000Z';
    expect(lines.filter((l) => l.startsWith(mon))).toEqual([`${mon},backlog.pending,,4`, `${mon},backlog.flagged,,3`, `${mon},backlog.reported,,0`, `${mon},backlog.notices,,1`, `${mon},backlog.appeals,,1`]);
    // no snapshot: the value is empty
    expect(lines.filter((l) => l.startsWith(tue))).toEqual(['pending', 'flagged', 'reported', 'notices', 'appeals'].map((k) => `${tue},backlog.${k},,`));
    // the queues now are still the last rows
    expect(lines.filter((l) => l.startsWith('now,'))).toHaveLength(5);
  });
});
