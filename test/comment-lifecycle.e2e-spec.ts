import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { startSystem } from './support/app-processes';
import { observeTopics } from './support/moderation-harness';
import { eventually, readJson, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * The whole path across processes on the real broker and database: a comment is posted,
 * moderated by the worker, its status updated by the API, and notified by webhook and in-app.
 */
describe('comment lifecycle across the three apps', () => {
  const namespace = uniqueNamespace('lifecycle');
  let system: Awaited<ReturnType<typeof startSystem>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let observer: Awaited<ReturnType<typeof observeTopics>>;
  const alice = tokenFor('alice', ['commenter'], 'Alice');
  const bob = tokenFor('bob', ['commenter'], 'Bob');

  beforeAll(async () => {
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET);
    system = await startSystem({
      namespace,
      webhookUrls: [receiver.url],
      extraEnv: { 'moderation-worker': { MODERATION_BANNED_TERMS: 'zorblax,flibbertigibbet' } },
    });
    observer = await observeTopics(system, `${namespace}-observer`, ['parley.moderation-decisions.v1']);
  }, 120_000);

  afterAll(async () => {
    await observer?.stop();
    await system?.stop();
    await receiver?.close();
  });

  const api = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${system.api.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) },
    });

  async function finalStatus(id: string, token: string) {
    return eventually(`comment ${id} to be moderated`, async () => {
      const res = await api(`/v1/comments/${id}`, { token });
      const body = await readJson(res);
      return body.status !== 'pending' ? body : undefined;
    });
  }

  it('moderates a clean and an abusive comment and notifies both', async () => {
    const clean = await api('/v1/articles/e2e-article/comments', { method: 'POST', token: alice, body: JSON.stringify({ body: 'Thoughtful piece, thanks for the reporting.' }) });
    expect(clean.status).toBe(202);
    const cleanBody = await readJson(clean);
    expect(cleanBody).toMatchObject({ articleId: 'e2e-article', authorId: 'alice', authorName: 'Alice', body: 'Thoughtful piece, thanks for the reporting.', status: 'pending', revision: 1 });
    expect(cleanBody.id).toMatch(/^[a-f0-9]{24}$/);
    expect(Date.parse(cleanBody.createdAt)).not.toBeNaN();

    const abusive = await api('/v1/articles/e2e-article/comments', { method: 'POST', token: bob, body: JSON.stringify({ body: 'You are a total Z0RBLAX and so is the author.' }) });
    expect(abusive.status).toBe(202);
    const abusiveBody = await readJson(abusive);

    const cleanFinal = await finalStatus(cleanBody.id, alice);
    const abusiveFinal = await finalStatus(abusiveBody.id, bob);
    expect(cleanFinal.status).toBe('approved');
    expect(abusiveFinal.status).toBe('rejected');
    expect(abusiveFinal.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain('configured-banned-terms');

    // The public list shows the approved comment only; the rejected one is not visible to others.
    const list = await readJson(await api('/v1/articles/e2e-article/comments'));
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([cleanBody.id]);
    expect(list.nextCursor).toBeNull();
    expect((await api(`/v1/comments/${abusiveBody.id}`, { token: alice })).status).toBe(404);

    // An independent Kafka consumer sees both decisions as CloudEvents.
    // The topic also carries the statements of reasons (parley.statement.issued.v1) of restrictions.
    const moderated = () => observer.of('parley.comment.moderated.v1');
    await eventually('both decision events on Kafka', async () => moderated().length >= 2);
    const byComment = new Map(moderated().map((d) => [d.data.commentId, d]));
    expect(byComment.get(cleanBody.id)?.data).toMatchObject({ decision: 'approved', revision: 1, reasons: [] });
    expect(byComment.get(abusiveBody.id)?.data).toMatchObject({ decision: 'rejected', revision: 1 });
    const ce = byComment.get(abusiveBody.id)!.headers;

    // What the worker really published agrees with the committed AsyncAPI document.
    const asyncapi = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'asyncapi.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const d of observer.seen) {
      const message = Object.values(asyncapi.components.messages as Record<string, { name: string; payload: object; headers: object }>).find((m) => m.name === d.headers.ce_type);
      expect(message).toBeDefined();
      const channel = Object.values(asyncapi.channels as Record<string, { address: string; messages: Record<string, unknown> }>).find((c) => Object.keys(c.messages).some((k) => asyncapi.components.messages[k].name === d.headers.ce_type));
      expect(`${system.topicPrefix}${channel!.address}`).toBe(`${system.topicPrefix}parley.moderation-decisions.v1`);
      const payloadOk = ajv.validate(message!.payload, d.data);
      expect(ajv.errors ?? []).toEqual([]);
      expect(payloadOk).toBe(true);
      expect(ajv.validate(message!.headers, d.headers)).toBe(true);
    }
    expect(ce).toMatchObject({ ce_specversion: '1.0', ce_type: 'parley.comment.moderated.v1', ce_source: '/parley/moderation-worker', ce_subject: abusiveBody.id });

    // Both webhooks arrive, signed.
    await eventually('both webhooks', async () => receiver.received.length >= 2);
    expect(receiver.received.every((w) => w.signatureValid)).toBe(true);
    const hooks = new Map(receiver.received.map((w) => [w.json.data.commentId, w]));
    expect(hooks.get(cleanBody.id)?.json).toMatchObject({ type: 'parley.comment.moderated.v1', data: { decision: 'approved' } });
    expect(hooks.get(abusiveBody.id)?.json).toMatchObject({ type: 'parley.comment.moderated.v1', data: { decision: 'rejected' } });
    expect(hooks.get(abusiveBody.id)?.headers['webhook-id']).toBe(ce.ce_id);

    // The author gets an in-app notification with the reason.
    const feed = await eventually('bob in-app notification', async () => {
      const res = await fetch(`${system.notifications.url}/v1/me/notifications`, { headers: { authorization: `Bearer ${bob}` } });
      const body = await readJson(res);
      return body.items?.length ? body : undefined;
    });
    expect(feed.unread).toBe(1);
    expect(feed.items[0]).toMatchObject({ kind: 'comment.rejected', data: { commentId: abusiveBody.id } });
  });

  it('refuses a post without a token with 401 problem+json', async () => {
    const res = await api('/v1/articles/e2e-article/comments', { method: 'POST', body: JSON.stringify({ body: 'hello' }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await readJson(res)).toMatchObject({ status: 401, title: 'Authentication required' });
  });

  it('refuses a malformed body with 400 problem+json naming the field', async () => {
    const res = await api('/v1/articles/e2e-article/comments', { method: 'POST', token: alice, body: JSON.stringify({ body: 42, authorId: 'mallory' }) });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await readJson(res);
    const fields = problem.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body', 'authorId']));
    const notJson = await api('/v1/articles/e2e-article/comments', { method: 'POST', token: alice, body: '{"body": ' });
    expect(notJson.status).toBe(400);
    expect(await readJson(notJson)).toMatchObject({ type: 'https://parley.dev/problems/malformed-json' });
  });
});
