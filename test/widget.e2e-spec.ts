import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'widget');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTICLE = 'widget-article';

/**
 * The embeddable widget (GET /embed/embed.js) on the development demo article page
 * (GET /embed/demo.html?article=…&token=…), driven in headless Chromium against the real
 * system (the moderation worker decides): post, see it awaiting moderation then published,
 * reply, react, edit, report another reader's comment, delete; user text shown as text.
 */
describe('embeddable comments widget in a browser', () => {
  const namespace = uniqueNamespace('widget');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let browser: Browser;
  let page: Page;
  const reader = tokenFor('reader-widget', ['commenter'], 'Rita Reader');
  const bob = tokenFor('bob-widget', ['commenter'], 'Bob <b>Builder</b>');
  const mod = moderatorToken();
  const dialogs: string[] = [];
  let bobComment: { id: string };
  let myComment: string;

  const comment = (id: string) => page.locator(`[data-testid=comment][data-id="${id}"]`);
  /** A control of one comment itself (not of its nested replies): its action bar or its form panel. */
  const action = (id: string, testid: string) => page.locator(`[data-testid=actions][data-for="${id}"] [data-testid=${testid}]`);
  const panel = (id: string, testid: string) => page.locator(`[data-testid=panel][data-for="${id}"] [data-testid=${testid}]`);
  const moderated = (id: string) =>
    eventually(`comment ${id} to be moderated`, async () => {
      const c = await api.get(`/v1/moderation/comments/${id}`, mod);
      return c.status === 200 && c.body.comment.status !== 'pending' ? c.body.comment : undefined;
    });
  /** Reloads the page until the predicate holds (the thread is read once per page load). */
  const reloadUntil = (what: string, fn: () => Promise<boolean>) =>
    eventually(what, async () => {
      await page.reload();
      await page.locator('[data-testid=thread] > li').first().waitFor();
      return fn();
    }, 30_000, 300);

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the widget test needs Debian's chromium package (apt-get install -y chromium); npm test installs it`);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({ namespace, extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false' } } });
    api = apiClient(system.api.url);
    await putArticle(api, ARTICLE, { title: 'Council approves the new tram line' });
    bobComment = await postAndSettle(api, ARTICLE, bob, 'Bob thinks the tram will help the east side.');
    expect(bobComment).toMatchObject({ status: 'approved' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('serves embed.js cross-origin and the demo page with a strict content security policy', async () => {
    const js = await fetch(`${system.api.url}/embed/embed.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const html = await fetch(`${system.api.url}/embed/demo.html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('renders the thread, and a posted comment is awaiting moderation, then published', async () => {
    await page.goto(`${system.api.url}/embed/demo.html?article=${ARTICLE}&token=${encodeURIComponent(reader)}`);
    await comment(bobComment.id).waitFor();
    // The author name is shown literally (no <b> element created from it).
    expect(await comment(bobComment.id).locator('[data-testid=author]').first().innerText()).toBe('Bob <b>Builder</b>');
    expect(await comment(bobComment.id).locator('b').count()).toBe(0);

    const body = 'I hope the tram also runs late in the evening.';
    await page.fill('[data-testid=new-body]', body);
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/v1/articles/${ARTICLE}/comments`)), page.click('[data-testid=post]')]);
    expect(res.status()).toBe(202);
    const posted = await res.json();
    expect(posted).toMatchObject({ status: 'pending', body, authorId: 'reader-widget' });
    myComment = posted.id;
    await page.locator('[data-testid=message]:has-text("awaiting moderation")').waitFor();
    // Shown to its author right away: awaiting moderation in the own-comments list, or already published.
    await page.locator(`[data-testid=mine] [data-id="${myComment}"], [data-testid=thread] [data-id="${myComment}"]`).first().waitFor();

    expect((await moderated(myComment)).status).toBe('approved');
    await reloadUntil('the comment to be in the public thread', async () => (await page.locator(`[data-testid=thread] > [data-id="${myComment}"][data-status=approved]`).count()) === 1);
    expect(await comment(myComment).locator('[data-testid=body]').innerText()).toBe(body);
    expect(await page.locator(`[data-testid=mine] [data-id="${myComment}"]`).count()).toBe(0);
    expect((await api.get(`/v1/comments/${myComment}`)).body).toMatchObject({ status: 'approved', body });
  });

  it('shows the own flagged comment as awaiting moderation, with its markup as text', async () => {
    const body = 'Look <img src=x onerror=alert(1)> here <script>alert(2)</script> — mail me at rita@example.org';
    await page.fill('[data-testid=new-body]', body);
    // the check warns about the email address before posting; the writer posts anyway
    await page.click('[data-testid=post]');
    await page.locator('[data-testid=check-warning]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid=check-excerpt]').first().textContent()).toBe('rita@example.org');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/v1/articles/${ARTICLE}/comments`)), page.click('[data-testid=post-anyway]')]);
    expect(res.status()).toBe(202);
    const id = (await res.json()).id as string;
    expect((await moderated(id)).status).toBe('flagged');
    await page.reload();
    const mine = page.locator(`[data-testid=mine] [data-id="${id}"]`);
    await mine.waitFor();
    expect(await mine.getAttribute('data-status')).toBe('flagged');
    expect(await mine.locator('[data-testid=badge]').innerText()).toBe('Awaiting moderation');
    expect(await mine.locator('[data-testid=body]').innerText()).toBe(body);
    expect(await page.locator('[data-testid=parley-widget] img, [data-testid=parley-widget] script').count()).toBe(0);
    expect(await page.locator(`[data-testid=thread] [data-id="${id}"]`).count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('replies to a comment, and the published reply is listed under it', async () => {
    await action(bobComment.id, 'reply').click();
    await panel(bobComment.id, 'reply-body').fill('Agreed, Bob.');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/comments')), panel(bobComment.id, 'send-reply').click()]);
    expect(res.status()).toBe(202);
    const reply = await res.json();
    expect(reply).toMatchObject({ parentId: bobComment.id, status: 'pending' });
    expect((await moderated(reply.id)).status).toBe('approved');
    await reloadUntil('the reply count to show', async () => (await comment(bobComment.id).locator('[data-testid=show-replies]').count()) === 1);
    await comment(bobComment.id).locator('[data-testid=show-replies]').click();
    const shown = comment(bobComment.id).locator(`[data-testid=replies] [data-id="${reply.id}"]`);
    await shown.waitFor();
    expect(await shown.locator('[data-testid=body]').innerText()).toBe('Agreed, Bob.');
    const replies = await api.get(`/v1/comments/${bobComment.id}/replies`);
    expect(replies.body.items.map((c: { id: string }) => c.id)).toEqual([reply.id]);
  });

  it('toggles a reaction with its count', async () => {
    const react = action(bobComment.id, 'react');
    const count = action(bobComment.id, 'reaction-count');
    expect(await count.innerText()).toBe('0');
    await react.click();
    await page.locator(`[data-for="${bobComment.id}"] [data-testid=react][aria-pressed=true]`).waitFor();
    expect(await count.innerText()).toBe('1');
    expect((await api.get(`/v1/comments/${bobComment.id}`)).body.reactionCount).toBe(1);
    await react.click();
    await page.locator(`[data-for="${bobComment.id}"] [data-testid=react][aria-pressed=false]`).waitFor();
    expect(await count.innerText()).toBe('0');
    expect((await api.get(`/v1/comments/${bobComment.id}`)).body.reactionCount).toBe(0);
    await react.click();
    await page.locator(`[data-for="${bobComment.id}"] [data-testid=react][aria-pressed=true]`).waitFor();
    expect(await count.innerText()).toBe('1');
    expect((await api.get(`/v1/comments/${bobComment.id}`)).body.reactionCount).toBe(1);
  });

  it('edits the own comment (moderated again, then shown edited)', async () => {
    expect(await action(bobComment.id, 'edit').count()).toBe(0);
    await action(myComment, 'edit').click();
    await panel(myComment, 'edit-body').fill('I hope the tram also runs late at night and on Sundays.');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'PATCH'), panel(myComment, 'save-edit').click()]);
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ revision: 2, status: 'pending' });
    expect((await moderated(myComment)).status).toBe('approved');
    await reloadUntil('the edited comment to be published', async () => {
      const l = page.locator(`[data-testid=thread] > [data-id="${myComment}"][data-status=approved] [data-testid=body]`);
      return (await l.count()) === 1 && (await l.innerText()) === 'I hope the tram also runs late at night and on Sundays.';
    });
    expect(await page.locator(`[data-testid=thread] > [data-id="${myComment}"]`).innerText()).toContain('(edited)');
    expect((await api.get(`/v1/comments/${myComment}`)).body).toMatchObject({ revision: 2, body: 'I hope the tram also runs late at night and on Sundays.' });
  });

  it("reports another reader's comment with a reason", async () => {
    expect(await action(myComment, 'report').count()).toBe(0);
    expect(await action(bobComment.id, 'delete').count()).toBe(0);
    await action(bobComment.id, 'report').click();
    await panel(bobComment.id, 'report-reason').selectOption('spam');
    await panel(bobComment.id, 'report-text').fill('Same text posted everywhere.');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/reports')), panel(bobComment.id, 'send-report').click()]);
    expect(res.status()).toBe(201);
    expect(JSON.parse(res.request().postData() ?? '{}')).toEqual({ reason: 'spam', text: 'Same text posted everywhere.' });
    await page.locator('[data-testid=message]:has-text("report was sent")').waitFor();
    // One report per reader: the API refuses a second one from the same reader.
    expect((await api.post(`/v1/comments/${bobComment.id}/reports`, reader, { reason: 'spam' })).status).toBe(409);
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget.png'), fullPage: true });
    expect(fs.statSync(path.join(ARTIFACTS, 'widget.png')).size).toBeGreaterThan(0);
  });

  it('deletes the own comment after confirmation', async () => {
    await action(myComment, 'delete').click();
    await page.locator(`[data-for="${myComment}"] [data-testid=delete][data-armed=true]`).waitFor();
    expect((await api.get(`/v1/moderation/comments/${myComment}`, mod)).body.comment.status).toBe('approved');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'DELETE'), action(myComment, 'delete').click()]);
    expect(res.status()).toBe(204);
    await page.locator('[data-testid=message]:has-text("deleted")').waitFor();
    await eventually('the comment to leave the thread', async () => (await page.locator(`[data-id="${myComment}"]`).count()) === 0, 10_000, 200);
    expect((await api.get(`/v1/moderation/comments/${myComment}`, mod)).body.comment.status).toBe('deleted');
    // The public listing (cached briefly) drops it too.
    await eventually('the listing to drop the deleted comment', async () => !(await api.get(`/v1/articles/${ARTICLE}/comments`)).body.items.some((c: { id: string }) => c.id === myComment), 90_000, 500);
    await page.reload();
    await comment(bobComment.id).waitFor();
    expect(await page.locator(`[data-id="${myComment}"]`).count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
