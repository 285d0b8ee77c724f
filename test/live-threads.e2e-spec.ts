import { Types } from 'mongoose';
import { RunningApp, startApp } from './support/app-processes';
import { appEnv, logDirFor } from './support/app-env';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { moderatorToken } from './support/moderation-harness';
import { openEventStream, SseEvent } from './support/notifications-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * Live threads across two comments-api replicas on the real Kafka and database: readers
 * connected to replica B see what happens through replica A (new comments and replies, edits,
 * removals, reaction counts), never a held or rejected comment, resume after a reconnect, share
 * one read per event on their replica, and meet the per-client and per-replica stream caps.
 * The test plays the moderation worker (publishes decisions on Kafka).
 */
describe('live threads (server-sent events) across replicas', () => {
  const namespace = uniqueNamespace('livethreads');
  let h: CommentsApiHarness;
  let b: RunningApp;
  const alice = tokenFor('alice-live', ['commenter'], 'Alice');
  const bob = tokenFor('bob-live', ['commenter'], 'Bob');
  const ada = moderatorToken('mod-ada-live', 'Ada');
  const streams: Array<{ close(): void }> = [];

  beforeAll(async () => {
    // Replica A (the harness): at most 4 streams in all. Replica B: at most 3 per client address.
    h = await startCommentsApi(namespace, { RATE_LIMIT_ENABLED: 'false', LIVE_THREAD_MAX_STREAMS: '4', LIVE_THREAD_REACTIONS_POLL_MS: '200', LIVE_THREAD_HEARTBEAT_MS: '500' });
    b = await startApp('comments-api', appEnv('comments-api', namespace, { RATE_LIMIT_ENABLED: 'false', LIVE_THREAD_MAX_STREAMS_PER_CLIENT: '3', LIVE_THREAD_REACTIONS_POLL_MS: '200', LIVE_THREAD_HEARTBEAT_MS: '500' }), logDirFor(namespace));
  }, 240_000);

  afterEach(() => {
    streams.splice(0).forEach((s) => s.close());
  });

  afterAll(async () => {
    await b?.stop();
    await h?.stop();
  });

  type Stream = ReturnType<typeof openEventStream>;
  const data = (e: SseEvent) => JSON.parse(e.data) as any;

  /** Opens a stream and waits for its `ready` event (from a replica whose broadcast consumer has joined). */
  async function open(baseUrl: string, article: string, headers: Record<string, string> = {}): Promise<Stream> {
    return eventually(`a listening stream of ${article}`, async () => {
      const s = openEventStream(`${baseUrl}/v1/articles/${article}/comments/stream`, headers);
      streams.push(s);
      const res = await s.ready;
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const ready = await eventually('ready', async () => s.events.find((e) => e.event === 'ready'), 20_000, 20);
      if (data(ready).listening) return s;
      s.close();
      return null;
    }, 90_000, 500);
  }

  const next = (s: Stream, what: string, match: (e: SseEvent) => boolean) => eventually(what, async () => s.events.find(match), 60_000, 50);
  const about = (event: string, id: string) => (e: SseEvent) => e.event === event && data(e).id === id;

  async function post(token: string, article: string, body: string, parentId?: string) {
    const res = await h.http(`/v1/articles/${article}/comments`, { method: 'POST', token, json: parentId ? { body, parentId } : { body } });
    expect(res.status).toBe(202);
    return (await res.json()) as { id: string; articleId: string; authorId: string };
  }
  async function statusOf(id: string): Promise<string> {
    const doc = await h.db.collection('comments').findOne({ _id: new Types.ObjectId(id) });
    return doc?.status as string;
  }

  it('a comment and a reply approved through replica A reach a reader on replica B, in the public shape', async () => {
    const s = await open(b.url, 'live-new');
    const c = await post(alice, 'live-new', 'First <b>live</b> comment & more');
    await h.decide(c, 'approved');
    const got = data(await next(s, 'the new comment on B', about('comment', c.id)));
    const listed = ((await (await h.http('/v1/articles/live-new/comments')).json()) as any).items[0];
    expect(got).toEqual(listed);
    expect(got.authorId).toMatch(/^a_/);
    expect(got).not.toHaveProperty('reasons');
    // the frame escapes <, > and & like the API's JSON
    const raw = s.events.find(about('comment', c.id))!.data;
    expect(raw).not.toMatch(/[<>&]/);

    const r = await post(bob, 'live-new', 'A reply', c.id);
    await h.decide(r, 'approved');
    expect(data(await next(s, 'the reply on B', about('comment', r.id)))).toMatchObject({ parentId: c.id, depth: 1, body: 'A reply' });
  });

  it('held and rejected comments never appear (a later approved comment is the marker)', async () => {
    const s = await open(b.url, 'live-held');
    const held = await post(alice, 'live-held', 'HELD-TEXT should stay private');
    const rejected = await post(alice, 'live-held', 'REJECTED-TEXT should stay private');
    await h.decide(held, 'flagged');
    await h.decide(rejected, 'rejected');
    await eventually('both decided', async () => (await statusOf(held.id)) === 'flagged' && (await statusOf(rejected.id)) === 'rejected');
    const marker = await post(bob, 'live-held', 'marker');
    await h.decide(marker, 'approved');
    await next(s, 'the marker', about('comment', marker.id));
    const all = s.events.map((e) => e.data).join('\n');
    expect(all).not.toContain(held.id);
    expect(all).not.toContain(rejected.id);
    expect(all).not.toMatch(/HELD-TEXT|REJECTED-TEXT/);
  });

  it('an edit hides the comment while it is moderated again, then sends the published edit', async () => {
    const s = await open(b.url, 'live-edit');
    const c = await post(alice, 'live-edit', 'Before the edit');
    await h.decide(c, 'approved');
    await next(s, 'the comment', about('comment', c.id));
    const res = await h.http(`/v1/comments/${c.id}`, { method: 'PATCH', token: alice, json: { body: 'After the edit' } });
    expect(res.status).toBe(200);
    expect(data(await next(s, 'the removal while re-moderated', about('removed', c.id)))).toEqual({ id: c.id, articleId: 'live-edit', parentId: null, placeholder: false });
    await h.decide(c, 'approved', { revision: 2 });
    const edited = data(await next(s, 'the published edit', about('edited', c.id)));
    expect(edited).toMatchObject({ body: 'After the edit', revision: 2 });
    expect(edited.editedAt).not.toBeNull();
  });

  it('removals by a moderator and deletions by the author are sent without content; a parent with replies stays as a placeholder', async () => {
    const s = await open(b.url, 'live-remove');
    const parent = await post(alice, 'live-remove', 'PARENT-TEXT');
    const lone = await post(bob, 'live-remove', 'LONE-TEXT');
    await h.decide(parent, 'approved');
    await h.decide(lone, 'approved');
    await next(s, 'the parent', about('comment', parent.id));
    const reply = await post(bob, 'live-remove', 'reply', parent.id);
    await h.decide(reply, 'approved');
    await next(s, 'the reply', about('comment', reply.id));
    await next(s, 'the lone comment', about('comment', lone.id));

    const removed = await h.http(`/v1/moderation/comments/${lone.id}/decisions`, { method: 'POST', token: ada, json: { action: 'remove', revision: 1, reason: 'abusive' } });
    expect(removed.status).toBeLessThan(300);
    expect(data(await next(s, 'the moderator removal', about('removed', lone.id)))).toEqual({ id: lone.id, articleId: 'live-remove', parentId: null, placeholder: false });

    expect((await h.http(`/v1/comments/${parent.id}`, { method: 'DELETE', token: alice })).status).toBe(204);
    const gone = s.events.find(about('removed', parent.id)) ?? (await next(s, 'the author deletion', about('removed', parent.id)));
    expect(data(gone)).toEqual({ id: parent.id, articleId: 'live-remove', parentId: null, placeholder: true });
    const removals = s.events.filter((e) => e.event === 'removed').map((e) => e.data).join('\n');
    expect(removals).not.toMatch(/PARENT-TEXT|LONE-TEXT/);
  });

  it('reaction counts changed through replica A reach readers on replica B', async () => {
    const c = await post(alice, 'live-react', 'React to me');
    await h.decide(c, 'approved');
    await eventually('approved', async () => (await statusOf(c.id)) === 'approved');
    const s = await open(b.url, 'live-react');
    // the replica's first pass records the counts; a reaction after it is a change
    await eventually('a reaction counted and streamed', async () => {
      await h.http(`/v1/comments/${c.id}/reaction`, { method: 'PUT', token: bob });
      return s.events.find((e) => e.event === 'reactions' && data(e).id === c.id && data(e).reactionCount === 1);
    }, 60_000, 500);
    await h.http(`/v1/comments/${c.id}/reaction`, { method: 'DELETE', token: bob });
    await next(s, 'the withdrawn reaction', (e) => e.event === 'reactions' && data(e).id === c.id && data(e).reactionCount === 0);
  });

  it('a reconnect with Last-Event-ID gets what changed meanwhile, on another replica', async () => {
    const first = await open(b.url, 'live-resume');
    const lastId = first.events.filter((e) => e.id).at(-1)!.id!;
    first.close();
    const c = await post(alice, 'live-resume', 'Posted while the reader was away');
    await h.decide(c, 'approved');
    await eventually('approved', async () => (await statusOf(c.id)) === 'approved');
    const again = await open(h.url, 'live-resume', { 'last-event-id': lastId });
    const ready = data(again.events.find((e) => e.event === 'ready')!);
    expect(ready).toMatchObject({ resumed: true });
    expect(again.events.findIndex(about('comment', c.id))).toBeGreaterThanOrEqual(0);
    expect(again.events.findIndex(about('comment', c.id))).toBeLessThan(again.events.findIndex((e) => e.event === 'ready'));
  });

  it('many readers of one article on a replica share one database read and one serialisation per event', async () => {
    const readers = [await open(b.url, 'live-fanout'), await open(b.url, 'live-fanout'), await open(b.url, 'live-fanout')];
    const metric = async (name: string) => {
      const text = await (await fetch(`${b.url}/metrics`)).text();
      return text
        .split('\n')
        .filter((l) => l.startsWith(name))
        .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
    };
    const before = { reads: await metric('parley_live_thread_comment_reads_total'), messages: await metric('parley_live_thread_messages_total'), writes: await metric('parley_live_thread_writes_total') };
    const c = await post(bob, 'live-fanout', 'For everyone');
    await h.decide(c, 'approved');
    for (const r of readers) await next(r, 'the comment on every reader', about('comment', c.id));
    const reads = (await metric('parley_live_thread_comment_reads_total')) - before.reads;
    const messages = (await metric('parley_live_thread_messages_total')) - before.messages;
    const writes = (await metric('parley_live_thread_writes_total')) - before.writes;
    expect(messages).toBeGreaterThanOrEqual(1);
    expect(reads).toBe(messages);
    expect(writes).toBe(3 * messages);
  });

  it('caps streams per client address and per replica: 429 problem+json with Retry-After beyond, slots freed on close', async () => {
    const openMany = (url: string, n: number) =>
      Promise.all(
        Array.from({ length: n }, async () => {
          const ctl = new AbortController();
          const res = await fetch(url, { signal: ctl.signal });
          const body = (res.status === 200 ? null : await res.json()) as any;
          return { status: res.status, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type') ?? '', body, close: () => ctl.abort() };
        }),
      );
    const ok = (xs: Array<{ status: number }>) => xs.filter((x) => x.status === 200).length;
    // the streams of the earlier tests are closed; wait until both replicas freed their slots
    for (const [url, n] of [[h.url, 4], [b.url, 3]] as const) {
      await eventually(`free slots on ${url}`, async () => {
        const probe = await openMany(`${url}/v1/articles/live-caps-probe/comments/stream`, n);
        probe.forEach((x) => x.close());
        return ok(probe) === n;
      });
    }
    const onB = await openMany(`${b.url}/v1/articles/live-caps/comments/stream`, 10);
    const onA = await openMany(`${h.url}/v1/articles/live-caps/comments/stream`, 10);
    try {
      expect(ok(onB)).toBe(3); // per client address
      expect(ok(onA)).toBe(4); // per replica
      const refused = [...onA, ...onB].filter((x) => x.status !== 200);
      expect(refused.every((x) => x.status === 429 && x.type.startsWith('application/problem+json') && Number(x.retryAfter) > 0 && x.body.type.endsWith('/too-many-streams'))).toBe(true);
    } finally {
      [...onA, ...onB].forEach((x) => x.close());
    }
    await eventually('the slots freed', async () => {
      const again = await openMany(`${b.url}/v1/articles/live-caps/comments/stream`, 3);
      again.forEach((x) => x.close());
      return ok(again) === 3;
    });
    const bad = await fetch(`${b.url}/v1/articles/${encodeURIComponent('-bad id')}/comments/stream`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].field).toBe('articleId');
  });

  it('sends heartbeats', async () => {
    const ctl = new AbortController();
    const res = await fetch(`${b.url}/v1/articles/live-beat/comments/stream`, { signal: ctl.signal });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes(': ping')) text += new TextDecoder().decode((await reader.read()).value);
    ctl.abort();
    expect(text).toContain('event: ready');
  });

  // last: stops replica B
  it('a replica that stops ends its streams cleanly before it exits (readers reconnect elsewhere)', async () => {
    const res = await fetch(`${b.url}/v1/articles/live-stop/comments/stream`);
    expect(res.status).toBe(200);
    const ended = res.text().then((text) => ({ text, processRunning: b.process.exitCode === null && b.process.signalCode === null }));
    await b.stop();
    const { text, processRunning } = await ended;
    expect(text).toContain('event: ready');
    expect(processRunning).toBe(true);
  });
});
