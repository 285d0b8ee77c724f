import fs from 'node:fs';
import path from 'node:path';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, expectFocusVisible, focused, tabTo } from './support/accessibility';
import { startSystem } from './support/app-processes';
import { adminToken, apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor, tokenWithClaims } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'widget-curation');

/**
 * Curation in headless Chromium against the three apps on the real Kafka and database: the
 * widget's featured tab (keyboard: arrow keys between tabs), the pinned comment above the thread,
 * the authors' badges (from the token and from an admin); the dashboard's pin action and badges.
 * Every state passes axe-core's WCAG 2.2 A/AA rules; screenshots go to test-artifacts/widget-curation.
 */
describe('curation in the widget and the dashboard', () => {
  const namespace = uniqueNamespace('wcuration');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  const chromium = useChromium('the widget test', { context: { viewport: { width: 1100, height: 1200 }, timezoneId: 'UTC' } });
  const mod = moderatorToken('mod-cur-ui', 'Dana');
  const reader = tokenFor('reader-cur-ui', ['commenter'], 'Rita Reader');
  const staff = tokenWithClaims('staff-cur-ui', { name: 'Stef from the newsroom', badges: ['staff'] });
  const expert = tokenFor('expert-cur-ui', ['commenter'], 'Eve Hydrologist');
  const plain = tokenWithClaims('plain-cur-ui', { name: 'Pat', subscriber: true });
  const shot = (name: string) => chromium.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const widgetComment = (id: string) => chromium.page.locator(`[data-testid=thread] [data-testid=comment][data-id="${id}"]`);

  async function approved(article: string, token: string, body: string) {
    const c = await postAndSettle(api, article, token, body);
    expect(c.status).toBe('approved');
    return c as { id: string; revision: number; articleId: string };
  }
  /** Three comments: the newsroom's (staff badge from the token), an expert's (badge from an admin), a subscriber's (boolean claim). */
  async function curatedArticle(article: string) {
    await putArticle(api, article, { title: 'Flood defences: what the new model says' });
    const s = await approved(article, staff, `From the newsroom: we updated the flood map of ${article === 'cur-ui-widget' ? 'the river' : 'the coast'} at 10:00.`);
    const e = await approved(article, expert, `As a hydrologist: the ${article === 'cur-ui-widget' ? 'model is sound' : 'new gauges help'}, the barriers are not.`);
    const p = await approved(article, plain, `Our ${article === 'cur-ui-widget' ? 'street' : 'cellar'} flooded twice this year.`);
    expect((await api.put('/v1/admin/users/expert-cur-ui/badges', adminToken(), { badges: ['expert'] })).status).toBe(200);
    return { s, e, p };
  }

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    system = await startSystem({
      withoutNotifications: true,
      namespace,
      extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '100', COMMENTS_SETTINGS_CACHE_TTL_MS: '500' } },
    });
    api = apiClient(system.api.url);
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('widget: the pinned comment above the thread, badges, and the featured tab operated by keyboard', async () => {
    const { s, e, p } = await curatedArticle('cur-ui-widget');
    expect((await api.post(`/v1/moderation/comments/${e.id}/decisions`, mod, { action: 'feature', revision: e.revision })).status).toBe(200);
    expect((await api.put('/v1/moderation/articles/cur-ui-widget/pinned-comment', mod, { commentId: s.id })).status).toBe(200);
    await eventually('the thread with the admin badge', async () => {
      const r = await api.get('/v1/articles/cur-ui-widget/comments');
      return r.body.items.length === 3 && JSON.stringify(r.body.items.find((c: any) => c.id === e.id)?.badges) === '["expert"]';
    });

    await chromium.page.goto(`${system.api.url}/embed/demo.html?article=cur-ui-widget&token=${encodeURIComponent(reader)}`);
    await chromium.page.locator('[data-testid=thread] > li').first().waitFor();
    await chromium.page.locator('[data-testid=pinned] [data-testid=comment]').waitFor();

    // the pinned comment: above the thread, labelled, with the staff badge; not twice
    const pinned = chromium.page.locator('[data-testid=pinned]');
    expect(await pinned.getAttribute('aria-label')).toBe('Pinned comment');
    expect(await pinned.locator('[data-testid=pinned-label]').innerText()).toBe('Pinned by the editors');
    expect(await pinned.locator('[data-testid=comment]').getAttribute('data-id')).toBe(s.id);
    expect(await pinned.locator('[data-testid=author-badge]').allInnerTexts()).toEqual(['Staff']);
    expect(await pinned.locator('[data-testid=author-badges]').getAttribute('aria-label')).toBe('Badges of Stef from the newsroom');
    expect(await widgetComment(s.id).count()).toBe(0);
    // badges and the featured mark in the thread
    expect(await widgetComment(e.id).locator('[data-testid=author-badge]').allInnerTexts()).toEqual(['Expert']);
    expect(await widgetComment(e.id).locator('[data-testid=featured-mark]').innerText()).toContain('Featured');
    expect(await widgetComment(p.id).locator('[data-testid=author-badge]').allInnerTexts()).toEqual(['Subscriber']);
    expect(await widgetComment(p.id).locator('[data-testid=featured-mark]').count()).toBe(0);
    // the tabs: "All comments" selected
    expect(await chromium.page.locator('[data-testid=tab-all]').getAttribute('aria-selected')).toBe('true');
    expect(await chromium.page.locator('[data-testid=tab-featured]').getAttribute('aria-selected')).toBe('false');
    expect(await chromium.page.locator('[data-testid=tabpanel]').getAttribute('aria-labelledby')).toBe('parley-tab-all');
    await expectAccessible(chromium.page, 'the widget with a pinned comment, badges and tabs');
    await shot('widget-all-pinned-badges');

    // keyboard: Tab reaches the selected tab (the other one is skipped: roving tabindex), → selects Featured
    await chromium.page.locator('[data-testid=refresh]').focus();
    const tab = await tabTo(chromium.page, (f) => f.testid === 'tab-all' || f.testid === 'tab-featured');
    expect(tab.testid).toBe('tab-all');
    await chromium.page.keyboard.press('ArrowRight');
    await chromium.page.locator('[data-testid=tab-featured][aria-selected=true]').waitFor();
    expect((await expectFocusVisible(chromium.page, 'ArrowRight on the tabs')).testid).toBe('tab-featured');
    await chromium.page.locator('[data-testid=tabpanel][data-tab=featured]').waitFor();
    await eventually('the featured tab to list the featured comment only', async () => {
      const ids = await chromium.page.locator('[data-testid=thread] [data-testid=comment]').evaluateAll((els) => els.map((x) => x.getAttribute('data-id')));
      return ids.length === 1 && ids[0] === e.id;
    });
    expect(await chromium.page.locator('[data-testid=thread]').getAttribute('aria-label')).toBe('Comments featured by the editors');
    expect(await chromium.page.locator('[data-testid=tabpanel]').getAttribute('aria-labelledby')).toBe('parley-tab-featured');
    await expectAccessible(chromium.page, 'the featured tab');
    await shot('widget-featured-tab');
    // ← back (wraps the other way too), Home/End
    await chromium.page.keyboard.press('ArrowLeft');
    await chromium.page.locator('[data-testid=tab-all][aria-selected=true]').waitFor();
    expect((await focused(chromium.page))?.testid).toBe('tab-all');
    await eventually('all comments again', async () => (await chromium.page.locator('[data-testid=thread] [data-testid=comment]').count()) === 2);
    await chromium.page.keyboard.press('End');
    await chromium.page.locator('[data-testid=tab-featured][aria-selected=true]').waitFor();
    await chromium.page.keyboard.press('Home');
    await chromium.page.locator('[data-testid=tab-all][aria-selected=true]').waitFor();
  });

  it('widget: opens on the featured tab with data-tab="featured", and says when nothing is featured', async () => {
    await putArticle(api, 'cur-ui-empty', { title: 'Nothing featured yet' });
    await approved('cur-ui-empty', plain, 'A first comment.');
    await chromium.page.goto(`${system.api.url}/embed/demo.html?article=cur-ui-empty&tab=featured`);
    await chromium.page.locator('[data-testid=tabpanel][data-tab=featured] [data-testid=empty]').waitFor();
    expect(await chromium.page.locator('[data-testid=empty]').innerText()).toBe('No featured comments yet.');
    expect(await chromium.page.locator('[data-testid=tab-featured]').getAttribute('aria-selected')).toBe('true');
    expect(await chromium.page.locator('[data-testid=pinned]').isHidden()).toBe(true);
    await expectAccessible(chromium.page, 'an empty featured tab');
  });

  it('dashboard: shows the author badges and pins, replaces and unpins a comment by keyboard', async () => {
    const { s, e } = await curatedArticle('cur-ui-dash');
    // (one comments-api replica: the admin's badge applies there at once)
    await chromium.page.goto(`${system.api.url}/moderate/?token=${encodeURIComponent(mod)}`);
    await chromium.page.waitForSelector('[data-testid=whoami]:has-text("Dana")');
    await chromium.page.click('[data-queue=approved]');
    await chromium.page.locator('[data-queue=approved][aria-selected=true]').waitFor();
    const card = (id: string) => chromium.page.locator(`[data-testid=card][data-id="${id}"]`);
    await eventually(
      `${e.id} to be listed`,
      async () => {
        if ((await card(e.id).count()) > 0) return true;
        await chromium.page.click('[data-queue=approved]');
        return (await card(e.id).count()) > 0;
      },
      15_000,
      300,
    );
    expect(await card(e.id).locator('[data-testid=author-badge]').allInnerTexts()).toEqual(['expert']);
    expect(await card(s.id).locator('[data-testid=author-badge]').allInnerTexts()).toEqual(['staff']);

    // open the expert's comment from the keyboard and pin it with Enter
    // (the list may be redrawn by the queue stream between focus and Enter: then press again)
    const detail = chromium.page.locator('#detail');
    await eventually(
      `${e.id} open in the detail panel`,
      async () => {
        if ((await detail.locator(`[data-testid=detail-meta][data-comment-id="${e.id}"]`).count()) > 0) return true;
        await card(e.id).locator('[data-testid=open]').focus();
        await chromium.page.keyboard.press('Enter');
        return (await detail.locator(`[data-testid=detail-meta][data-comment-id="${e.id}"]`).count()) > 0;
      },
      30_000,
      300,
    );
    expect(await detail.locator('[data-testid=author-badge]').allInnerTexts()).toEqual(['expert']);
    const pinButton = detail.locator('[data-testid=pin]');
    expect(await pinButton.innerText()).toBe('Pin to article');
    await pinButton.focus();
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('#message:has-text("Pinned to cur-ui-dash")').waitFor();
    await detail.locator('[data-testid=pin]:has-text("Unpin")').waitFor();
    expect((await expectFocusVisible(chromium.page, 'pinning')).testid).toBe('pin');
    expect((await api.get('/v1/articles/cur-ui-dash/pinned-comment')).body.comment.id).toBe(e.id);
    await expectAccessible(chromium.page, 'the dashboard with a pinned comment');
    await shot('dashboard-pinned');

    // pinning the staff comment replaces it
    await card(s.id).locator('[data-testid=open]').click();
    await detail.locator('[data-testid=pin]:has-text("Pin to article")').waitFor();
    await detail.locator('[data-testid=pin]').click();
    await chromium.page.locator('#message:has-text("replacing the comment pinned before")').waitFor();
    expect((await api.get('/v1/articles/cur-ui-dash/pinned-comment')).body.comment.id).toBe(s.id);
    // and Unpin clears it
    await detail.locator('[data-testid=pin]:has-text("Unpin")').click();
    await chromium.page.locator('#message:has-text("Unpinned from cur-ui-dash")').waitFor();
    expect((await api.get('/v1/articles/cur-ui-dash/pinned-comment')).body.comment).toBeNull();

    // featuring from the dashboard (keyboard) puts it in the featured tab
    await detail.locator('[data-testid=feature]').focus();
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('#message:has-text("feature: comment is now approved")').waitFor();
    expect((await api.get('/v1/articles/cur-ui-dash/featured-comments')).body.items.map((c: any) => c.id)).toEqual([s.id]);
  });
});
