import fs from 'node:fs';
import path from 'node:path';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, expectFocusVisible, tabTo } from './support/accessibility';
import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'dashboard');

/**
 * The moderator dashboard served by comments-api at /moderate, driven in headless Chromium:
 * a moderator signs in with a token, sees the flagged comment with its context and the matched
 * text highlighted (user text escaped), decides it with a keyboard shortcut, and the API shows
 * the new status; a new flagged comment arrives live over server-sent events. Every view passes
 * axe-core's WCAG 2.2 A/AA rules, and signing in and deciding work by keyboard alone. Each test
 * signs in on a page of its own and posts its own comments on its own article.
 */
describe('moderator dashboard in a browser', () => {
  const namespace = uniqueNamespace('dashboard');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let dialogs: string[] = [];
  const chromium = useChromium('the dashboard test', {
    context: { viewport: { width: 1280, height: 900 } },
    setUpPage: (page) => {
      dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    },
  });
  let articles = 0;
  const mod = moderatorToken('mod-dash', 'Dana');
  const alice = tokenFor('alice-dash', ['commenter'], 'Alice <i>x</i>');
  const bob = tokenFor('bob-dash', ['commenter'], 'Bob');
  const shot = (name: string) => chromium.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const card = (id: string) => chromium.page.locator(`[data-testid=card][data-id="${id}"]`);
  /** An article of the test's own. */
  const newArticle = async () => {
    const id = `dash-article-${++articles}`;
    await putArticle(api, id, { title: 'Council approves the new tram line', section: 'local' });
    return id;
  };
  /** A comment the rules engine holds (a phone number in it). */
  const flagged = async (article: string, body = 'Call me on +44 20 7946 0958 for cheap tickets') => {
    const c = await postAndSettle(api, article, bob, body);
    expect(c.status).toBe('flagged');
    return c as { id: string; revision: number };
  };
  /** Signs in with the token in the address (the dashboard removes it from the address bar). */
  const signIn = async (queue = 'flagged') => {
    await chromium.page.goto(`${system.api.url}/moderate/?token=${encodeURIComponent(mod)}`);
    await chromium.page.waitForSelector('[data-testid=whoami]:has-text("Dana")');
    await chromium.page.click(`[data-queue=${queue}]`);
    await chromium.page.locator(`[data-queue=${queue}][aria-selected=true]`).waitFor();
  };
  /** Shows the item: reloads the queue until it is listed, then opens it. */
  const openCard = async (id: string, queue = 'flagged') => {
    await eventually(`${id} to be listed`, async () => {
      if ((await card(id).count()) > 0) return true;
      await chromium.page.click(`[data-queue=${queue}]`);
      return (await card(id).count()) > 0;
    }, 15_000, 300);
    await card(id).click();
    await chromium.page.locator(`#detail [data-testid=detail-status]`).waitFor();
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({ namespace, withoutNotifications: true, extraEnv: { 'comments-api': { MODERATION_STREAM_POLL_MS: '300', MODERATION_COUNTS_MAX_AGE_MS: '0', RATE_LIMIT_ENABLED: 'false' } } });
    api = apiClient(system.api.url);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('signs in, shows a flagged reply in context with the match highlighted, and approves it with a key', async () => {
    const article = await newArticle();
    // A published parent, and a reply the rules engine holds for the e-mail address in it.
    const parent = await postAndSettle(api, article, bob, 'The tram will help the east side.');
    if (parent.status !== 'approved') expect((await api.post(`/v1/moderation/comments/${parent.id}/decisions`, mod, { action: 'approve', revision: parent.revision })).status).toBe(200);
    const body = 'Agreed <b>not bold</b> & <script>alert(1)</script> — write to me at alice@example.org';
    const reply = await postAndSettle(api, article, alice, body, parent.id);
    expect(reply.status).toBe('flagged');
    // The rule hits with their offsets come from the moderation feed, a consumer group of its own
    // that may store them just after the decision was applied.
    const hit = await eventually('the rule hit with its offsets', async () => {
      const c = await api.get(`/v1/moderation/comments/${reply.id}`, mod);
      return (c.body.comment.reasons as Array<{ ruleId: string; start?: number; end?: number }>).find((r) => r.ruleId === 'personal-information' && typeof r.start === 'number');
    });
    expect(hit).toBeDefined();

    // Sign in by pasting the token into the login field.
    await chromium.page.goto(`${system.api.url}/moderate/`);
    await chromium.page.locator('#token').waitFor();
    await expectAccessible(chromium.page, 'the sign-in page');
    await chromium.page.fill('#token', mod);
    await chromium.page.click('#login-button');
    await chromium.page.waitForSelector('[data-testid=whoami]:has-text("Dana")');
    await chromium.page.click('[data-queue=flagged]');
    await openCard(reply.id);
    const detail = chromium.page.locator('#detail');
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
    expect(await card(reply.id).locator('strong').innerText()).toBe('Alice <i>x</i>');
    expect(dialogs).toEqual([]);
    await expectAccessible(chromium.page, 'the flagged queue with a comment open in the detail panel');
    await shot('1-flagged-comment');

    // Approve with the keyboard shortcut.
    await chromium.page.keyboard.press('a');
    await chromium.page.locator('#message:has-text("approve")').waitFor();
    await shot('2-after-approve');
    await expectAccessible(chromium.page, 'the queue after a decision (status message shown)');
    const after = await api.get(`/v1/comments/${reply.id}`);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('approved');
    const ctx = await api.get(`/v1/moderation/comments/${reply.id}`, mod);
    expect(ctx.body.comment.decidedBy).toBe('mod-dash');
  });

  it('shows a newly flagged comment live and rejects it with a reason', async () => {
    const article = await newArticle();
    await signIn('flagged');
    await chromium.page.locator('[data-testid=count-flagged]').filter({ hasNotText: '…' }).waitFor();
    const before = Number(await chromium.page.locator('[data-testid=count-flagged]').innerText());
    const c = await flagged(article);
    // The count tab updates from the server-sent events stream, without reloading.
    await chromium.page.locator('[data-testid=count-flagged]').filter({ hasNotText: new RegExp(`^${before}$`) }).waitFor();
    expect(Number(await chromium.page.locator('[data-testid=count-flagged]').innerText())).toBeGreaterThan(before);
    await eventually('the new item to be listed', async () => {
      if (await chromium.page.locator('#show-new').isVisible()) await chromium.page.click('#show-new');
      return (await card(c.id).count()) > 0;
    }, 15_000, 300);
    await card(c.id).click();
    await chromium.page.locator('#detail [data-testid=reject]').waitFor();
    // single-key shortcuts turned off (WCAG 2.1.4): "a" decides nothing
    await chromium.page.uncheck('#shortcuts');
    await card(c.id).click();
    await chromium.page.keyboard.press('a');
    await chromium.page.selectOption('#reason', 'advertising');
    await chromium.page.locator('#detail [data-testid=reject]').click();
    await chromium.page.locator('#message:has-text("reject")').waitFor();
    await shot('3-after-reject');
    const ctx = await api.get(`/v1/moderation/comments/${c.id}`, mod);
    expect(ctx.body.comment).toMatchObject({ status: 'rejected', reasonCode: 'advertising', revision: c.revision });
    // the key press came before the click: had it approved, the audit trail would show it
    expect((ctx.body.audit as Array<{ action: string }>).map((a) => a.action).filter((a) => /approve/.test(a))).toEqual([]);
    expect(await chromium.page.evaluate("localStorage.getItem('parley.moderator.shortcuts')")).toBe('off');
  });

  it('shows the warning the writer was shown before posting anyway, as recorded with the comment', async () => {
    const article = await newArticle();
    const c = await postAndSettle(api, article, bob, 'I hope the councillor gets stabbed on his way home.');
    expect(c.status).toBe('flagged');
    // the widget records the warning when the writer chooses "Post anyway"
    const recorded = await api.put(`/v1/comments/${c.id}/shown-warning`, bob);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ recorded: true, decision: 'flagged' });
    const excerpt = (recorded.body.reasons as Array<{ excerpt?: string }>).find((r) => r.excerpt)!.excerpt!;

    await signIn();
    await openCard(c.id);
    const warning = chromium.page.locator('#detail [data-testid=shown-warning]');
    await warning.waitFor();
    expect(await warning.locator('h3').innerText()).toBe('Writer was warned before posting');
    expect(await warning.locator('[data-testid=shown-warning-meta]').innerText()).toMatch(/^Posted anyway on .+ after a warning that it would be held for review$/);
    const reasons = warning.locator('[data-testid=shown-warning-reasons] li');
    expect(await reasons.count()).toBe((recorded.body.reasons as unknown[]).length);
    expect(await reasons.first().locator('q').innerText()).toBe(excerpt);
    expect(await warning.innerText()).toContain(recorded.body.reasons[0].message);
    await expectAccessible(chromium.page, 'a comment with the warning its writer was shown');
    await shot('4-shown-warning');
  });

  it('refuses a token without the moderator role at sign-in', async () => {
    await chromium.page.goto(`${system.api.url}/moderate/?token=${encodeURIComponent(tokenFor('reader', ['commenter']))}`);
    await chromium.page.locator('#login-error:has-text("no moderator role")').waitFor();
    expect(await chromium.page.locator('#app').isHidden()).toBe(true);
    await expectAccessible(chromium.page, 'the sign-in page with an error');
  });

  it('shows the reported and appeals queues, their detail panels and an empty queue accessibly', async () => {
    const article = await newArticle();
    // a published comment with a report, and a rejected one its author appeals
    const reported = await postAndSettle(api, article, alice, 'The tram plan ignores the north of the city.');
    if (reported.status !== 'approved') expect((await api.post(`/v1/moderation/comments/${reported.id}/decisions`, mod, { action: 'approve', revision: reported.revision })).status).toBe(200);
    expect((await api.post(`/v1/comments/${reported.id}/reports`, bob, { reason: 'spam', text: 'Posted on every article.' })).status).toBe(201);
    const appealed = await flagged(article);
    expect((await api.post(`/v1/moderation/comments/${appealed.id}/decisions`, mod, { action: 'reject', revision: appealed.revision, reason: 'advertising' })).status).toBe(200);
    expect((await api.post(`/v1/comments/${appealed.id}/appeals`, bob, { explanation: 'It was a joke about ticket prices.' })).status).toBe(201);

    await signIn('reported');
    await openCard(reported.id, 'reported');
    await chromium.page.locator('#detail [data-testid=approve]').waitFor();
    await expectAccessible(chromium.page, 'the reported queue with a reported comment open');

    await chromium.page.click('[data-queue=appeals]');
    await openCard(appealed.id, 'appeals');
    await chromium.page.locator('#detail [data-testid=appeal-reason]').waitFor();
    await expectAccessible(chromium.page, 'the appeals queue with an appeal open');

    // an empty queue: filtered to an article without comments
    await chromium.page.fill('#filter-article', 'no-such-article');
    await chromium.page.click('#apply-filters');
    await chromium.page.locator('#detail:has-text("Nothing in this queue")').waitFor();
    await expectAccessible(chromium.page, 'an empty queue');
  });

  it('shows the item opened last when the answer for the one opened before it arrives later', async () => {
    const article = await newArticle();
    const first = await flagged(article, 'Call me on +44 20 7946 0958 for cheap tickets');
    const second = await flagged(article, 'Cheap tickets, ring +44 20 7946 0777 now');
    await signIn();
    await chromium.page.fill('#filter-article', article);
    await chromium.page.click('#apply-filters');
    await card(first.id).waitFor();
    await card(second.id).waitFor();
    await chromium.page.locator('#detail [data-testid=detail-meta]').waitFor(); // the queue's own first render is done
    // hold the detail request of the first item until the second is on screen
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const firstDetail = `**/v1/moderation/comments/${first.id}`;
    await chromium.page.route(firstDetail, async (route) => {
      await held;
      await route.continue();
    });
    const finished = chromium.page.waitForEvent('requestfinished', (r) => r.url().endsWith(`/v1/moderation/comments/${first.id}`));
    await card(first.id).click();
    await chromium.page.locator('#detail:has-text("Loading")').waitFor(); // the first item's answer is held
    await card(second.id).click();
    await chromium.page.locator(`#detail [data-testid=detail-meta][data-comment-id="${second.id}"]`).waitFor();
    release();
    await finished;
    // a round trip from the page after the held answer has arrived: the first item's render has run by then
    await chromium.page.evaluate(() => fetch('/health/live').then((r) => r.text()));
    await chromium.page.unroute(firstDetail);
    expect(await chromium.page.locator('#detail [data-testid=detail-meta]').getAttribute('data-comment-id')).toBe(second.id);
    expect(await chromium.page.locator('#detail [data-testid=comment-body]').innerText()).toBe('Cheap tickets, ring +44 20 7946 0777 now');
  });

  it('signs in, opens the queue and decides an item by keyboard alone, with the focus always visible', async () => {
    const article = await newArticle();
    const c = await flagged(article, 'Cheap tickets, call +44 20 7946 0123 today');
    await chromium.page.goto(`${system.api.url}/moderate/`);
    await chromium.page.locator('#token').waitFor();

    // sign in: Tab to the token field, type it, Tab to the button, Enter; the focus moves to the queue tabs
    await tabTo(chromium.page, (f) => f.id === 'token');
    await chromium.page.keyboard.type(mod);
    await tabTo(chromium.page, (f) => f.id === 'login-button');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.waitForSelector('[data-testid=whoami]:has-text("Dana")');
    expect((await expectFocusVisible(chromium.page, 'signing in')).label).toMatch(/^flagged/);

    // open the flagged queue (Enter on its tab), Tab to the item's Review button, Enter: the focus moves to the detail panel
    await chromium.page.keyboard.press('Enter');
    await eventually(`${c.id} to be listed`, async () => {
      if ((await card(c.id).count()) > 0) return true;
      await chromium.page.keyboard.press('Enter');
      return (await card(c.id).count()) > 0;
    }, 15_000, 300);
    await tabTo(chromium.page, (f) => f.testid === 'open' && f.within === c.id, { max: 200 });
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('#detail h2').waitFor();
    await eventually('the focus to reach the detail panel', async () => ((await expectFocusVisible(chromium.page, 'opening the item')).tag === 'h2' ? true : undefined), 10_000, 100);
    expect(await chromium.page.locator('#detail [data-testid=comment-body]').innerText()).toBe('Cheap tickets, call +44 20 7946 0123 today');

    // decide: Tab to Reject, Enter; the status is announced and the focus goes back to the queue
    await tabTo(chromium.page, (f) => f.testid === 'reject');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('#message:has-text("reject: comment is now rejected")').waitFor();
    expect(await chromium.page.locator('#message').getAttribute('role')).toBe('status');
    // once the queue is read again, the focus is on the next item's Review button or, the queue being empty, on its tab
    await eventually('the focus to return to the queue', async () => {
      const after = await expectFocusVisible(chromium.page, 'deciding');
      return after.testid === 'open' || /^flagged/.test(after.label) ? true : undefined;
    }, 10_000, 100);
    expect((await api.get(`/v1/moderation/comments/${c.id}`, mod)).body.comment).toMatchObject({ status: 'rejected', decidedBy: 'mod-dash' });
  });
});
