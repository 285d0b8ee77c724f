import fs from 'node:fs';
import path from 'node:path';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, expectFocusVisible, tabTo } from './support/accessibility';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { openEventStream } from './support/notifications-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'widget-live');

/**
 * The widget's live thread in headless Chromium against comments-api on the real database and
 * Kafka (the test publishes the moderation decisions): comments approved while the page is open
 * are counted in a "N new comments" button (not a muted author's), inserted on a key press with
 * the focus on the first of them, and removals and reaction counts apply at once. Every state
 * passes axe-core's WCAG 2.2 A/AA rules; screenshots go to test-artifacts/widget-live.
 */
describe('widget: live thread', () => {
  let h: CommentsApiHarness;
  const chromium = useChromium('the widget test', { context: { viewport: { width: 1100, height: 1400 }, timezoneId: 'UTC' } });
  const reader = tokenFor('reader-wlive', ['commenter'], 'Rita Reader');
  const bob = tokenFor('bob-wlive', ['commenter'], 'Bob');
  const alice = tokenFor('alice-wlive', ['commenter'], 'Alice');
  const carol = tokenFor('carol-wlive', ['commenter'], 'Carol');
  const streams: Array<{ close(): void }> = [];

  async function approved(articleId: string, token: string, body: string, parentId?: string) {
    const res = await h.http(`/v1/articles/${articleId}/comments`, { method: 'POST', token, json: parentId ? { body, parentId } : { body } });
    expect(res.status).toBe(202);
    const c = (await res.json()) as any;
    await h.decide(c, 'approved');
    return c as { id: string };
  }
  const visible = (id: string) => eventually(`${id} approved`, async () => ((await (await h.http(`/v1/comments/${id}`)).json()) as any).status === 'approved');
  /** A stream of the article beside the browser's: when it has a comment, the page's stream has been sent it too. */
  async function observer(articleId: string) {
    const s = openEventStream(`${h.url}/v1/articles/${articleId}/comments/stream`);
    streams.push(s);
    await s.ready;
    return s;
  }
  const seen = (s: ReturnType<typeof openEventStream>, event: string, id: string) =>
    eventually(`${event} ${id} on the stream`, async () => s.events.find((e) => e.event === event && JSON.parse(e.data).id === id), 60_000, 50);
  const open = async (article: string, token: string | null, locale?: string) => {
    await chromium.page.goto(`${h.url}/embed/demo.html?article=${article}${token ? `&token=${encodeURIComponent(token)}` : ''}${locale ? `&locale=${locale}` : ''}`);
    await chromium.page.locator('[data-testid=thread] > li').first().waitFor();
    await chromium.page.locator('[data-testid=parley-widget][data-live=ready]').waitFor({ timeout: 60_000 });
  };
  const button = () => chromium.page.locator('[data-testid=new-comments]');
  const comment = (id: string) => chromium.page.locator(`[data-testid=thread] [data-testid=comment][data-id="${id}"]`);
  const shot = (name: string) => chromium.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    h = await startCommentsApi(uniqueNamespace('wlive'), { RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '100', LIVE_THREAD_REACTIONS_POLL_MS: '200' });
  }, 180_000);
  afterEach(() => {
    streams.splice(0).forEach((s) => s.close());
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('counts new comments and replies (not a muted author’s), inserts them on a key press, applies removals and reactions', async () => {
    const article = 'wlive-thread';
    const first = await approved(article, bob, 'Bob opens the thread.');
    await visible(first.id);
    // the reader mutes Carol (by the public author id the listings show)
    const carolsOld = await approved('wlive-other', carol, 'Carol elsewhere.');
    await visible(carolsOld.id);
    const carolId = (((await (await h.http('/v1/articles/wlive-other/comments')).json()) as any).items[0]).authorId as string;
    expect((await h.http(`/v1/me/muted-authors/${carolId}`, { method: 'PUT', token: reader, json: { authorName: 'Carol' } })).status).toBeLessThan(300);

    await open(article, reader);
    const obs = await observer(article);
    const muted = await approved(article, carol, 'Carol, muted by this reader.');
    const fresh = await approved(article, alice, 'Alice arrives live.');
    const reply = await approved(article, alice, 'Alice replies to Bob live.', first.id);
    for (const c of [muted, fresh, reply]) await seen(obs, 'comment', c.id);
    await button().waitFor();
    await eventually('the button to count 2', async () => (await button().textContent()) === 'Show 2 new comments');
    expect(await comment(fresh.id).count()).toBe(0); // nothing moves until the reader asks
    await expectAccessible(chromium.page, 'the live thread with new comments waiting');
    await shot('new-comments-waiting');

    const f = await tabTo(chromium.page, (x) => x.testid === 'new-comments');
    expect(f.label).toBe('Show 2 new comments');
    await chromium.page.keyboard.press('Enter');
    await comment(fresh.id).waitFor();
    await comment(reply.id).waitFor();
    expect(await button().isHidden()).toBe(true);
    expect(await comment(muted.id).count()).toBe(0);
    // the reply sits under Bob's comment; the new top-level comment is on top (newest first)
    expect(await chromium.page.locator(`[data-testid=comment][data-id="${first.id}"] [data-testid=replies] [data-id="${reply.id}"]`).count()).toBe(1);
    expect(await chromium.page.locator('[data-testid=thread] > li').first().getAttribute('data-id')).toBe(fresh.id);
    const focus = await expectFocusVisible(chromium.page, 'inserting the new comments');
    expect(focus.within).toBe(fresh.id);
    expect(await chromium.page.locator('[data-testid=message]').textContent()).toBe('2 new comments shown.');
    await expectAccessible(chromium.page, 'the live thread after inserting the new comments');
    await shot('new-comments-inserted');

    // a reaction by someone else, and a removal, apply at once
    await eventually('the reaction count to show 1', async () => {
      await h.http(`/v1/comments/${first.id}/reaction`, { method: 'PUT', token: alice });
      return (await chromium.page.locator(`[data-testid=thread] > [data-id="${first.id}"] > [data-testid=actions] [data-testid=reaction-count]`).textContent()) === '1';
    }, 60_000, 500);
    expect((await h.http(`/v1/comments/${fresh.id}`, { method: 'DELETE', token: alice })).status).toBe(204);
    await comment(fresh.id).waitFor({ state: 'detached' });
  });

  it('speaks the reader’s language (German) and leaves a signed-out reader’s page working', async () => {
    const article = 'wlive-de';
    const first = await approved(article, bob, 'Bob beginnt.');
    await visible(first.id);
    await open(article, null, 'de');
    const obs = await observer(article);
    const next = await approved(article, alice, 'Alice kommt dazu.');
    await seen(obs, 'comment', next.id);
    await eventually('the German button', async () => (await button().textContent()) === '1 neuen Kommentar anzeigen');
    await expectAccessible(chromium.page, 'the German live thread');
    await button().click();
    await comment(next.id).waitFor();
    expect(await chromium.page.locator('[data-testid=message]').textContent()).toBe('1 neuer Kommentar angezeigt.');
    await shot('new-comments-de');
  });
});
