import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { NotificationsHarness, openEventStream } from './support/notifications-harness';

const at = () => new Date().toISOString();

/**
 * The in-app feed end to end from Kafka events: items per event kind, unread count, paging,
 * mark read, the server-sent-events stream across two replicas, queue follows, dedupe of a
 * redelivered event and dead-lettering of a malformed one.
 */
describe('notifications: in-app feed and stream', () => {
  const h = new NotificationsHarness(uniqueNamespace('notif-feed'), { NOTIFY_SSE_POLL_MS: '200' });
  const alice = tokenFor('alice', ['commenter'], 'Alice');
  const bob = tokenFor('bob', ['commenter'], 'Bob');
  const mod = tokenFor('mod-1', ['commenter', 'moderator'], 'Mo');

  beforeAll(async () => {
    await h.start(2);
  }, 120_000);
  afterAll(() => h.stop());

  const feed = async (token: string, query = '', replica = 0) => (await h.api(`/v1/me/notifications${query}`, { token, replica })).json();

  it('notifies the author of each decision, with reasons and how to appeal when rejected, once per event id', async () => {
    const base = { revision: 1, articleId: 'art-1', authorId: 'alice', actor: 'system', automated: true, ruleSetVersion: 1, decidedAt: at() };
    const okId = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'c-ok', { ...base, commentId: 'c-ok', decision: 'approved', reasons: [] });
    const rejectedId = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'c-bad', {
      ...base,
      commentId: 'c-bad',
      decision: 'rejected',
      reasons: [{ ruleId: 'insults', category: 'harassment', message: 'Insults other readers', action: 'reject' }],
    });
    // The same Kafka message delivered again (same event id): no second item.
    await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'c-bad', { ...base, commentId: 'c-bad', decision: 'rejected', reasons: [] }, rejectedId);
    const body = await eventually('two items for alice', async () => {
      const b = await feed(alice);
      return b.items?.length >= 2 ? b : undefined;
    });
    // Every copy handled (the consumer group committed past them): still two items.
    await h.consumed(okId, rejectedId);
    const again = await feed(alice);
    expect(again.items).toHaveLength(2);
    expect(body.unread).toBe(2);
    const rejected = body.items.find((i: { kind: string }) => i.kind === 'comment.rejected');
    expect(rejected).toMatchObject({ title: 'Your comment was not published', read: false, data: { commentId: 'c-bad', reasons: ['Insults other readers'], appealUrl: 'http://127.0.0.1:3000/v1/comments/c-bad/appeals' } });
    expect(rejected.body).toContain('Insults other readers');
    expect(rejected.body).toMatch(/appeal/i);
    expect(body.items.find((i: { kind: string }) => i.kind === 'comment.approved')).toMatchObject({ data: { commentId: 'c-ok' } });
    // Another reader sees none of it.
    expect((await feed(tokenFor('bystander-feed'))).items).toEqual([]);
  });

  it('pages with a cursor and marks one and all items read; other users cannot touch them', async () => {
    for (let i = 0; i < 3; i++) {
      await h.publish('parley.comments.v1', 'parley.comment.featured.v1', `feat-${i}`, { commentId: `feat-${i}`, articleId: 'art-2', authorId: 'bob', featuredBy: 'mod-1', featuredAt: new Date(Date.now() + i * 1000).toISOString() });
    }
    await eventually('three items for bob', async () => (await feed(bob)).items.length === 3);
    const page1 = await feed(bob, '?limit=2');
    expect(page1.items.map((i: { data: { commentId: string } }) => i.data.commentId)).toEqual(['feat-2', 'feat-1']);
    const page2 = await feed(bob, `?limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((i: { data: { commentId: string } }) => i.data.commentId)).toEqual(['feat-0']);
    expect(page2.nextCursor).toBeNull();

    const bad = await h.api('/v1/me/notifications?limit=500', { token: bob });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await bad.json()).errors[0].field).toBe('limit');

    const id = page1.items[0].id;
    expect((await h.api(`/v1/me/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', token: alice })).status).toBe(404);
    const read = await h.api(`/v1/me/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', token: bob });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ read: true, unread: 2 });
    const all = await (await h.api('/v1/me/notifications/read-all', { method: 'POST', token: bob })).json();
    expect(all).toEqual({ marked: 2, unread: 0 });
    const after = await feed(bob);
    expect(after.unread).toBe(0);
    expect(after.items.every((i: { read: boolean }) => i.read)).toBe(true);
    expect((await h.api('/v1/me/notifications')).status).toBe(401);
  });

  it('streams new items to clients on both replicas, whichever replica stored them (header or access_token)', async () => {
    const carol = tokenFor('carol');
    const onA = openEventStream(`${h.replicas[0]!.url}/v1/me/notifications/stream`, { authorization: `Bearer ${carol}` });
    const onB = openEventStream(`${h.replicas[1]!.url}/v1/me/notifications/stream?access_token=${carol}`);
    await Promise.all([onA.ready, onB.ready]);
    expect([onA.status(), onB.status()]).toEqual([200, 200]);
    await eventually('ready events', async () => onA.events.some((e) => e.event === 'ready') && onB.events.some((e) => e.event === 'ready'));
    expect(JSON.parse(onA.events[0]!.data)).toEqual({ unread: 0 });

    // Several events on different partitions: each replica stores some, both streams get all.
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      await h.publish('parley.comments.v1', 'parley.comment.published.v1', `reply-${i}`, {
        commentId: `reply-${i}`, revision: 1, articleId: 'art-3', authorId: `replier-${i}`, authorName: `Replier ${i}`, parentId: 'carol-c', parentAuthorId: 'carol', excerpt: `Reply number ${i}`, publishedAt: at(),
      });
      ids.push(`reply-${i}`);
    }
    const got = (s: typeof onA) => s.events.filter((e) => e.event === 'notification').map((e) => JSON.parse(e.data).data.commentId).sort();
    await eventually('both streams to get the four replies', async () => got(onA).length >= 4 && got(onB).length >= 4, 20_000);
    // A later reply reaches both streams only after the polls that followed the first four: none of those repeated an item.
    await h.publish('parley.comments.v1', 'parley.comment.published.v1', 'reply-4', {
      commentId: 'reply-4', revision: 1, articleId: 'art-3', authorId: 'replier-4', authorName: 'Replier 4', parentId: 'carol-c', parentAuthorId: 'carol', excerpt: 'Reply number 4', publishedAt: at(),
    });
    ids.push('reply-4');
    await eventually('both streams to get the later reply', async () => got(onA).includes('reply-4') && got(onB).includes('reply-4'), 20_000);
    expect(got(onA)).toEqual(ids);
    expect(got(onB)).toEqual(ids);
    const first = onA.events.find((e) => e.event === 'notification')!;
    expect(JSON.parse(first.data)).toMatchObject({ kind: 'comment.reply', title: expect.stringMatching(/^Replier \d replied to your comment$/), read: false });
    expect(first.id).toMatch(/^\d+$/);
    onA.close();
    onB.close();

    // The replier's own top-level comment, and a self-reply, notify nobody.
    const selfReply = await h.publish('parley.comments.v1', 'parley.comment.published.v1', 'self', { commentId: 'self', revision: 1, articleId: 'art-3', authorId: 'carol', authorName: 'Carol', parentId: 'carol-c', parentAuthorId: 'carol', excerpt: 'me', publishedAt: at() });
    const topLevel = await h.publish('parley.comments.v1', 'parley.comment.published.v1', 'carol-top', { commentId: 'carol-top', revision: 1, articleId: 'art-3', authorId: 'carol', authorName: 'Carol', parentId: null, parentAuthorId: null, excerpt: 'mine', publishedAt: at() });
    await h.consumed(selfReply, topLevel);
    expect((await feed(carol)).items.map((i: { data: { commentId: string } }) => i.data.commentId).sort()).toEqual(ids);

    const noToken = await fetch(`${h.url}/v1/me/notifications/stream`);
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${h.url}/v1/me/notifications/stream?access_token=forged`)).status).toBe(401);
  });

  it('tells moderators who follow a queue about new items; only moderators may follow', async () => {
    const refused = await h.api('/v1/me/notification-settings', { method: 'PUT', token: bob, body: JSON.stringify({ followedQueues: ['reported'] }) });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ field: 'followedQueues' }] });
    const ok = await h.api('/v1/me/notification-settings', { method: 'PUT', token: mod, body: JSON.stringify({ followedQueues: ['reported'] }) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ userId: 'mod-1', followedQueues: ['reported'], preferences: { moderationQueue: 'hourly', account: 'immediately' } });
    const followed = await h.publish('parley.moderation-cases.v1', 'parley.queue.item-added.v1', 'c-q1', { queue: 'reported', commentId: 'c-q1', articleId: 'art-4', reason: '3 reports: spam', addedAt: at() });
    const other = await h.publish('parley.moderation-cases.v1', 'parley.queue.item-added.v1', 'c-q2', { queue: 'legal', commentId: 'c-q2', articleId: 'art-4', reason: 'legal notice', addedAt: at() });
    const items = await eventually('queue item for the moderator', async () => {
      const b = await feed(mod);
      return b.items.length ? b.items : undefined;
    });
    // Both events handled (committed past): the unfollowed queue's item notified nobody.
    await h.consumed(followed, other);
    expect((await feed(mod)).items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'queue.item-added', title: 'New item in the reported queue', data: { commentId: 'c-q1', queue: 'reported' } });
  });

  it('sends a malformed event to the dead-letter topic and keeps consuming the partition', async () => {
    const key = 'same-key';
    await h.publishRaw('parley.comments.v1', key, '{not json', { ce_specversion: '1.0', ce_id: 'bad-1', ce_source: '/x', ce_type: 'parley.comment.featured.v1' });
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', key, { commentId: 'c-after', articleId: 'a', authorId: 'dave', featuredBy: 'm', featuredAt: at(), extra: 'not allowed' }, 'bad-2');
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', key, { commentId: 'c-after', articleId: 'a', authorId: 'dave', featuredBy: 'm', featuredAt: at() }, 'good-3');
    const dave = tokenFor('dave');
    await eventually('the valid event after two bad ones on the same partition', async () => (await feed(dave)).items.length === 1);
    const dlq = await h.readTopic('notifications.dlq', (m) => m.length >= 2);
    const errors = Object.fromEntries(dlq.map((m) => [m.headers.ce_id, m.headers.dlq_error]));
    expect(errors['bad-1']).toMatch(/not JSON/);
    expect(errors['bad-2']).toMatch(/additional properties/);
    expect(dlq.map((m) => m.key)).toEqual([key, key]);
  });
});
