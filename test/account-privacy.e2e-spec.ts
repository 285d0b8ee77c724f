import fs from 'node:fs';
import mongoose from 'mongoose';
import { Kafka, logLevel } from 'kafkajs';
import { RunningApp, startSystem } from './support/app-processes';
import { placementOf, waitUntilConsumed } from './support/consumer-progress';
import { adminToken, apiClient, moderatorToken, observeTopics, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * GDPR self-service across the three apps on the real Kafka and database: a reader exports their
 * data (comments with revisions, reactions, reports, mutes; notifications and settings from
 * notifications), requests the erasure of their account and may cancel it; after the grace
 * period one of two comments-api replicas orders it (parley.user.erased.v1, once) and every app
 * erases its part: the reader's comments are gone while replies by others stay under a
 * placeholder, the worker's decision log loses the text, notifications loses the settings and
 * feed, the audit trail keeps the fact without the content. Admins can do both for a user.
 */
describe('account privacy: export and erasure', () => {
  const namespace = uniqueNamespace('privacy');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let notifications: ReturnType<typeof apiClient>;
  let events: Awaited<ReturnType<typeof observeTopics>>;
  let mongo: mongoose.Connection;
  let replica: RunningApp;
  const article = 'privacy-article';
  const admin = adminToken();
  const moderator = moderatorToken();
  const alice = { id: 'alice-gdpr', token: tokenFor('alice-gdpr', ['commenter'], 'Alice Privacy') };
  const bob = { id: 'bob-gdpr', token: tokenFor('bob-gdpr', ['commenter'], 'Bob') };
  const carol = { id: 'carol-gdpr', token: tokenFor('carol-gdpr', ['commenter'], 'Carol') };
  const dave = { id: 'dave-gdpr', token: tokenFor('dave-gdpr', ['commenter'], 'Dave') };
  const erin = { id: 'erin-gdpr', token: tokenFor('erin-gdpr', ['commenter'], 'Erin') };
  const frank = { id: 'frank-gdpr', token: tokenFor('frank-gdpr', ['commenter'], 'Frank') };

  beforeAll(async () => {
    system = await startSystem({
      namespace,
      // A grace period short enough to wait for, long enough to cancel within.
      extraEnv: { 'comments-api': { ACCOUNT_ERASURE_GRACE_SECONDS: '20', ACCOUNT_ERASURE_POLL_MS: '200', RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '0' } },
    });
    // A second replica: both run the erasure executor against the same requests.
    replica = await system.startReplica('comments-api');
    api = apiClient(system.api.url);
    notifications = apiClient(system.notifications.url);
    events = await observeTopics(system, `${namespace}-observer`, ['parley.users.v1', 'parley.comments.v1']);
    mongo = await mongoose.createConnection(testInfrastructure().mongoUri, { serverSelectionTimeoutMS: 5000 }).asPromise();
    await putArticle(api, article, { premoderation: false });
  }, 240_000);

  afterAll(async () => {
    await events?.stop();
    await mongo?.close();
    await system?.stop();
    if (process.env.PRIVACY_LOGS) fs.cpSync(system.logDir, process.env.PRIVACY_LOGS, { recursive: true });
  }, 120_000);

  /** A comment visible to readers (approved by the rules, or by a moderator when they held it). */
  async function published(token: string, body: string, parentId?: string): Promise<{ id: string; revision: number }> {
    const c = await postAndSettle(api, article, token, body, parentId);
    if (c.status !== 'approved') {
      const r = await api.post(`/v1/moderation/comments/${c.id}/decisions`, admin, { action: 'approve', revision: c.revision });
      expect(r.status).toBe(200);
    }
    await eventually(`comment ${c.id} published`, async () => (await api.get(`/v1/comments/${c.id}`)).status === 200);
    return { id: c.id, revision: c.revision };
  }

  function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, type: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.type).toBe(`https://parley.dev/problems/${type}`);
    return res.body;
  }

  let aliceTop: { id: string };
  let aliceAlone: { id: string };
  let bobReply: { id: string };
  let bobTop: { id: string };
  let carolTop: { id: string };
  let daveComment: { id: string };

  it('exports everything held about the reader, in comments-api and in notifications', async () => {
    aliceTop = await published(alice.token, 'First words from Alice about the article.');
    const edited = await api.call('PATCH', `/v1/comments/${aliceTop.id}`, alice.token, { body: 'Second, edited words from Alice about the article.' });
    expect(edited.status).toBe(200);
    await eventually('edit moderated', async () => {
      const c = (await api.get(`/v1/moderation/comments/${aliceTop.id}`, moderator)).body.comment;
      if (c.status === 'approved') return true;
      if (c.status !== 'pending') expect((await api.post(`/v1/moderation/comments/${aliceTop.id}/decisions`, admin, { action: 'approve', revision: c.revision })).status).toBe(200);
      return false;
    });
    aliceAlone = await published(alice.token, 'Alice says something nobody answers.');
    bobReply = await published(bob.token, 'Bob answers Alice politely.', aliceTop.id);
    bobTop = await published(bob.token, 'Bob has his own view of the article.');
    carolTop = await published(carol.token, 'Carol writes a comment Alice reports.');
    expect((await api.put(`/v1/comments/${bobTop.id}/reaction`, alice.token)).status).toBe(200);
    expect((await api.post(`/v1/comments/${carolTop.id}/reports`, alice.token, { reason: 'spam', text: 'Looks like spam to Alice' })).status).toBeLessThan(300);
    const bobPublicId = (await api.get(`/v1/comments/${bobTop.id}`)).body.authorId;
    expect((await api.put(`/v1/me/muted-authors/${bobPublicId}`, alice.token, { authorName: 'Bob' })).status).toBe(200);
    expect((await notifications.put('/v1/me/notification-settings', alice.token, { language: 'de', preferences: { commentStatus: 'off' } })).status).toBe(200);

    const mine = await api.get('/v1/me/export', alice.token);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; filename="parley-export-alice-gdpr-/);
    expect(mine.body).toMatchObject({ format: 'parley.account-export.v1', userId: alice.id, otherParts: { notifications: '/v1/me/notifications/export' }, erasure: null });
    const top = mine.body.comments.find((c: any) => c.id === aliceTop.id);
    expect(top.revisions.map((r: any) => [r.revision, r.body])).toEqual([
      [1, 'First words from Alice about the article.'],
      [2, 'Second, edited words from Alice about the article.'],
    ]);
    expect(mine.body.comments.map((c: any) => c.id).sort()).toEqual([aliceTop.id, aliceAlone.id].sort());
    expect(mine.body.reactions).toEqual([expect.objectContaining({ commentId: bobTop.id })]);
    expect(mine.body.reports).toEqual([expect.objectContaining({ commentId: carolTop.id, reason: 'spam', text: 'Looks like spam to Alice' })]);
    expect(mine.body.mutedAuthors).toEqual([expect.objectContaining({ authorId: bobPublicId, authorName: 'Bob' })]);
    // nothing of anybody else's
    expect(JSON.stringify(mine.body)).not.toContain('Bob answers Alice');

    // notifications' part: settings and the reply notification (Bob answered Alice)
    const part = await eventually('reply notification in the export', async () => {
      const r = await notifications.get('/v1/me/notifications/export', alice.token);
      expect(r.status).toBe(200);
      return r.body.notifications.some((n: any) => n.data?.commentId === bobReply.id) ? r.body : undefined;
    });
    expect(part).toMatchObject({ format: 'parley.notifications-export.v1', userId: alice.id, settings: { language: 'de', preferences: { commentStatus: 'off' } } });
    // the same part through comments-api's address is the gateway's business; admins get both
    const byAdmin = await api.get(`/v1/admin/users/${alice.id}/export`, admin);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.comments).toHaveLength(2);
    expect(byAdmin.body.otherParts.notifications).toBe(`/v1/admin/notification-data/${alice.id}`);
    const partByAdmin = await notifications.get(`/v1/admin/notification-data/${alice.id}`, admin);
    expect(partByAdmin.status).toBe(200);
    expect(partByAdmin.body.settings.language).toBe('de');
  }, 300_000);

  it('refuses other users and bad input with problem+json', async () => {
    // another reader's export is their own, and the admin routes are for admins only
    const bobs = await api.get('/v1/me/export', bob.token);
    expect(bobs.body.userId).toBe(bob.id);
    expect(bobs.body.comments.map((c: any) => c.id)).not.toContain(aliceTop.id);
    expectProblem(await api.get(`/v1/admin/users/${alice.id}/export`, bob.token), 403, 'forbidden-role');
    expectProblem(await api.get(`/v1/admin/users/${alice.id}/export`, moderator), 403, 'forbidden-role');
    expectProblem(await api.post(`/v1/admin/users/${alice.id}/erasure`, bob.token), 403, 'forbidden-role');
    expectProblem(await api.del(`/v1/admin/users/${alice.id}/erasure`, moderator), 403, 'forbidden-role');
    expectProblem(await notifications.get(`/v1/admin/notification-data/${alice.id}`, bob.token), 403, 'forbidden-role');
    expectProblem(await api.get('/v1/me/export'), 401, 'unauthorized');
    expectProblem(await api.post('/v1/me/erasure'), 401, 'unauthorized');
    expectProblem(await notifications.get('/v1/me/notifications/export'), 401, 'unauthorized');
    const bad = expectProblem(await api.post('/v1/admin/users/not%20a%20user/erasure', admin), 400, 'invalid-user-id');
    expect(bad.errors[0].field).toBe('userId');
    expectProblem(await api.get(`/v1/admin/users/${'x'.repeat(201)}/export`, admin), 400, 'invalid-user-id');
    expectProblem(await notifications.get('/v1/admin/notification-data/not%20a%20user', admin), 400, 'invalid-user-id');
    expectProblem(await api.get('/v1/me/erasure', bob.token), 404, 'no-erasure-request');
    expectProblem(await api.del('/v1/me/erasure', bob.token), 404, 'no-erasure-request');
  });

  it('lets a reader and an admin cancel a scheduled erasure', async () => {
    daveComment = await published(dave.token, 'Dave changes his mind about leaving.');
    const asked = await api.post('/v1/me/erasure', dave.token);
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ userId: dave.id, status: 'scheduled', requestedBy: 'self', cancelledAt: null });
    expect(new Date(asked.body.executeAfter).getTime() - new Date(asked.body.requestedAt).getTime()).toBe(20_000);
    // asking again returns the scheduled request unchanged
    expect((await api.post('/v1/me/erasure', dave.token)).body.executeAfter).toBe(asked.body.executeAfter);
    const cancelled = await api.del('/v1/me/erasure', dave.token);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await api.del('/v1/me/erasure', dave.token)).body.status).toBe('cancelled');

    const byAdmin = await api.post(`/v1/admin/users/${erin.id}/erasure`, admin);
    expect(byAdmin.status).toBe(202);
    expect(byAdmin.body).toMatchObject({ userId: erin.id, status: 'scheduled', requestedBy: 'admin' });
    expect((await api.get('/v1/me/erasure', erin.token)).body.status).toBe('scheduled');
    expect((await api.del(`/v1/admin/users/${erin.id}/erasure`, admin)).body.status).toBe('cancelled');
  });

  it('erases the account after the grace period in all three apps, once, keeping replies by others under a placeholder', async () => {
    // the worker's recent-decision histories hold Alice's decisions: her own and the same-text ones
    const histories = mongo.useDb(system.databases.moderation).collection('decision_history');
    await eventually('worker histories hold Alice', async () => (await histories.countDocuments({ _id: `a:${alice.id}` } as never)) === 1 && (await histories.countDocuments({ _id: /^t:/, 'items.authorId': alice.id } as never)) > 0, 120_000);
    await eventually('worker histories hold Bob', async () => (await histories.countDocuments({ _id: /^t:/, 'items.authorId': bob.id } as never)) > 0, 120_000);
    const asked = await api.post('/v1/me/erasure', alice.token);
    expect(asked.status).toBe(202);
    expect(asked.body.status).toBe('scheduled');
    const done = await eventually(
      'erasure carried out',
      async () => {
        const s = await api.get('/v1/me/erasure', alice.token);
        return s.body.status === 'erased' ? s.body : undefined;
      },
      180_000,
      250,
    );
    expect(new Date(done.erasedAt).getTime()).toBeGreaterThanOrEqual(new Date(asked.body.executeAfter).getTime());

    // one event, ordered by one of the two replicas, with ids and no content
    await eventually('the erasure event observed', async () => events.of('parley.user.erased.v1', (d) => d.userId === alice.id).length > 0);
    // (the outbox publishes at least once: a redelivery carries the same event id)
    const erased = events.of('parley.user.erased.v1', (d) => d.userId === alice.id);
    expect(new Set(erased.map((e) => e.headers.ce_id)).size).toBe(1);
    expect(erased[0]!.key).toBe(alice.id);
    const pseudonym = erased[0]!.data.pseudonym as string;
    expect(pseudonym).toMatch(/^erased-/);
    expect(Object.keys(erased[0]!.data).sort()).toEqual(['erasedAt', 'erasureId', 'pseudonym', 'requestedAt', 'requestedBy', 'userId']);

    // the commented-on comment stays as a placeholder with Bob's reply; the lone one is gone
    const placeholder = await api.get(`/v1/comments/${aliceTop.id}`);
    expect(placeholder.status).toBe(200);
    expect(placeholder.body).toMatchObject({ body: null, placeholder: true, status: 'deleted', authorName: 'Deleted account', replyCount: 1 });
    const replies = await api.get(`/v1/comments/${aliceTop.id}/replies`);
    expect(replies.body.items.map((c: any) => c.body)).toEqual(['Bob answers Alice politely.']);
    expect((await api.get(`/v1/comments/${aliceAlone.id}`)).status).toBe(404);
    const listing = await api.get(`/v1/articles/${article}/comments?limit=50`);
    const ids = listing.body.items.map((c: any) => c.id);
    expect(ids).toContain(aliceTop.id);
    expect(ids).not.toContain(aliceAlone.id);
    // erased for moderators too: no text, no revisions, no name, pseudonymised author
    const asModerator = (await api.get(`/v1/moderation/comments/${aliceTop.id}`, moderator)).body.comment;
    expect(asModerator).toMatchObject({ body: '', authorId: pseudonym, authorName: 'Deleted account' });
    const stored = await mongo.useDb(system.databases.comments).collection('comments').find({ authorId: { $in: [alice.id, pseudonym] } }).toArray();
    expect(stored).toHaveLength(2);
    for (const c of stored) expect(c).toMatchObject({ authorId: pseudonym, body: '', history: [], status: 'deleted' });
    expect(await mongo.useDb(system.databases.comments).collection('comments').countDocuments({ authorName: 'Alice Privacy' })).toBe(0);
    // the reaction is withdrawn, the report kept without reporter or text
    expect((await api.get(`/v1/comments/${bobTop.id}`)).body.reactionCount).toBe(0);
    const reports = await mongo.useDb(system.databases.comments).collection('reports').find({ commentId: carolTop.id }).toArray();
    expect(reports).toEqual([expect.objectContaining({ reporterId: pseudonym, text: null, reason: 'spam' })]);

    // the export now holds nothing but the fact of the erasure
    const after = await api.get('/v1/me/export', alice.token);
    expect(after.body).toMatchObject({ comments: [], reactions: [], reports: [], mutedAuthors: [], accountDecisions: [], erasure: { status: 'erased' } });

    // the audit trail keeps the facts under the pseudonym, without content
    const audit = await api.get(`/v1/moderation/audit?userId=${encodeURIComponent(pseudonym)}&limit=100`, admin);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: any) => e.action)).toEqual(expect.arrayContaining(['account.erasure-requested', 'account.erased']));
    for (const e of audit.body.items.filter((x: any) => x.action !== 'account.erased')) expect(e).toMatchObject({ before: null, after: null, note: null });
    expect((await api.get(`/v1/moderation/audit?userId=${alice.id}&limit=100`, admin)).body.items).toEqual([]);

    // moderation-worker: decisions kept under the pseudonym, texts erased
    const decisions = mongo.useDb(system.databases.moderation).collection('decisions');
    await eventually('worker erased its copies', async () => (await decisions.countDocuments({ authorId: alice.id })) === 0 && (await decisions.countDocuments({ authorId: pseudonym })) > 0, 120_000);
    expect(await decisions.countDocuments({ authorId: pseudonym, body: { $type: 'string' } })).toBe(0);
    // her history goes, and her items leave the same-text histories ($pull with a condition); others' stay
    await eventually('worker erased Alice from its histories', async () => (await histories.countDocuments({ _id: `a:${alice.id}` } as never)) === 0 && (await histories.countDocuments({ 'items.authorId': alice.id })) === 0, 120_000);
    expect(await histories.countDocuments({ 'items.authorId': pseudonym })).toBe(0);
    expect(await histories.countDocuments({ _id: /^t:/, 'items.authorId': bob.id } as never)).toBeGreaterThan(0);

    // notifications: settings and feed deleted
    const part = await eventually('notifications erased', async () => {
      const r = await notifications.get(`/v1/admin/notification-data/${alice.id}`, admin);
      return r.body.settings === null && r.body.notifications.length === 0 ? r.body : undefined;
    }, 120_000);
    expect(part.emails).toEqual([]);

    // too late to cancel or ask again
    expect(expectProblem(await api.del('/v1/me/erasure', alice.token), 409, 'account-erasure-under-way').erasureStatus).toBe('erased');
    expectProblem(await api.post('/v1/me/erasure', alice.token), 409, 'account-erasure-under-way');

    // Dave cancelled before: his request passed its grace period long ago (it was 20 s before
    // Alice's), and nothing happened to him
    expect((await api.get('/v1/me/erasure', dave.token)).body.status).toBe('cancelled');
    expect((await api.get(`/v1/comments/${daveComment.id}`)).body.body).toBe('Dave changes his mind about leaving.');
    expect(events.of('parley.user.erased.v1', (d) => d.userId === dave.id || d.userId === erin.id)).toEqual([]);
  }, 300_000);

  it('changes nothing when the erasure event is delivered again (every consumer is idempotent)', async () => {
    const [original] = events.of('parley.user.erased.v1', (d) => d.userId === alice.id);
    const comments = mongo.useDb(system.databases.comments);
    const snapshot = async () => ({
      comments: await comments.collection('comments').find({ authorId: original!.data.pseudonym }, { projection: { outbox: 0, updatedAt: 0, writeId: 0 } }).sort({ _id: 1 }).toArray(),
      erased: await comments.collection('moderation_audit').countDocuments({ action: 'account.erased', userId: original!.data.pseudonym }),
      request: await comments.collection('account_erasures').findOne({ _id: alice.id as never }, { projection: { outbox: 0 } }),
      deletedEvents: events.of('parley.comment.deleted.v1', (d) => d.authorId === original!.data.pseudonym).length,
      decisions: await mongo.useDb(system.databases.moderation).collection('decisions').find({ authorId: original!.data.pseudonym }).sort({ _id: 1 }).toArray(),
    });
    // compare settled states: the erasure's own events relayed first (the relay's bookkeeping
    // would otherwise change between the two snapshots on a loaded machine)
    await eventually('the erasure\'s events relayed', async () => (await comments.collection('comments').countDocuments({ authorId: original!.data.pseudonym, outboxPending: true })) === 0 && (await comments.collection('account_erasures').countDocuments({ _id: alice.id as never, outboxPending: true })) === 0);
    const before = await snapshot();
    expect(before.erased).toBe(1);

    const { kafkaBrokers } = testInfrastructure();
    const producer = new Kafka({ clientId: `${namespace}-redeliver`, brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    const topic = `${system.topicPrefix}${original!.topic}`;
    try {
      const sent = placementOf(topic, await producer.send({ topic, acks: -1, messages: [{ key: original!.key, value: JSON.stringify(original!.data), headers: original!.headers }] }));
      // each app's group committed past the repeated event: it was handled (not dead-lettered, not stuck)
      for (const group of ['comments-api.account-erasure', 'moderation-worker', 'notifications']) await waitUntilConsumed(kafkaBrokers, `${system.topicPrefix}${group}`, sent, 120_000);
    } finally {
      await producer.disconnect();
    }
    expect(await snapshot()).toEqual(before);
  }, 300_000);

  it('survives a restart: an erasure scheduled before every comments-api replica stopped is carried out by one started later', async () => {
    const c = await published(frank.token, 'Frank writes before leaving for good.');
    const asked = await api.post('/v1/me/erasure', frank.token);
    expect(asked.status).toBe(202);
    await Promise.all([system.api.stop(), replica.stop()]);
    // nothing ran it yet: the request waits in the database (its grace period is 20 s)
    const stored = await mongo.useDb(system.databases.comments).collection('account_erasures').findOne({ _id: frank.id as never });
    expect(stored).toMatchObject({ status: 'scheduled' });

    const fresh = apiClient((await system.startReplica('comments-api')).url);
    await eventually('erasure carried out after the restart', async () => (await fresh.get('/v1/me/erasure', frank.token)).body.status === 'erased', 180_000, 250);
    expect((await fresh.get(`/v1/comments/${c.id}`)).status).toBe(404);
    await eventually('the erasure event observed', async () => events.of('parley.user.erased.v1', (d) => d.userId === frank.id).length > 0);
    expect(new Set(events.of('parley.user.erased.v1', (d) => d.userId === frank.id).map((e) => e.headers.ce_id)).size).toBe(1);
  }, 300_000);
});
