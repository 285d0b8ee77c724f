import { Admin, Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { ConsumerGroups } from '@parley/contracts';
import { RunningApp, startSystem } from './support/app-processes';
import { moderatorToken } from './support/moderation-harness';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { readTopics, TopicReader } from './support/topic-reader';

type Event = { id: string; type: string; key: string; data: any };

/** Every event on a topic from the beginning, as it arrives (a consumer of its own). */
async function recordTopic(kafka: Kafka, topic: string): Promise<{ events: Event[]; reader: TopicReader }> {
  const events: Event[] = [];
  const reader = await readTopics(kafka, {
    groupId: `recorder-${Math.random().toString(36).slice(2)}`,
    topics: [topic],
    eachMessage: async ({ message }) => {
      const h = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      events.push({ id: h.ce_id!, type: h.ce_type!, key: message.key!.toString(), data: JSON.parse(message.value!.toString()) });
    },
  });
  return { events, reader };
}

/** True when the group has committed every partition of the topic up to its end (it has handled everything published so far). */
async function caughtUp(admin: Admin, groupId: string, topic: string): Promise<boolean> {
  const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
  const at = new Map(committed[0]!.partitions.map((p) => [p.partition, Number(p.offset)]));
  return ends.every((e) => Number(e.offset) === 0 || (at.get(e.partition) ?? -1) >= Number(e.offset));
}

/**
 * comments-api scales out like the other apps: two comments-api replicas, two moderation
 * workers and notifications on one database and one Kafka, with the same comments driven from
 * both API replicas at once (moderator decisions, author edits, 50 readers toggling reactions,
 * reports, replies, a ban). Every counter ends exact, no update is lost, a decision on an old
 * revision never overwrites a newer one, and every comment is decided and notified once in
 * effect, counted comment by comment.
 */
describe('comments-api replicas: two APIs and two workers on one database', () => {
  const namespace = uniqueNamespace('capi-rep');
  const article = 'replicas-article';
  let system: Awaited<ReturnType<typeof startSystem>>;
  let apis: RunningApp[];
  let conn: mongoose.Connection;
  let kafka: Kafka;
  let admin: Admin;
  let commentEvents: Awaited<ReturnType<typeof recordTopic>>;
  let decisionEvents: Awaited<ReturnType<typeof recordTopic>>;
  const ada = moderatorToken('mod-ada', 'Ada');
  const ben = moderatorToken('mod-ben', 'Ben');

  let turn = 0;
  /** A request to one API replica: alternating, or the one given. */
  const call = async (method: string, path: string, token: string | undefined, json?: unknown, replica = turn++ % 2) => {
    const res = await fetch(`${apis[replica]!.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const comments = () => conn.useDb(system.databases.comments, { useCache: true }).collection('comments');
  const commentsDb = () => conn.useDb(system.databases.comments, { useCache: true });
  const moderationDb = () => conn.useDb(system.databases.moderation, { useCache: true });
  const notificationsDb = () => conn.useDb(system.databases.notifications, { useCache: true });
  const oid = (id: string) => new mongoose.Types.ObjectId(id);
  const doc = (id: string) => comments().findOne({ _id: oid(id) }) as Promise<any>;

  const post = async (author: string, body: string, parentId?: string) => {
    const res = await call('POST', `/v1/articles/${article}/comments`, tokenFor(author), { body, ...(parentId ? { parentId } : {}) });
    expect(res.status).toBe(202);
    return res.body.id as string;
  };
  const settled = (ids: string[], label: string, ok: (c: any) => boolean = (c) => c.status !== 'pending') =>
    eventually(
      label,
      async () => {
        const docs = await comments().find({ _id: { $in: ids.map(oid) } }).toArray();
        return docs.length === ids.length && docs.every(ok);
      },
      180_000,
      250,
    );

  beforeAll(async () => {
    system = await startSystem({
      namespace,
      extraEnv: { all: { KAFKA_TOPIC_PARTITIONS: '6' }, 'comments-api': { RATE_LIMIT_ENABLED: 'false' } },
    });
    apis = [system.api, await system.startReplica('comments-api')];
    await system.startReplica('moderation-worker');
    conn = await mongoose.createConnection(testInfrastructure().mongoUri, { serverSelectionTimeoutMS: 5000 }).asPromise();
    kafka = new Kafka({ clientId: `${namespace}-probe`, brokers: testInfrastructure().kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    commentEvents = await recordTopic(kafka, `${system.topicPrefix}parley.comments.v1`);
    decisionEvents = await recordTopic(kafka, `${system.topicPrefix}parley.moderation-decisions.v1`);
  }, 240_000);

  afterAll(async () => {
    await commentEvents?.reader.stop();
    await decisionEvents?.reader.stop();
    await admin?.disconnect();
    await conn?.close();
    await system?.stop();
  });

  it('keeps every counter exact and every decision in order when both replicas change the same comments at once', async () => {
    // Both replicas log what their database offers (and which fallbacks they use).
    for (const api of apis) {
      const log = await eventually('capabilities logged', async () => {
        const text = (await import('node:fs')).readFileSync(api.logFile, 'utf8');
        return text.includes('database detected') ? text : undefined;
      });
      expect(log).toMatch(/"transactions":(true|false)/);
    }

    // Ten approved comments to work on, and four by a user who gets banned.
    const base = await Promise.all(Array.from({ length: 10 }, (_, i) => post(`writer-${i}`, `A considered remark number ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][i]} about the budget.`)));
    const troll = `troll-${Date.now()}`;
    const trolls = await Promise.all(['alpha', 'beta', 'gamma', 'delta'].map((w) => post(troll, `My ${w} opinion on the council vote.`)));
    await settled([...base, ...trolls], 'the first comments approved', (c) => c.status === 'approved');
    const [react1, react2, parent1, parent2, reported, edit1, edit2, edit3, mod1, mod2] = base as [string, string, string, string, string, string, string, string, string, string];

    // All at once, spread over both replicas.
    const readers = Array.from({ length: 50 }, (_, i) => ({ id: `reader-${i}`, token: tokenFor(`reader-${i}`), endsReacted: i % 3 !== 0 }));
    const toggles = [react1, react2].flatMap((c) =>
      readers.map(async (r) => {
        const steps = r.endsReacted ? ['PUT', 'DELETE', 'PUT'] : ['PUT', 'DELETE'];
        for (const method of steps) expect((await call(method, `/v1/comments/${c}/reaction`, r.token)).status).toBe(200);
      }),
    );
    const replies: Promise<string>[] = [parent1, parent2].flatMap((p, n) =>
      Array.from({ length: 12 }, (_, i) => post(`replier-${i}`, `I agree with point ${'abcdefghijkl'[i]} of the ${n ? 'second' : 'first'} comment, well put.`, p)),
    );
    // A report that meets too many concurrent changes is answered 409 concurrent-change ("try
    // again"), and the reader's client tries again, as here.
    const report = async (i: number) => {
      for (let attempt = 1; ; attempt++) {
        const r = await call('POST', `/v1/comments/${reported}/reports`, tokenFor(`reporter-${i}`), { reason: 'other', text: 'off topic' });
        if (r.status !== 409 || r.body?.type !== 'https://parley.dev/problems/concurrent-change' || attempt === 5) return r;
      }
    };
    const reports = Array.from({ length: 20 }, (_, i) => report(i));
    // The author edits while a moderator takes down the revision they saw (revision 1): one of the two wins.
    const edits = [edit1, edit2, edit3].map((c, i) =>
      Promise.all([
        call('PATCH', `/v1/comments/${c}`, tokenFor(`writer-${5 + i}`), { body: `A considered remark, revised ${['once', 'twice', 'thrice'][i]}.` }, 0),
        call('POST', `/v1/moderation/comments/${c}/decisions`, ada, { action: 'reject', revision: 1, reason: 'off_topic' }, 1),
      ]),
    );
    // New comments edited by their authors on the other replica while the rules decide revision 1.
    const fresh = ['north', 'south', 'east'].map(async (w) => {
      const id = await post(`editor-${w}`, `The ${w} bridge should reopen soon.`);
      expect((await call('PATCH', `/v1/comments/${id}`, tokenFor(`editor-${w}`), { body: `The ${w} bridge should reopen next month.` })).status).toBe(200);
      return id;
    });
    // Two moderators remove the same comment at the same revision, one on each replica.
    const removals = [mod1, mod2].map((c) =>
      Promise.all([
        call('POST', `/v1/moderation/comments/${c}/decisions`, ada, { action: 'remove', revision: 1, reason: 'abusive' }, 0),
        call('POST', `/v1/moderation/comments/${c}/decisions`, ben, { action: 'remove', revision: 1, reason: 'abusive' }, 1),
      ]),
    );
    const ban = call('POST', `/v1/moderation/users/${troll}/actions`, ben, { kind: 'ban', reason: 'Repeated abuse', rejectComments: true, reasonCode: 'abusive' });
    const [, replyIds, reportAnswers, editAnswers, removalAnswers, banAnswer, freshIds] = await Promise.all([
      Promise.all(toggles),
      Promise.all(replies),
      Promise.all(reports),
      Promise.all(edits),
      Promise.all(removals),
      ban,
      Promise.all(fresh),
    ]);
    expect(banAnswer.status).toBe(201);

    // Wait for the effects: replies decided, edits decided, the ban swept, every outbox published.
    await settled(replyIds, 'replies decided');
    await settled([edit1, edit2, edit3], 'edits decided', (c) => (c.revision === 2 && c.status !== 'pending') || c.status === 'removed');
    await settled(freshIds, 'edited new comments decided', (c) => c.revision === 2 && c.status !== 'pending');
    await settled(trolls, 'ban swept', (c) => c.status === 'removed' || c.status === 'rejected');
    await eventually('every outbox published', async () => (await comments().countDocuments({ outboxPending: true })) === 0, 120_000, 250);

    // Reactions: exact, and equal to the stored reactions.
    const reactedAtEnd = readers.filter((r) => r.endsReacted).length;
    for (const c of [react1, react2]) {
      expect((await doc(c)).reactionCount).toBe(reactedAtEnd);
      expect(await commentsDb().collection('reactions').countDocuments({ commentId: c })).toBe(reactedAtEnd);
    }

    // Replies: each parent's reply count is its approved replies, and it is listed.
    for (const p of [parent1, parent2]) {
      const approved = await comments().countDocuments({ parentId: p, status: 'approved' });
      expect(approved).toBe(12);
      expect(await doc(p)).toMatchObject({ replyCount: approved, listed: true });
    }

    // Reports: every accepted report counted once, each event carrying its own running count.
    const accepted = reportAnswers.filter((r) => r.status === 201).length;
    expect(reportAnswers.filter((r) => r.status !== 201 && r.status !== 404)).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
    expect((await doc(reported)).reportCount).toBe(accepted);
    expect(await commentsDb().collection('reports').countDocuments({ commentId: reported })).toBe(accepted);
    const reportedEvents = await eventually('every report event published', async () => {
      const evs = commentEvents.events.filter((e) => e.type === 'parley.comment.reported.v1' && e.key === reported);
      return new Set(evs.map((e) => e.id)).size === accepted ? evs : undefined;
    });
    const counts = [...new Map(reportedEvents.map((e) => [e.id, e.data.reportCount as number])).values()].sort((a, b) => a - b);
    expect(counts).toEqual(Array.from({ length: accepted }, (_, i) => i + 1));

    // Edit against a moderator on the old revision: exactly one wins. When the edit won, the
    // newer revision's decision is the one in force; when the removal won, the edit was refused.
    const decisionOf = (c: string, revision: number) => moderationDb().collection('decisions').findOne({ _id: `${c}:${revision}` as any });
    for (const [i, c] of [edit1, edit2, edit3].entries()) {
      const [edit, decision] = editAnswers[i]!;
      expect([edit.status, decision.status].sort()).toEqual([200, 409]);
      if (decision.status === 200) {
        expect(edit.body.type).toMatch(/comment-not-editable$/);
        expect(await doc(c)).toMatchObject({ revision: 1, status: 'removed' });
      } else {
        expect(decision.body.type).toMatch(/stale-revision$/);
        const d = await decisionOf(c, 2);
        expect(await doc(c)).toMatchObject({ revision: 2, status: d!.decision, decisionEventId: d!.eventId });
      }
    }
    // An edit right after posting: whatever order the two automated decisions arrive in, revision 2's is in force.
    for (const c of freshIds) {
      const d = await decisionOf(c, 2);
      expect(await doc(c)).toMatchObject({ revision: 2, status: d!.decision, decisionEventId: d!.eventId });
    }

    // Two moderators at once: exactly one removal each, one event each.
    for (const [i, c] of [mod1, mod2].entries()) {
      expect(removalAnswers[i]!.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await doc(c)).status).toBe('removed');
      const removed = await eventually('removed event', async () => {
        const ids = new Set(commentEvents.events.filter((e) => e.type === 'parley.comment.removed.v1' && e.key === c).map((e) => e.id));
        return ids.size ? ids : undefined;
      });
      expect(removed.size).toBe(1);
    }

    // The article's comment count is its approved comments, whatever order the changes came in.
    const approvedOnArticle = await comments().countDocuments({ articleId: article, status: 'approved' });
    expect((await commentsDb().collection('articles').findOne({ _id: article as any }))!.commentCount).toBe(approvedOnArticle);

    // Decided once in effect, comment by comment: one automated decision event per revision, the
    // one in force on the comment when it was the rules'.
    const all = [...base, ...trolls, ...replyIds, ...freshIds];
    const finals = await comments().find({ _id: { $in: all.map(oid) } }).toArray();
    const reReviews = new Set((await moderationDb().collection('decisions').find({ trigger: 'reported' }).toArray()).map((d) => d.eventId as string));
    await eventually('every applied decision seen on the decisions topic', async () => finals.every((c) => !c.decisionEventId || decisionEvents.events.some((e) => e.id === c.decisionEventId)));
    for (const c of finals) {
      const id = c._id.toHexString();
      const automated = decisionEvents.events.filter((e) => e.key === id && e.data.automated && e.data.actor === 'system' && !reReviews.has(e.id));
      const byRevision = new Map<number, Set<string>>();
      for (const e of automated) byRevision.set(e.data.revision, (byRevision.get(e.data.revision) ?? new Set()).add(e.id));
      for (const [revision, ids] of byRevision) expect({ id, revision, decisions: ids.size }).toEqual({ id, revision, decisions: 1 });
      expect(byRevision.has(c.revision)).toBe(true);
    }

    // Notified once in effect, comment by comment: once notifications has handled every decision
    // event, each comment has one "approved" notice per approval event, and each reply one reply notice.
    const decisionsTopic = `${system.topicPrefix}parley.moderation-decisions.v1`;
    const commentsTopic = `${system.topicPrefix}parley.comments.v1`;
    const group = `${system.topicPrefix}${ConsumerGroups.Notifications}`;
    await eventually('notifications caught up', async () => (await caughtUp(admin, group, decisionsTopic)) && (await caughtUp(admin, group, commentsTopic)), 120_000, 250);
    const inApp = notificationsDb().collection('in_app_notifications');
    for (const c of finals) {
      const id = c._id.toHexString();
      const approvals = new Set(decisionEvents.events.filter((e) => e.key === id && e.data.decision === 'approved').map((e) => e.id));
      expect({ id, notified: await inApp.countDocuments({ 'data.commentId': id, kind: 'comment.approved' }) }).toEqual({ id, notified: approvals.size });
    }
    for (const id of replyIds) expect({ id, notified: await inApp.countDocuments({ 'data.commentId': id, kind: 'comment.reply' }) }).toEqual({ id, notified: 1 });
  }, 600_000);
});
