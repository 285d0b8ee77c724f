import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'dashboard');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The moderator dashboard served by comments-api at /moderate, driven in headless Chromium:
 * a moderator signs in with a token, sees the flagged comment with its context and the matched
 * text highlighted (user text escaped), decides it with a keyboard shortcut, and the API shows
 * the new status; a new flagged comment arrives live over server-sent events.
 */
describe('moderator dashboard in a browser', () => {
  const namespace = uniqueNamespace('dashboard');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let browser: Browser;
  let page: Page;
  const mod = moderatorToken('mod-dash', 'Dana');
  const alice = tokenFor('alice-dash', ['commenter'], 'Alice <i>x</i>');
  const bob = tokenFor('bob-dash', ['commenter'], 'Bob');
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the dashboard test needs Debian's chromium package (apt-get install -y chromium); npm test installs it`);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({ namespace, extraEnv: { 'comments-api': { MODERATION_STREAM_POLL_MS: '300', MODERATION_COUNTS_MAX_AGE_MS: '0', RATE_LIMIT_ENABLED: 'false' } } });
    api = apiClient(system.api.url);
    await putArticle(api, 'dash-article', { title: 'Council approves the new tram line', section: 'local' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('signs in, shows a flagged reply in context with the match highlighted, and approves it with a key', async () => {
    // A published parent, and a reply the rules engine holds for the e-mail address in it.
    const parent = await postAndSettle(api, 'dash-article', bob, 'The tram will help the east side.');
    if (parent.status !== 'approved') expect((await api.post(`/v1/moderation/comments/${parent.id}/decisions`, mod, { action: 'approve', revision: parent.revision })).status).toBe(200);
    const body = 'Agreed <b>not bold</b> & <script>alert(1)</script> — write to me at alice@example.org';
    const reply = await postAndSettle(api, 'dash-article', alice, body, parent.id);
    expect(reply.status).toBe('flagged');
    // The rule hits with their offsets come from the moderation feed, a consumer group of its own
    // that may store them just after the decision was applied.
    const hit = await eventually('the rule hit with its offsets', async () => {
      const card = await api.get(`/v1/moderation/comments/${reply.id}`, mod);
      return (card.body.comment.reasons as Array<{ ruleId: string; start?: number; end?: number }>).find((r) => r.ruleId === 'personal-information' && typeof r.start === 'number');
    });
    expect(hit).toBeDefined();

    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Sign in by pasting the token into the login field.
    await page.goto(`${system.api.url}/moderate/`);
    await page.fill('#token', mod);
    await page.click('#login-button');
    await page.waitForSelector('[data-testid=whoami]:has-text("Dana")');
    await page.click('[data-queue=flagged]');
    const card = page.locator(`[data-testid=card][data-id="${reply.id}"]`);
    await card.waitFor();
    await card.click();
    const detail = page.locator('#detail');
    await detail.locator('[data-testid=parent]').waitFor();
    expect(await detail.locator('[data-testid=parent]').innerText()).toContain('The tram will help the east side.');
    expect(await detail.locator('h2').innerText()).toBe('Council approves the new tram line');
    expect(await detail.locator('[data-testid=author-history]').innerText()).toMatch(/flagged 1/);
    expect(await detail.innerText()).not.toMatch(/\bnull\b/);
    // no pre-post warning was recorded with this comment, so none is shown
    expect(await detail.locator('[data-testid=shown-warning]').count()).toBe(0);
    // The user's text is shown literally: no element was created from it, and the match is marked by offsets.
    const shown = detail.locator('[data-testid=comment-body]');
    expect(await shown.innerText()).toBe(body);
    expect(await shown.locator('b, script').count()).toBe(0);
    expect(await shown.locator('mark').first().innerText()).toBe(body.slice(hit.start, hit.end));
    expect(await page.locator(`[data-testid=card][data-id="${reply.id}"] strong`).innerText()).toBe('Alice <i>x</i>');
    expect(dialogs).toEqual([]);
    await shot('1-flagged-comment');

    // Approve with the keyboard shortcut.
    await page.keyboard.press('a');
    await page.locator('#message:has-text("approve")').waitFor();
    await shot('2-after-approve');
    const after = await api.get(`/v1/comments/${reply.id}`);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('approved');
    const ctx = await api.get(`/v1/moderation/comments/${reply.id}`, mod);
    expect(ctx.body.comment.decidedBy).toBe('mod-dash');
  });

  it('shows a newly flagged comment live and rejects it with a reason', async () => {
    await page.click('[data-queue=flagged]');
    const before = Number(await page.locator('[data-testid=count-flagged]').innerText());
    const c = await postAndSettle(api, 'dash-article', bob, 'Call me on +44 20 7946 0958 for cheap tickets');
    expect(c.status).toBe('flagged');
    // The count tab updates from the server-sent events stream, without reloading.
    await page.locator('[data-testid=count-flagged]').filter({ hasNotText: new RegExp(`^${before}$`) }).waitFor();
    expect(Number(await page.locator('[data-testid=count-flagged]').innerText())).toBeGreaterThan(before);
    await eventually('the new item to be listed', async () => {
      if (await page.locator('#show-new').isVisible()) await page.click('#show-new');
      return (await page.locator(`[data-testid=card][data-id="${c.id}"]`).count()) > 0;
    }, 15_000, 300);
    await page.locator(`[data-testid=card][data-id="${c.id}"]`).click();
    await page.selectOption('#reason', 'advertising');
    await page.locator('#detail [data-testid=reject]').click();
    await page.locator('#message:has-text("reject")').waitFor();
    await shot('3-after-reject');
    const ctx = await api.get(`/v1/moderation/comments/${c.id}`, mod);
    expect(ctx.body.comment).toMatchObject({ status: 'rejected', reasonCode: 'advertising' });
  });

  it('shows the warning the writer was shown before posting anyway, as recorded with the comment', async () => {
    const body = 'I hope the councillor gets stabbed on his way home.';
    const c = await postAndSettle(api, 'dash-article', bob, body);
    expect(c.status).toBe('flagged');
    // the widget records the warning when the writer chooses "Post anyway"
    const recorded = await api.put(`/v1/comments/${c.id}/shown-warning`, bob);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ recorded: true, decision: 'flagged' });
    const excerpt = (recorded.body.reasons as Array<{ excerpt?: string }>).find((r) => r.excerpt)!.excerpt!;

    await page.click('[data-queue=flagged]');
    await eventually('the comment to be listed', async () => {
      if (await page.locator('#show-new').isVisible()) await page.click('#show-new');
      return (await page.locator(`[data-testid=card][data-id="${c.id}"]`).count()) > 0;
    }, 15_000, 300);
    await page.locator(`[data-testid=card][data-id="${c.id}"]`).click();
    const warning = page.locator('#detail [data-testid=shown-warning]');
    await warning.waitFor();
    expect(await warning.locator('h3').innerText()).toBe('Writer was warned before posting');
    expect(await warning.locator('[data-testid=shown-warning-meta]').innerText()).toMatch(/^Posted anyway on .+ after a warning that it would be held for review$/);
    const reasons = warning.locator('[data-testid=shown-warning-reasons] li');
    expect(await reasons.count()).toBe((recorded.body.reasons as unknown[]).length);
    expect(await reasons.first().locator('q').innerText()).toBe(excerpt);
    expect(await warning.innerText()).toContain(recorded.body.reasons[0].message);
    await shot('4-shown-warning');
  });

  it('refuses a token without the moderator role at sign-in', async () => {
    const p = await browser.newPage();
    await p.goto(`${system.api.url}/moderate/?token=${encodeURIComponent(tokenFor('reader', ['commenter']))}`);
    await p.locator('#login-error:has-text("no moderator role")').waitFor();
    expect(await p.locator('#app').isHidden()).toBe(true);
    await p.close();
  });
});
