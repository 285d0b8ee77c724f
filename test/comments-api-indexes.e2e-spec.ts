import { Types } from 'mongoose';
import { mongoAfter, mongoSort } from '../apps/comments-api/src/common/cursor';
import { ThreadListings } from '../apps/comments-api/src/comments/thread-listings';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';

/** The indexes of site-scoped listings and queues (several sites in one deployment), by collection. */
const SITE_INDEXES: Array<[string, string]> = [
  ['comments', 'mod_site_status__scalar'],
  ['comments', 'mod_site_reported__scalar'],
  ['comments', 'mod_site_all__scalar'],
  ['articles', 'articles_site_section__scalar'],
  ['moderation_audit', 'audit_site__scalar'],
  ['moderation_appeals', 'appeals_site_status__scalar'],
  ['moderation_appeals', 'appeals_site_all__scalar'],
  ['moderation_notices', 'notices_site_all__scalar'],
];

/** Every stage of a MongoDB query plan, flattened. */
function stages(plan: any): Array<{ stage: string; indexName?: string }> {
  if (!plan || typeof plan !== 'object') return [];
  const own = plan.stage ? [{ stage: plan.stage, indexName: plan.indexName }] : [];
  return [...own, ...['inputStage', 'queryPlan'].flatMap((k) => stages(plan[k])), ...(plan.inputStages ?? []).flatMap(stages)];
}

/**
 * The indexes comments-api creates and the plans of the queries it runs, on the real
 * database. MongoDB reports index scans (IXSCAN) in its winning plan. Our FerretDB build (SQLite
 * backend) reports `filterPushdown`, `sortPushdown` and `limitPushdown` and SQLite's own plan:
 * queries on the fields of a scalar index (name ending in `__scalar`) are answered by SQLite
 * from that index, with the sort and the limit (dev-database/ferretdb/fixes/04-scalar-index-pushdown).
 */
describe('comments-api indexes and query plans', () => {
  let h: CommentsApiHarness;
  let ferret = false;
  const id = new Types.ObjectId();

  beforeAll(async () => {
    h = await startCommentsApi(uniqueNamespace('capi-idx'), { RATE_LIMIT_ENABLED: 'false' });
    // Seed one document per collection so every collection and its indexes exist.
    const res = await h.http('/v1/articles/idx-article/comments', { method: 'POST', token: undefined });
    expect(res.status).toBe(401);
    await h.db.collection('comments').insertOne({ _id: id, articleId: 'idx-article', parentId: null, listed: true, authorId: 'u', status: 'approved', reactionCount: 0, outboxPending: false });
    const info = await h.db.db!.admin().command({ buildInfo: 1 });
    ferret = typeof info.ferretdbVersion === 'string';
    // mongoose creates the indexes in the background after start-up
    for (const [collection, name] of [['comments', 'mod_all__scalar'], ['comments', 'thread_by_reactions__scalar'], ['moderation_notices', 'notices_status__scalar'], ...SITE_INDEXES]) {
      await eventually(`index ${name} on ${collection}`, async () => (await h.db.collection(collection).indexes().catch(() => [])).some((x) => x.name === name));
    }
  }, 120_000);
  afterAll(() => h?.stop());

  const explain = async (collection: string, filter: Record<string, unknown>, sort?: Record<string, 1 | -1>, limit?: number) => {
    let cursor = h.db.collection(collection).find(filter);
    if (sort) cursor = cursor.sort(sort);
    if (limit) cursor = cursor.limit(limit);
    return cursor.explain('queryPlanner') as Promise<any>;
  };

  it('creates the listing, author and outbox indexes on comments', async () => {
    const names = await eventually('the comments indexes', async () => {
      const list = (await h.db.collection('comments').indexes()).map((x) => x.name!);
      return list.includes('thread_by_reactions__scalar') ? list : undefined;
    });
    expect(names).toEqual(
      expect.arrayContaining(['_id_', 'thread_by_id__scalar', 'thread_by_reactions__scalar', 'author_article__scalar', 'author__scalar', 'outbox_pending__scalar', 'mod_status__scalar', 'mod_status_article__scalar', 'mod_status_author__scalar', 'mod_reported__scalar', 'mod_all__scalar']),
    );
  });

  const pointLookups: Array<[string, Record<string, unknown>]> = [
    ['comments', { _id: id }],
    ['articles', { _id: 'idx-article' }],
    ['user_restrictions', { _id: 'some-user' }],
    ['reactions', { _id: `${id.toHexString()}:some-user` }],
    ['reports', { _id: `${id.toHexString()}:some-user` }],
  ];

  it.each(pointLookups)('looks %s up by primary key', async (collection, filter) => {
    const e = await explain(collection, filter);
    if (ferret) {
      expect(e.filterPushdown).toBe(true);
    } else {
      const s = stages(e.queryPlanner.winningPlan).map((x) => x.stage);
      expect(s.some((x) => x === 'IDHACK' || x === 'EXPRESS_IXSCAN' || x === 'IXSCAN')).toBe(true);
      expect(s).not.toContain('COLLSCAN');
    }
  });

  const listingQueries: Array<[string, string, Record<string, unknown>, Record<string, 1 | -1> | undefined, string]> = [
    // unsorted: either thread index serves the equality prefix
    ['thread snapshot (top level)', 'comments', ThreadListings.filter('idx-article', null), undefined, 'thread_by_id__scalar|thread_by_reactions__scalar'],
    ['replies snapshot', 'comments', ThreadListings.filter('idx-article', id.toHexString()), undefined, 'thread_by_id__scalar|thread_by_reactions__scalar'],
    ['page newest after a cursor', 'comments', { ...ThreadListings.filter('idx-article', null), ...mongoAfter('newest', { id: id.toHexString(), reactions: 0 }) }, mongoSort('newest'), 'thread_by_id__scalar'],
    ['page oldest', 'comments', ThreadListings.filter('idx-article', null), mongoSort('oldest'), 'thread_by_id__scalar'],
    ['page most reacted', 'comments', ThreadListings.filter('idx-article', null), mongoSort('most_reacted'), 'thread_by_reactions__scalar'],
    ['my comments on an article', 'comments', { authorId: 'u', articleId: 'idx-article', status: { $ne: 'deleted' } }, { _id: -1 }, 'author_article__scalar'],
    ['my comments', 'comments', { authorId: 'u', status: { $ne: 'deleted' } }, { _id: -1 }, 'author__scalar'],
    ['outbox relay', 'comments', { outboxPending: true }, undefined, 'outbox_pending__scalar'],
    // moderation queues (QueuesService.list): one status, newest or oldest first, narrowed by article, author or dates
    ['flagged queue, newest first', 'comments', { status: 'flagged' }, { _id: -1 }, 'mod_status__scalar'],
    ['pending queue after a cursor, oldest first', 'comments', { status: 'pending', _id: { $gt: id } }, { _id: 1 }, 'mod_status__scalar'],
    ['flagged queue of one article', 'comments', { status: 'flagged', articleId: 'idx-article' }, { _id: -1 }, 'mod_status_article__scalar'],
    ['rejected queue of one author in a date range', 'comments', { status: 'rejected', authorId: 'u', _id: { $gte: id, $lt: new Types.ObjectId() } }, { _id: -1 }, 'mod_status_author__scalar'],
    ['reported queue', 'comments', { modReportsOpen: true, status: 'approved' }, { _id: -1 }, 'mod_reported__scalar'],
    ['all comments, newest first', 'comments', {}, { _id: -1 }, 'mod_all__scalar|_id_'],
    // the featured tab (CurationService.featured): one article's approved featured comments, most recently featured first
    ['featured tab after a cursor', 'comments', { articleId: 'idx-article', featured: true, status: 'approved', $or: [{ featuredAt: { $lt: new Date() } }, { featuredAt: new Date(), _id: { $lt: id } }] }, { featuredAt: -1, _id: -1 }, 'featured__scalar'],
    ['featured tab', 'comments', { articleId: 'idx-article', featured: true, status: 'approved' }, { featuredAt: -1, _id: -1 }, 'featured__scalar'],
    ['open notices', 'moderation_notices', { status: 'open' }, { _id: 1 }, 'notices_status__scalar'],
  ];

  /** A page of the query (limit 21) is planned on the index: filter, sort and limit pushed down, no sort of its own. */
  async function expectPlannedOnIndex(collection: string, filter: Record<string, unknown>, sort: Record<string, 1 | -1> | undefined, index: string) {
    const e = await explain(collection, filter, sort, 21);
    if (ferret) {
      const plan = e.queryPlanner.Plan.join(' ; ');
      expect([e.filterPushdown || Object.keys(filter).length === 0, e.sortPushdown || !sort, e.limitPushdown]).toEqual([true, true, true]);
      expect(plan).toMatch(new RegExp(`(SEARCH|SCAN) \\S+ USING INDEX \\S+_(${index})( |$)`));
      expect(plan).not.toMatch(/TEMP B-TREE/);
    } else {
      const s = stages(e.queryPlanner.winningPlan);
      expect(s.map((x) => x.stage)).not.toContain('COLLSCAN');
      expect(s.find((x) => x.stage === 'IXSCAN')?.indexName).toMatch(new RegExp(`^(${index})$`));
    }
  }

  it.each(listingQueries)('plans the %s query', (_name, collection, filter, sort, index) => expectPlannedOnIndex(collection, filter, sort, index));

  it('creates the indexes of site-scoped queues and listings, with their keys', async () => {
    const expected: Record<string, Record<string, number>> = {
      mod_site_status__scalar: { siteId: 1, status: 1, _id: 1 },
      mod_site_reported__scalar: { siteId: 1, modReportsOpen: 1, status: 1, _id: 1 },
      mod_site_all__scalar: { siteId: 1, _id: 1 },
      articles_site_section__scalar: { siteId: 1, section: 1 },
      audit_site__scalar: { siteId: 1, seq: 1 },
      appeals_site_status__scalar: { status: 1, _id: 1, articleId: 1 },
      appeals_site_all__scalar: { _id: 1, articleId: 1 },
      notices_site_all__scalar: { _id: 1, articleId: 1 },
    };
    for (const [collection, name] of SITE_INDEXES) {
      const index = (await h.db.collection(collection).indexes()).find((x) => x.name === name);
      expect({ collection, name, key: index?.key }).toEqual({ collection, name, key: expected[name] });
    }
  });

  // The queries of one site among several (SiteScope.filter: siteId of a non-default site; the
  // default site's documents carry none and are matched by siteId null).
  const siteQueries: Array<[string, string, Record<string, unknown>, Record<string, 1 | -1> | undefined, string]> = [
    ["site B's flagged queue, newest first", 'comments', { status: 'flagged', siteId: 'b' }, { _id: -1 }, 'mod_site_status__scalar'],
    ["site B's pending queue after a cursor, oldest first", 'comments', { status: 'pending', siteId: 'b', _id: { $gt: id } }, { _id: 1 }, 'mod_site_status__scalar'],
    ["site B's reported queue", 'comments', { modReportsOpen: true, status: 'approved', siteId: 'b' }, { _id: -1 }, 'mod_site_reported__scalar'],
    ["site B's comments, newest first", 'comments', { siteId: 'b' }, { _id: -1 }, 'mod_site_all__scalar'],
    ["site B's audit trail", 'moderation_audit', { siteId: 'b', seq: { $gt: '2026' } }, { seq: 1 }, 'audit_site__scalar'],
  ];

  it.each(siteQueries)('plans the %s query on its index', (_name, collection, filter, sort, index) => expectPlannedOnIndex(collection, filter, sort, index));

  it("looks up a site's articles of some sections on their index", async () => {
    const e = await explain('articles', { section: { $in: ['politics', 'sport'] }, siteId: 'b' });
    if (ferret) expect(e.queryPlanner.Plan.join(' ')).toMatch(/USING INDEX \S+_articles_site_section__scalar/);
    else expect(stages(e.queryPlanner.winningPlan).find((x) => x.stage === 'IXSCAN')?.indexName).toBe('articles_site_section__scalar');
  });

  it("reads the comments this replica's relay has to publish by primary key", async () => {
    const e = await explain('comments', { _id: { $in: [id, new Types.ObjectId()] }, outboxPending: true });
    if (ferret) expect(e.queryPlanner.Plan.join(' ')).toMatch(/USING INDEX \S+_(_id_|outbox_pending__scalar)/);
    else expect(stages(e.queryPlanner.winningPlan).map((x) => x.stage)).not.toContain('COLLSCAN');
  });

  it('looks up many articles by primary key for comment counts', async () => {
    const e = await explain('articles', { _id: { $in: ['a', 'b'] } });
    if (ferret) expect(e.queryPlanner.Plan.join(' ')).toMatch(/USING INDEX \S+__id_/);
    else expect(stages(e.queryPlanner.winningPlan).map((x) => x.stage)).not.toContain('COLLSCAN');
  });
});
