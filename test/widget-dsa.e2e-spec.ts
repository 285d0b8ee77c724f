import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { useChromium } from './support/chromium-browser';
import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { expectAccessible } from './support/accessibility';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'widget');
const ARTICLE = 'widget-dsa-article';
const GUIDELINES = 'https://news.example/community-guidelines';

/**
 * The widget's DSA parts in headless Chromium against the real system: the notice form
 * ("Report illegal content", Art. 16) used signed out and by keyboard alone, the author's
 * statement of reasons (Art. 17) for their own removed comment, and the Art. 14 links.
 */
describe('widget: notices of illegal content and statements of reasons in a browser', () => {
  const namespace = uniqueNamespace('widget-dsa');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  const chromium = useChromium('the widget test', { pagePerTest: false });
  let page: Page;
  const mod = moderatorToken();
  const bob = tokenFor('bob-dsa', ['commenter'], 'Bob');
  const rita = tokenFor('rita-dsa', ['commenter'], 'Rita');
  let bobComment: { id: string; revision: number };

  const comment = (id: string) => page.locator(`[data-testid=comment][data-id="${id}"]`);

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({
      withoutNotifications: true,
      namespace,
      extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false', DSA_GUIDELINES_URL: GUIDELINES, DSA_AUTOMATED_MODERATION_URL: 'https://news.example/how-we-moderate', DSA_COMPLAINT_URL: 'https://news.example/complaints?comment={commentId}' } },
    });
    api = apiClient(system.api.url);
    await putArticle(api, ARTICLE, { title: 'Council approves the new tram line' });
    bobComment = await postAndSettle(api, ARTICLE, bob, 'The councillor lied under oath, and I can prove nothing of it.');
    expect(bobComment).toMatchObject({ status: 'approved' });
    page = await chromium.browser.newPage({ viewport: { width: 1100, height: 1400 } });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('signed out: the Art. 14 links, and a notice sent with the keyboard alone through a form whose fields are labelled', async () => {
    await page.goto(`${system.api.url}/embed/demo.html?article=${ARTICLE}`);
    await comment(bobComment.id).waitFor();
    await page.locator('[data-testid=guidelines-link]').waitFor();
    expect(await page.locator('[data-testid=guidelines-link]').getAttribute('href')).toBe(GUIDELINES);
    expect(await page.locator('[data-testid=automated-moderation-link]').getAttribute('href')).toBe('https://news.example/how-we-moderate');
    expect(await page.locator('[data-testid=signed-out]').count()).toBe(1);

    // Reach the button by keyboard and open the form with Enter.
    const open = comment(bobComment.id).locator('[data-testid=report-illegal]');
    await open.focus();
    await page.keyboard.press('Enter');
    const form = comment(bobComment.id).locator('[data-testid=notice-form]');
    await form.waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    // Focus moved into the form, on its first field; every field has its label.
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe('notice-name');
    for (const label of ['Your name', 'Your email', 'Type of illegal content', 'Why is it illegal?', 'Other comments (optional)', 'I confirm in good faith that the information in this notice is accurate and complete.']) {
      expect(await form.getByLabel(label, { exact: true }).count()).toBe(1);
    }
    await page.keyboard.type('Dana Jurist');
    await page.keyboard.press('Tab');
    await page.keyboard.type('dana@lawfirm.example');
    await page.keyboard.press('Tab');
    await form.getByLabel('Type of illegal content').selectOption('defamation');
    await form.getByLabel('Type of illegal content').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('It asserts that a named councillor committed perjury, without any basis.');
    // Sent without the good-faith statement: the API's problem is shown, and nothing is stored.
    await form.locator('[data-testid=send-notice]').focus();
    const [refused] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/v1/notices')), page.keyboard.press('Enter')]);
    expect(refused.status()).toBe(400);
    await form.locator('[data-testid=notice-errors] li').first().waitFor();
    expect(await form.locator('[data-testid=notice-errors]').innerText()).toContain('goodFaith');
    expect(await form.locator('[data-testid=notice-errors]').getAttribute('role')).toBe('alert');
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe('notice-good-faith');
    await expectAccessible(page, 'the notice form showing the API\u2019s errors');
    await page.keyboard.press('Space');
    expect(await form.locator('[data-testid=notice-good-faith]').isChecked()).toBe(true);
    await form.locator('[data-testid=send-notice]').focus();
    const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/v1/notices')), page.keyboard.press('Enter')]);
    expect(res.status()).toBe(201);
    expect(res.request().headers().authorization).toBeUndefined();
    const sent = await res.json();
    await page.locator(`[data-testid=message]:has-text("Your notice ${sent.id} was received")`).waitFor();

    const notice = await api.get(`/v1/moderation/notices/${sent.id}`, mod);
    expect(notice.body).toMatchObject({ channel: 'form', reporterId: null, reporterName: 'Dana Jurist', reporterEmail: 'dana@lawfirm.example', commentIds: [bobComment.id], illegalContentType: 'defamation', status: 'open' });
  });

  it("shows the author the statement of reasons for their own removed comment, and not to other readers", async () => {
    const mine = await postAndSettle(api, ARTICLE, rita, 'The tram plan is a waste of money, in my view.');
    expect(mine.status).toBe('approved');
    const removed = await api.post(`/v1/moderation/comments/${mine.id}/decisions`, mod, { action: 'remove', revision: mine.revision, reason: 'harassment' });
    expect(removed.status).toBe(200);

    await page.goto(`${system.api.url}/embed/demo.html?article=${ARTICLE}&token=${encodeURIComponent(rita)}`);
    const own = page.locator(`[data-testid=mine] [data-id="${mine.id}"]`);
    await own.waitFor();
    expect(await own.getAttribute('data-status')).toBe('removed');
    expect(await own.locator('[data-testid=badge]').innerText()).toBe('Removed');
    const statement = own.locator('[data-testid=statement]');
    expect(await statement.getAttribute('data-restriction')).toBe('comment-removed');
    // Opened with the keyboard (a <details> summary).
    await statement.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await statement.getAttribute('open')).not.toBeNull();
    const text = await statement.innerText();
    for (const s of ['What was restricted', 'had been published, was removed', 'Facts and circumstances', 'How it came to our attention', 'Automated means', 'Ground in our guidelines', 'Community guidelines: no personal attacks', 'Internal complaint', 'Out-of-court dispute settlement', 'Courts']) {
      expect(text).toContain(s);
    }
    expect(await statement.locator('[data-testid=statement-clause-link]').getAttribute('href')).toBe(`${GUIDELINES}#harassment`);
    await expectAccessible(page, 'the author\u2019s opened statement of reasons');
    expect(await statement.locator('[data-testid=statement-complaint-link]').getAttribute('href')).toBe(`https://news.example/complaints?comment=${mine.id}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-statement.png'), fullPage: true });

    // Another reader sees neither the comment nor its statement.
    await page.goto(`${system.api.url}/embed/demo.html?article=${ARTICLE}&token=${encodeURIComponent(bob)}`);
    await comment(bobComment.id).waitFor();
    expect(await page.locator('[data-testid=statement]').count()).toBe(0);
  });

  it('shows a restricted author their own account restriction statement above the form, and takes their complaint, by keyboard alone', async () => {
    const carl = tokenFor('carl-dsa', ['commenter'], 'Carl');
    const suspended = await api.post('/v1/moderation/users/carl-dsa/actions', mod, { kind: 'suspend', reason: 'Insults after a warning', reasonCode: 'harassment', durationSeconds: 7 * 86_400 });
    expect(suspended.status).toBe(201);

    await page.goto(`${system.api.url}/embed/demo.html?article=${ARTICLE}&token=${encodeURIComponent(carl)}`);
    const notice = page.locator('[data-testid=account-restriction][data-kind=suspend]');
    await notice.waitFor();
    // In a labelled region above the comment form, with a heading naming the restriction.
    expect(await page.locator('[data-testid=account-restrictions]').getAttribute('role')).toBe('region');
    const [boxAt, formAt] = await Promise.all([page.locator('[data-testid=account-restrictions]').boundingBox(), page.locator('.parley-new').boundingBox()]);
    expect(boxAt!.y + boxAt!.height).toBeLessThanOrEqual(formAt!.y);
    expect(await notice.locator('h3').innerText()).toBe('Your account is suspended');
    expect(await notice.innerText()).toContain(`cannot post or edit comments until ${suspended.body.until}`);

    const statement = notice.locator('[data-testid=statement]');
    expect(await statement.getAttribute('data-restriction')).toBe('account-suspended');
    await statement.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await statement.getAttribute('open')).not.toBeNull();
    const text = await statement.innerText();
    for (const s of ['What was restricted', 'Facts and circumstances', 'was suspended by a moderator', 'How it came to our attention', 'Automated means', 'No automated means were used', 'Ground in our guidelines', 'Community guidelines: no personal attacks', 'Internal complaint', 'Out-of-court dispute settlement', 'Courts']) {
      expect(text).toContain(s);
    }
    expect(await statement.locator('[data-testid=statement-clause-link]').getAttribute('href')).toBe(`${GUIDELINES}#harassment`);
    expect(await statement.locator('[data-testid=statement-complaint-link]').getAttribute('href')).toMatch(/^https:\/\/news\.example\/complaints/);
    expect(await notice.locator('[data-testid=restriction-complaint-status]').innerText()).toMatch(/^You can contest this decision free of charge until /);
    await expectAccessible(page, 'the author\u2019s account restriction statement');

    // The complaint, by keyboard: the button opens a labelled form and focus moves into it.
    const contest = notice.locator('[data-testid=contest-restriction]');
    await contest.focus();
    await page.keyboard.press('Enter');
    expect(await contest.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe('complaint-text');
    expect(await notice.getByLabel('Why should this decision be reversed?', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'the account complaint form');
    await page.keyboard.type('I was quoting the councillor, not insulting anyone.');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe('send-complaint');
    const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/v1/me/account-decisions/${suspended.body.id}/appeals`)), page.keyboard.press('Enter')]);
    expect(res.status()).toBe(201);
    await page.locator('[data-testid=message]:has-text("Your complaint was received")').waitFor();
    const status = page.locator('[data-testid=account-restriction][data-kind=suspend] [data-testid=restriction-complaint-status]');
    await status.filter({ hasText: 'Your complaint is being reviewed' }).waitFor();
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe('restriction-complaint-status');
    expect(await page.locator('[data-testid=contest-restriction]').count()).toBe(0);
    const queue = await api.get('/v1/moderation/appeals?status=open', mod);
    expect(queue.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: `account:${suspended.body.id}`, subject: 'account', explanation: 'I was quoting the councillor, not insulting anyone.' })]));
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-account-restriction.png'), fullPage: true });

    // Nobody else sees it.
    await page.goto(`${system.api.url}/embed/demo.html?article=${ARTICLE}&token=${encodeURIComponent(bob)}`);
    await comment(bobComment.id).waitFor();
    expect(await page.locator('[data-testid=account-restriction]').count()).toBe(0);
  });
});
