import fs from 'node:fs';
import path from 'node:path';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, expectFocusVisible, focused, tabTo } from './support/accessibility';
import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'widget');

/**
 * The embeddable widget (GET /embed/embed.js) on the development demo article page
 * (GET /embed/demo.html?article=…&token=…), driven in headless Chromium against the real
 * system (the moderation worker decides): post, see it awaiting moderation then published,
 * reply, react, edit, report another reader's comment, delete; user text shown as text.
 * Every page state passes axe-core's WCAG 2.2 A/AA rules, and the main flow works by keyboard
 * alone. Each test sets up its own article, comments and page, so any one of them runs alone.
 */
describe('embeddable comments widget in a browser', () => {
  const namespace = uniqueNamespace('widget');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  const reader = tokenFor('reader-widget', ['commenter'], 'Rita Reader');
  const bob = tokenFor('bob-widget', ['commenter'], 'Bob <b>Builder</b>');
  const mod = moderatorToken();
  let dialogs: string[] = [];
  const chromium = useChromium('the widget test', {
    context: { viewport: { width: 1100, height: 1400 } },
    setUpPage: (page) => {
      dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    },
  });
  let articles = 0;

  const comment = (id: string) => chromium.page.locator(`[data-testid=comment][data-id="${id}"]`);
  /** A control of one comment itself (not of its nested replies): its action bar or its form panel. */
  const action = (id: string, testid: string) => chromium.page.locator(`[data-testid=actions][data-for="${id}"] [data-testid=${testid}]`);
  const panel = (id: string, testid: string) => chromium.page.locator(`[data-testid=panel][data-for="${id}"] [data-testid=${testid}]`);
  const moderated = (id: string) =>
    eventually(`comment ${id} to be moderated`, async () => {
      const c = await api.get(`/v1/moderation/comments/${id}`, mod);
      return c.status === 200 && c.body.comment.status !== 'pending' ? c.body.comment : undefined;
    });
  /** Reloads the page until the predicate holds (the thread is read once per page load). */
  const reloadUntil = (what: string, fn: () => Promise<boolean>) =>
    eventually(what, async () => {
      await chromium.page.reload();
      await chromium.page.locator('[data-testid=thread] > li').first().waitFor();
      return fn();
    }, 30_000, 300);
  /** An article of the test's own, so that no test sees another's comments. */
  const newArticle = async () => {
    const id = `widget-article-${++articles}`;
    await putArticle(api, id, { title: 'Council approves the new tram line' });
    return id;
  };
  /** A published comment by Bob (whose name has markup in it) on the article. */
  const bobSays = (article: string) => published(article, bob, 'Bob thinks the tram will help the east side.');
  /** A published comment by the reader. */
  const readerSays = (article: string, body: string) => published(article, reader, body);
  /** Posts and waits for the decision; a moderator approves it if the rules held it (the same text on every article reads as a duplicate). */
  const published = async (article: string, token: string, body: string) => {
    const c = await postAndSettle(api, article, token, body);
    if (c.status !== 'approved') expect((await api.post(`/v1/moderation/comments/${c.id}/decisions`, mod, { action: 'approve', revision: c.revision })).status).toBe(200);
    return c as { id: string };
  };
  const open = async (article: string, token: string | null = reader) => {
    await chromium.page.goto(`${system.api.url}/embed/demo.html?article=${article}${token ? `&token=${encodeURIComponent(token)}` : ''}`);
    await chromium.page.locator('[data-testid=thread] > li').first().waitFor();
  };
  const posted = (article: string) => (r: { request(): { method(): string }; url(): string }) => r.request().method() === 'POST' && r.url().endsWith(`/v1/articles/${article}/comments`);

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({ namespace, withoutNotifications: true, extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false' } } });
    api = apiClient(system.api.url);
  }, 180_000);

  afterAll(async () => {
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

  it('renders an empty thread, signed in and signed out, accessibly', async () => {
    const article = await newArticle();
    await open(article, null);
    await chromium.page.locator('[data-testid=empty]').waitFor();
    expect(await chromium.page.locator('[data-testid=signed-out]').innerText()).toMatch(/Sign in/);
    await expectAccessible(chromium.page, 'the empty thread, signed out');
    await open(article);
    await chromium.page.locator('[data-testid=empty]').waitFor();
    await chromium.page.locator('[data-testid=new-body]').waitFor();
    await expectAccessible(chromium.page, 'the empty thread, signed in');
  });

  it('shows an error in the status region, accessibly', async () => {
    const article = await newArticle();
    await open(article);
    await chromium.page.click('[data-testid=post]');
    const message = chromium.page.locator('[data-testid=message]');
    await chromium.page.locator('[data-testid=message].parley-error:has-text("Write something first")').waitFor();
    expect(await message.getAttribute('role')).toBe('status');
    await expectAccessible(chromium.page, 'the widget showing an error message');
  });

  it('renders the thread, and a posted comment is awaiting moderation, then published', async () => {
    const article = await newArticle();
    const bobComment = await bobSays(article);
    await open(article);
    await comment(bobComment.id).waitFor();
    // The author name is shown literally (no <b> element created from it).
    expect(await comment(bobComment.id).locator('[data-testid=author]').first().innerText()).toBe('Bob <b>Builder</b>');
    expect(await comment(bobComment.id).locator('b').count()).toBe(0);
    await expectAccessible(chromium.page, 'a thread with a comment');

    const body = 'I hope the tram also runs late in the evening.';
    await chromium.page.fill('[data-testid=new-body]', body);
    const [res] = await Promise.all([chromium.page.waitForResponse(posted(article)), chromium.page.click('[data-testid=post]')]);
    expect(res.status()).toBe(202);
    const sent = await res.json();
    expect(sent).toMatchObject({ status: 'pending', body, authorId: 'reader-widget' });
    const myComment = sent.id as string;
    await chromium.page.locator('[data-testid=message]:has-text("awaiting moderation")').waitFor();
    // Shown to its author right away: awaiting moderation in the own-comments list, or already published.
    await chromium.page.locator(`[data-testid=mine] [data-id="${myComment}"], [data-testid=thread] [data-id="${myComment}"]`).first().waitFor();
    await expectAccessible(chromium.page, 'the widget after posting (awaiting moderation)');

    expect((await moderated(myComment)).status).toBe('approved');
    await reloadUntil('the comment to be in the public thread', async () => (await chromium.page.locator(`[data-testid=thread] > [data-id="${myComment}"][data-status=approved]`).count()) === 1);
    expect(await comment(myComment).locator('[data-testid=body]').innerText()).toBe(body);
    expect(await chromium.page.locator(`[data-testid=mine] [data-id="${myComment}"]`).count()).toBe(0);
    expect((await api.get(`/v1/comments/${myComment}`)).body).toMatchObject({ status: 'approved', body });
  });

  it('announces in the status region when a comment awaiting moderation is published', async () => {
    const article = await newArticle();
    await open(article);
    await chromium.page.fill('[data-testid=new-body]', 'The east side has waited long enough for this.');
    const [res] = await Promise.all([chromium.page.waitForResponse(posted(article)), chromium.page.click('[data-testid=post]')]);
    const id = (await res.json()).id as string;
    expect((await moderated(id)).status).toBe('approved');
    // the widget reads the own comments again (Refresh) and says that the comment is now published
    await eventually('the publication to be announced', async () => {
      await chromium.page.click('[data-testid=refresh]');
      return (await chromium.page.locator('[data-testid=message]').innerText()).endsWith('Your comment was published.');
    }, 30_000, 300);
    expect(await chromium.page.locator('[data-testid=message]').getAttribute('role')).toBe('status');
  });

  it('shows the own flagged comment as awaiting moderation, with its markup as text', async () => {
    const article = await newArticle();
    await open(article);
    const body = 'Look <img src=x onerror=alert(1)> here <script>alert(2)</script> — mail me at rita@example.org';
    await chromium.page.fill('[data-testid=new-body]', body);
    // the check warns about the email address before posting; the writer posts anyway
    await chromium.page.click('[data-testid=post]');
    await chromium.page.locator('[data-testid=check-warning]').waitFor({ state: 'visible' });
    expect(await chromium.page.locator('[data-testid=check-excerpt]').first().textContent()).toBe('rita@example.org');
    await expectAccessible(chromium.page, 'the pre-post warning');
    const [res] = await Promise.all([chromium.page.waitForResponse(posted(article)), chromium.page.click('[data-testid=post-anyway]')]);
    expect(res.status()).toBe(202);
    const id = (await res.json()).id as string;
    expect((await moderated(id)).status).toBe('flagged');
    await chromium.page.reload();
    const mine = chromium.page.locator(`[data-testid=mine] [data-id="${id}"]`);
    await mine.waitFor();
    expect(await mine.getAttribute('data-status')).toBe('flagged');
    expect(await mine.locator('[data-testid=badge]').innerText()).toBe('Awaiting moderation');
    expect(await mine.locator('[data-testid=body]').innerText()).toBe(body);
    expect(await chromium.page.locator('[data-testid=parley-widget] img, [data-testid=parley-widget] script').count()).toBe(0);
    expect(await chromium.page.locator(`[data-testid=thread] [data-id="${id}"]`).count()).toBe(0);
    await expectAccessible(chromium.page, 'an own comment awaiting moderation with its reasons');
    expect(dialogs).toEqual([]);
  });

  it('replies to a comment, and the published reply is listed under it', async () => {
    const article = await newArticle();
    const bobComment = await bobSays(article);
    await open(article);
    await action(bobComment.id, 'reply').click();
    await panel(bobComment.id, 'reply-body').waitFor();
    await expectAccessible(chromium.page, 'an open reply form');
    await panel(bobComment.id, 'reply-body').fill('Agreed, Bob.');
    const [res] = await Promise.all([chromium.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/comments')), panel(bobComment.id, 'send-reply').click()]);
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
    await expectAccessible(chromium.page, 'a thread with comments and replies');
  });

  it('toggles a reaction with its count', async () => {
    const article = await newArticle();
    const bobComment = await bobSays(article);
    await open(article);
    const react = action(bobComment.id, 'react');
    const count = action(bobComment.id, 'reaction-count');
    expect(await count.innerText()).toBe('0');
    await react.click();
    await chromium.page.locator(`[data-for="${bobComment.id}"] [data-testid=react][aria-pressed=true]`).waitFor();
    expect(await count.innerText()).toBe('1');
    expect((await api.get(`/v1/comments/${bobComment.id}`)).body.reactionCount).toBe(1);
    await react.click();
    await chromium.page.locator(`[data-for="${bobComment.id}"] [data-testid=react][aria-pressed=false]`).waitFor();
    expect(await count.innerText()).toBe('0');
    expect((await api.get(`/v1/comments/${bobComment.id}`)).body.reactionCount).toBe(0);
    await react.click();
    await chromium.page.locator(`[data-for="${bobComment.id}"] [data-testid=react][aria-pressed=true]`).waitFor();
    expect(await count.innerText()).toBe('1');
    expect((await api.get(`/v1/comments/${bobComment.id}`)).body.reactionCount).toBe(1);
  });

  it('edits the own comment (moderated again, then shown edited)', async () => {
    const article = await newArticle();
    const bobComment = await bobSays(article);
    const myComment = (await readerSays(article, 'I hope the tram also runs late in the evening.')).id;
    await open(article);
    await comment(myComment).waitFor();
    expect(await action(bobComment.id, 'edit').count()).toBe(0);
    await action(myComment, 'edit').click();
    await expectAccessible(chromium.page, 'an open edit form');
    await panel(myComment, 'edit-body').fill('I hope the tram also runs late at night and on Sundays.');
    const [res] = await Promise.all([chromium.page.waitForResponse((r) => r.request().method() === 'PATCH'), panel(myComment, 'save-edit').click()]);
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ revision: 2, status: 'pending' });
    // the comment is drawn again; the focus does not fall to the document but goes to its Edit button
    await eventually('the focus on the Edit button', async () => {
      const f = await focused(chromium.page);
      return f?.testid === 'edit' && f.within === myComment ? true : undefined;
    }, 10_000, 100);
    expect((await moderated(myComment)).status).toBe('approved');
    await reloadUntil('the edited comment to be published', async () => {
      const l = chromium.page.locator(`[data-testid=thread] > [data-id="${myComment}"][data-status=approved] [data-testid=body]`);
      return (await l.count()) === 1 && (await l.innerText()) === 'I hope the tram also runs late at night and on Sundays.';
    });
    expect(await chromium.page.locator(`[data-testid=thread] > [data-id="${myComment}"]`).innerText()).toContain('(edited)');
    expect((await api.get(`/v1/comments/${myComment}`)).body).toMatchObject({ revision: 2, body: 'I hope the tram also runs late at night and on Sundays.' });
  });

  it("reports another reader's comment with a reason", async () => {
    const article = await newArticle();
    const bobComment = await bobSays(article);
    const myComment = (await readerSays(article, 'The tram should stop at the hospital.')).id;
    await open(article);
    await comment(myComment).waitFor();
    expect(await action(myComment, 'report').count()).toBe(0);
    expect(await action(bobComment.id, 'delete').count()).toBe(0);
    await action(bobComment.id, 'report').click();
    await expectAccessible(chromium.page, 'an open report form');
    await panel(bobComment.id, 'report-reason').selectOption('spam');
    await panel(bobComment.id, 'report-text').fill('Same text posted everywhere.');
    const [res] = await Promise.all([chromium.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/reports')), panel(bobComment.id, 'send-report').click()]);
    expect(res.status()).toBe(201);
    expect(JSON.parse(res.request().postData() ?? '{}')).toEqual({ reason: 'spam', text: 'Same text posted everywhere.' });
    await chromium.page.locator('[data-testid=message]:has-text("report was sent")').waitFor();
    // One report per reader: the API refuses a second one from the same reader.
    expect((await api.post(`/v1/comments/${bobComment.id}/reports`, reader, { reason: 'spam' })).status).toBe(409);
    await chromium.page.screenshot({ path: path.join(ARTIFACTS, 'widget.png'), fullPage: true });
    expect(fs.statSync(path.join(ARTIFACTS, 'widget.png')).size).toBeGreaterThan(0);
  });

  it('deletes the own comment after confirmation', async () => {
    const article = await newArticle();
    const bobComment = await bobSays(article);
    const myComment = (await readerSays(article, 'I will delete this one.')).id;
    await open(article);
    await comment(myComment).waitFor();
    await action(myComment, 'delete').click();
    await chromium.page.locator(`[data-for="${myComment}"] [data-testid=delete][data-armed=true]`).waitFor();
    expect((await api.get(`/v1/moderation/comments/${myComment}`, mod)).body.comment.status).toBe('approved');
    const [res] = await Promise.all([chromium.page.waitForResponse((r) => r.request().method() === 'DELETE'), action(myComment, 'delete').click()]);
    expect(res.status()).toBe(204);
    await chromium.page.locator('[data-testid=message]:has-text("deleted")').waitFor();
    await eventually('the comment to leave the thread', async () => (await chromium.page.locator(`[data-id="${myComment}"]`).count()) === 0, 10_000, 200);
    expect((await api.get(`/v1/moderation/comments/${myComment}`, mod)).body.comment.status).toBe('deleted');
    // The public listing (cached briefly) drops it too.
    await eventually('the listing to drop the deleted comment', async () => !(await api.get(`/v1/articles/${article}/comments`)).body.items.some((c: { id: string }) => c.id === myComment), 90_000, 500);
    await chromium.page.reload();
    await comment(bobComment.id).waitFor();
    expect(await chromium.page.locator(`[data-id="${myComment}"]`).count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('posts a comment, replies and reports by keyboard alone, with the focus always visible', async () => {
    const article = await newArticle();
    const bobComment = await bobSays(article);
    await open(article);
    await comment(bobComment.id).waitFor();

    // Post a comment: Tab to the text field, type, Tab to the button, Enter.
    await tabTo(chromium.page, (f) => f.testid === 'new-body');
    await chromium.page.keyboard.type('Late trams would help night-shift workers.');
    await tabTo(chromium.page, (f) => f.testid === 'post');
    const [res] = await Promise.all([chromium.page.waitForResponse(posted(article)), chromium.page.keyboard.press('Enter')]);
    expect(res.status()).toBe(202);
    expect(await res.json()).toMatchObject({ body: 'Late trams would help night-shift workers.', parentId: null });
    await chromium.page.locator('[data-testid=message]:has-text("awaiting moderation")').waitFor();
    expect(await expectFocusVisible(chromium.page, 'posting')).toMatchObject({ testid: 'post' });

    // Reply: Enter on Reply moves the focus into the reply field; Escape closes it and returns the focus.
    await tabTo(chromium.page, (f) => f.testid === 'reply' && f.within === bobComment.id);
    await chromium.page.keyboard.press('Enter');
    expect(await expectFocusVisible(chromium.page, 'opening the reply form')).toMatchObject({ testid: 'reply-body', within: bobComment.id });
    await chromium.page.keyboard.press('Escape');
    expect(await expectFocusVisible(chromium.page, 'closing the reply form')).toMatchObject({ testid: 'reply', within: bobComment.id });
    expect(await panel(bobComment.id, 'reply-body').count()).toBe(0);
    await chromium.page.keyboard.press('Space');
    expect(await focused(chromium.page)).toMatchObject({ testid: 'reply-body', within: bobComment.id });
    await chromium.page.keyboard.type('Agreed, Bob.');
    await tabTo(chromium.page, (f) => f.testid === 'send-reply');
    const [reply] = await Promise.all([chromium.page.waitForResponse(posted(article)), chromium.page.keyboard.press('Enter')]);
    expect(reply.status()).toBe(202);
    expect(await reply.json()).toMatchObject({ body: 'Agreed, Bob.', parentId: bobComment.id });
    await chromium.page.locator('[data-testid=message]:has-text("reply was sent")').waitFor();
    expect(await expectFocusVisible(chromium.page, 'sending the reply')).toMatchObject({ testid: 'reply', within: bobComment.id });

    // Report: the focus goes to the reason, arrows choose, Tab to the details and the button.
    await tabTo(chromium.page, (f) => f.testid === 'report' && f.within === bobComment.id);
    await chromium.page.keyboard.press('Enter');
    expect(await expectFocusVisible(chromium.page, 'opening the report form')).toMatchObject({ testid: 'report-reason', within: bobComment.id });
    await chromium.page.keyboard.press('ArrowDown');
    expect(await panel(bobComment.id, 'report-reason').inputValue()).toBe('abuse');
    await tabTo(chromium.page, (f) => f.testid === 'report-text');
    await chromium.page.keyboard.type('Insults another reader.');
    await tabTo(chromium.page, (f) => f.testid === 'send-report');
    const [report] = await Promise.all([chromium.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/reports')), chromium.page.keyboard.press('Enter')]);
    expect(report.status()).toBe(201);
    expect(JSON.parse(report.request().postData() ?? '{}')).toEqual({ reason: 'abuse', text: 'Insults another reader.' });
    await chromium.page.locator('[data-testid=message]:has-text("report was sent")').waitFor();
    expect(await expectFocusVisible(chromium.page, 'sending the report')).toMatchObject({ testid: 'report', within: bobComment.id });
    await expectAccessible(chromium.page, 'the widget after the keyboard flow');
  });
});
