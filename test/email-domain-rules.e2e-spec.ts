import { startSystem } from './support/app-processes';
import { adminToken, apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { uniqueNamespace } from './support/test-env';
import { tokenFor, tokenWithEmail } from './support/tokens';

/**
 * Email-domain rules (issue #16, item 7) through comments-api and the moderation worker on the
 * real Kafka and database: a commenter at a disposable-email domain is held for a moderator, one
 * at an ordinary domain is published, admin rules ban, premoderate or exempt a domain and its
 * subdomains, and bad rules are refused with problem+json.
 */
describe('email-domain rules', () => {
  const namespace = uniqueNamespace('email-domains');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  const admin = adminToken();
  const article = 'email-domain-article';
  const rules = '/v1/admin/email-domain-rules';

  beforeAll(async () => {
    system = await startSystem({ namespace, withoutNotifications: true, extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false' } } });
    api = apiClient(system.api.url);
    await putArticle(api, article, { premoderation: false });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('shows the shipped disposable list and the deployment setting to admins only', async () => {
    const list = await api.get(rules, admin);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ items: [], disposableAction: 'premoderate' });
    expect(list.body.disposableDomains).toBeGreaterThan(1000);
    expect(list.body.disposableListVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect((await api.get(rules, moderatorToken())).status).toBe(403);
    expect((await api.get(rules)).status).toBe(401);
  });

  it('holds a comment from a disposable-email domain (and its subdomains) and publishes one from an ordinary domain', async () => {
    const ordinary = await postAndSettle(api, article, tokenWithEmail('reader-ok', 'reader@example.org'), 'A thoughtful remark about the council budget.');
    expect(ordinary.status).toBe('approved');
    const throwaway = await postAndSettle(api, article, tokenWithEmail('reader-tmp', 'x1@Mailinator.com'), 'A thoughtful remark about the council budget, again.');
    expect(throwaway.status).toBe('flagged');
    const sub = await postAndSettle(api, article, tokenWithEmail('reader-sub', 'x2@eu.yopmail.com'), 'Another remark about the tram line.');
    expect(sub.status).toBe('flagged');
    const noEmail = await postAndSettle(api, article, tokenFor('reader-none'), 'A remark from a token without an email.');
    expect(noEmail.status).toBe('approved');
    const verdict = await api.get(`${rules}/EU.Mailinator.com/verdict`, admin);
    expect(verdict.body).toEqual({ domain: 'eu.mailinator.com', action: 'premoderate', matched: 'mailinator.com', source: 'disposable-list' });
  });

  it('bans, premoderates and exempts domains by admin rule, subdomains and IDN included', async () => {
    const put = await api.put(`${rules}/Spam-Wave.example`, admin, { action: 'ban', note: 'spam wave' });
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ domain: 'spam-wave.example', action: 'ban', note: 'spam wave', updatedBy: 'admin-root' });
    const refused = await api.post(`/v1/articles/${article}/comments`, tokenWithEmail('spammer', 'bot@mx.spam-wave.example'), { body: 'Buy now' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 403, domain: 'spam-wave.example' });
    expect(refused.body.type).toMatch(/email-domain-banned$/);

    expect((await api.put(`${rules}/bücher.example`, admin, { action: 'premoderate' })).body.domain).toBe('xn--bcher-kva.example');
    const idn = await postAndSettle(api, article, tokenWithEmail('leser', 'leser@XN--BCHER-KVA.example'), 'Ein Kommentar zum Haushalt.');
    expect(idn.status).toBe('flagged');

    expect((await api.put(`${rules}/mailinator.com`, admin, { action: 'allow' })).status).toBe(201);
    const exempt = await postAndSettle(api, article, tokenWithEmail('reader-tmp2', 'x3@mailinator.com'), 'A remark from an exempted domain.');
    expect(exempt.status).toBe('approved');

    const again = await api.put(`${rules}/spam-wave.example`, admin, { action: 'premoderate' });
    expect(again.status).toBe(200);
    const list = await api.get(rules, admin);
    expect(list.body.items.map((r: { domain: string; action: string }) => `${r.domain}:${r.action}`)).toEqual(['mailinator.com:allow', 'spam-wave.example:premoderate', 'xn--bcher-kva.example:premoderate']);
    expect((await api.del(`${rules}/spam-wave.example`, admin)).status).toBe(204);
    expect((await api.del(`${rules}/spam-wave.example`, admin)).status).toBe(404);
  });

  it('applies a rule made after posting to the author\u2019s edits', async () => {
    const token = tokenWithEmail('early-bird', 'early@later-ban.example');
    const posted = await postAndSettle(api, article, token, 'Posted before the domain was banned.');
    expect(posted.status).toBe('approved');
    expect((await api.put(`${rules}/later-ban.example`, admin, { action: 'ban' })).status).toBe(201);
    const edit = await api.call('PATCH', `/v1/comments/${posted.id}`, token, { body: 'Edited after the ban.' });
    expect(edit.status).toBe(403);
    expect(edit.body.type).toMatch(/email-domain-banned$/);
  });

  it('refuses bad rules with problem+json naming what is wrong', async () => {
    const badDomain = await api.put(`${rules}/not%20a%20domain`, admin, { action: 'ban' });
    expect(badDomain.status).toBe(400);
    expect(badDomain.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(badDomain.body.errors).toEqual([expect.objectContaining({ field: 'domain' })]);
    const badAction = await api.put(`${rules}/example.net`, admin, { action: 'delete-everything' });
    expect(badAction.status).toBe(400);
    expect(badAction.body.errors.map((e: { field: string }) => e.field)).toContain('action');
    expect((await api.put(`${rules}/example.net`, moderatorToken(), { action: 'ban' })).status).toBe(403);
    expect((await api.get(`${rules}/a@b/verdict`, admin)).status).toBe(400);
  });
});
