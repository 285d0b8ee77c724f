import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, expectFocusVisible, tabTo } from './support/accessibility';
import { startSystem } from './support/app-processes';
import { SITE_A, SITE_B, siteToken, TWO_SITES_ENV } from './support/sites';
import { eventually, uniqueNamespace } from './support/test-env';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'sites-pages');

/**
 * The pages of a deployment that serves two sites, in headless Chromium against the three apps on
 * the real Kafka and database: the widget with `data-site="b"` shows, takes and streams site B's
 * comments of an article id that site A uses too, and never A's; the moderator dashboard signed in
 * with a moderator token of site B lists only B's queue (and A's moderator only A's). Keyboard
 * only, axe-core WCAG 2.2 A/AA on each state, screenshots in test-artifacts/sites-pages/.
 */
describe('sites in the pages: the widget with data-site, the dashboard of a site B moderator', () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  const chromium = useChromium('the sites pages test', { context: { viewport: { width: 1100, height: 1200 }, timezoneId: 'UTC' } });
  const modA = siteToken(SITE_A, 'mod-pages-a', ['moderator'], { name: 'Ada of A' });
  const modB = siteToken(SITE_B, 'mod-pages-b', ['moderator'], { name: 'Ben of B' });
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({
      withoutNotifications: true,
      namespace: uniqueNamespace('sites-pages'),
      extraEnv: { all: { ...TWO_SITES_ENV, RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '0', MODERATION_STREAM_POLL_MS: '300', MODERATION_COUNTS_MAX_AGE_MS: '0' } },
    });
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
  });

  async function call(method: string, p: string, token?: string, json?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(system.api.url + p, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as any) : null };
  }
  /** Posts a comment and waits for the worker's decision (as its author sees it). */
  async function decided(token: string, articleId: string, body: string): Promise<{ id: string; status: string }> {
    const posted = await call('POST', `/v1/articles/${articleId}/comments`, token, { body });
    expect(posted.status).toBe(202);
    return eventually(`decision of ${posted.body.id}`, async () => {
      const c = await call('GET', `/v1/comments/${posted.body.id}`, token);
      return c.body.status !== 'pending' && c.body;
    });
  }
  const listing = async (articleId: string, site?: string) =>
    ((await call('GET', `/v1/articles/${articleId}/comments`, undefined, undefined, site ? { 'x-parley-site': site } : {})).body.items as Array<{ id: string }>).map((c) => c.id);
  const openWidget = (p: Page, article: string, opts: { site?: string; token?: string } = {}) =>
    p.goto(`${system.api.url}/embed/demo.html?article=${article}${opts.site ? `&site=${opts.site}` : ''}${opts.token ? `&token=${encodeURIComponent(opts.token)}` : ''}`);
  const comment = (p: Page, id: string) => p.locator(`[data-testid=comment][data-id="${id}"]`);
  const threadIds = (p: Page) => p.locator('[data-testid=thread] > li[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

  it('shows, takes and streams only site B\u2019s comments on a page with data-site="b", by keyboard', async () => {
    const article = 'pages-story';
    const onA = await decided(siteToken(SITE_A, 'amy'), article, 'Amy writes on site A.');
    const onB = await decided(siteToken(SITE_B, 'bea'), article, 'Bea writes on site B.');
    expect([onA.status, onB.status]).toEqual(['approved', 'approved']);

    // every request of the B page names the site
    const requests: Array<{ url: string; site: string | undefined }> = [];
    chromium.page.on('request', (r) => {
      if (r.url().startsWith(`${system.api.url}/v1/`)) requests.push({ url: r.url(), site: r.headers()['x-parley-site'] });
    });
    await openWidget(chromium.page, article, { site: 'b' });
    await comment(chromium.page, onB.id).waitFor();
    expect(await threadIds(chromium.page)).toEqual([onB.id]);
    expect(await chromium.page.locator('[data-testid=thread]').innerText()).not.toContain('Amy writes on site A.');
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r.url.includes('/stream') ? new URL(r.url).searchParams.get('site') ?? r.site : r.site).toBe('b');
    await expectAccessible(chromium.page, 'the site B widget');
    await shot(chromium.page, 'widget-site-b');

    // the same article id without data-site: site A's thread
    const pageA = await chromium.context.newPage();
    await openWidget(pageA, article);
    await comment(pageA, onA.id).waitFor();
    expect(await threadIds(pageA)).toEqual([onA.id]);

    // live: a comment on each site; each page is told of its own site's only
    const amy2 = await decided(siteToken(SITE_A, 'amy'), article, 'Amy again, on A.');
    await pageA.locator('[data-testid=new-comments]:has-text("1 new comment")').waitFor();
    const bea2 = await decided(siteToken(SITE_B, 'bea'), article, 'Bea again, on B.');
    await chromium.page.locator('[data-testid=new-comments]:has-text("1 new comment")').waitFor();
    expect(await pageA.locator('[data-testid=new-comments]').textContent()).toMatch(/\b1 new comment\b/);
    await tabTo(chromium.page, (f) => f.testid === 'new-comments');
    await chromium.page.keyboard.press('Enter');
    await comment(chromium.page, bea2.id).waitFor();
    expect(await comment(chromium.page, amy2.id).count()).toBe(0);
    expect((await threadIds(chromium.page)).sort()).toEqual([onB.id, bea2.id].sort());
    await pageA.close();

    // a site B reader posts by keyboard: the comment is B's, never on A's thread
    const bob = siteToken(SITE_B, 'bob-b', ['commenter'], { name: 'Bob of B' });
    await openWidget(chromium.page, article, { site: 'b', token: bob });
    await comment(chromium.page, onB.id).waitFor();
    await tabTo(chromium.page, (f) => f.testid === 'new-body');
    await chromium.page.keyboard.type('Bob posts on site B by keyboard.');
    await tabTo(chromium.page, (f) => f.testid === 'post');
    const [res] = await Promise.all([
      chromium.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/v1/articles/${article}/comments`)),
      chromium.page.keyboard.press('Enter'),
    ]);
    expect(res.status()).toBe(202);
    expect(res.request().headers()['x-parley-site']).toBe('b');
    const bobsId = ((await res.json()) as { id: string }).id;
    await eventually('Bob\u2019s comment on B\u2019s thread', async () => (await listing(article, 'b')).includes(bobsId));
    expect(await listing(article)).not.toContain(bobsId);
    await expectFocusVisible(chromium.page, 'posting on site B');
    await expectAccessible(chromium.page, 'the site B widget after posting');
    await shot(chromium.page, 'widget-site-b-posted');

    // a token of site A on a page that names site B is refused, and the page says so
    await openWidget(chromium.page, article, { site: 'b', token: siteToken(SITE_A, 'amy') });
    await chromium.page.locator('[data-testid=message]:has-text("another site")').waitFor();
    expect(await chromium.page.locator('[data-testid=thread]').innerText()).not.toContain('Amy writes on site A.');
    await expectAccessible(chromium.page, 'the widget refusing a token of another site');
  });

  it('lists only site B\u2019s flagged comments to a moderator of site B (and only A\u2019s to A\u2019s), signed in by keyboard', async () => {
    const article = 'pages-queue';
    // the rules engine holds comments with a phone number in them, on both sites
    const heldA = await decided(siteToken(SITE_A, 'carl'), article, 'Site A: call me on +44 20 7946 0958 for tickets');
    const heldB = await decided(siteToken(SITE_B, 'cleo'), article, 'Site B: call me on +44 20 7946 0777 for tickets');
    expect([heldA.status, heldB.status]).toEqual(['flagged', 'flagged']);

    const card = (id: string) => chromium.page.locator(`[data-testid=card][data-id="${id}"]`);
    const signIn = async (token: string, name: string) => {
      await chromium.page.goto(`${system.api.url}/moderate/`);
      await chromium.page.locator('#token').waitFor();
      await tabTo(chromium.page, (f) => f.id === 'token');
      await chromium.page.keyboard.type(token);
      await tabTo(chromium.page, (f) => f.id === 'login-button');
      await chromium.page.keyboard.press('Enter');
      await chromium.page.waitForSelector(`[data-testid=whoami]:has-text("${name}")`);
      // the focus is on the queue tabs; Enter opens the flagged queue
      expect((await expectFocusVisible(chromium.page, 'signing in')).label).toMatch(/^flagged/);
      await chromium.page.keyboard.press('Enter');
      await chromium.page.locator('[data-queue=flagged][aria-selected=true]').waitFor();
    };
    const listedIds = () => chromium.page.locator('[data-testid=card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

    await signIn(modB, 'Ben of B');
    await eventually(`${heldB.id} to be listed`, async () => {
      if ((await card(heldB.id).count()) > 0) return true;
      await chromium.page.keyboard.press('Enter');
      return (await card(heldB.id).count()) > 0;
    }, 15_000, 300);
    expect(await listedIds()).toEqual([heldB.id]);
    expect(await chromium.page.locator('[data-testid=count-flagged]').innerText()).toBe('1');
    // open it by keyboard: the detail is B's comment
    await tabTo(chromium.page, (f) => f.testid === 'open' && f.within === heldB.id, { max: 200 });
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('#detail [data-testid=comment-body]').waitFor();
    expect(await chromium.page.locator('#detail [data-testid=comment-body]').innerText()).toBe('Site B: call me on +44 20 7946 0777 for tickets');
    await expectAccessible(chromium.page, 'the site B moderator\u2019s flagged queue');
    await shot(chromium.page, 'dashboard-site-b');
    // the API agrees, and A's comment is not found for B's moderator
    expect((await call('GET', `/v1/moderation/comments/${heldA.id}`, modB)).status).toBe(404);

    await chromium.replaceContext({ viewport: { width: 1280, height: 900 } });
    await signIn(modA, 'Ada of A');
    await eventually(`${heldA.id} to be listed`, async () => {
      if ((await card(heldA.id).count()) > 0) return true;
      await chromium.page.keyboard.press('Enter');
      return (await card(heldA.id).count()) > 0;
    }, 15_000, 300);
    expect(await listedIds()).toEqual([heldA.id]);
    expect(await chromium.page.locator('[data-testid=count-flagged]').innerText()).toBe('1');
    await expectAccessible(chromium.page, 'the site A moderator\u2019s flagged queue');
    await shot(chromium.page, 'dashboard-site-a');
  });
});
