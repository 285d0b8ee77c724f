import { useChromium } from './support/chromium-browser';
import { expectAccessible } from './support/accessibility';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * The widget warns the writer before posting (headless Chromium against a real comments-api):
 * Post runs the draft through POST …/comments/check; a draft the guidelines would hold shows the
 * reasons with "Revise" and "Post anyway"; a harmless draft is posted straight away. The warning
 * passes axe-core's WCAG 2.2 A/AA rules. Each test writes on an article of its own.
 */
describe('widget: warning before posting', () => {
  let h: CommentsApiHarness;
  const chromium = useChromium('the widget check test');
  let articles = 0;
  const writer = tokenFor('widget-check-writer', ['commenter'], 'Wendy Writer');
  const moderator = tokenFor('widget-check-moderator', ['moderator'], 'Mo');

  /** The writer's comments on the article, newest first. */
  const mineOn = async (article: string): Promise<Array<{ id: string; body: string }>> => {
    const res = await h.http(`/v1/me/comments?articleId=${article}`, { token: writer });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: Array<{ id: string; body: string }> }).items;
  };
  const mine = async (article: string): Promise<string[]> => (await mineOn(article)).map((c) => c.body);
  /** The widget on an article of the test's own (no other test posts there). */
  const openWidget = async () => {
    const article = `widget-check-article-${++articles}`;
    await chromium.page.goto(`${h.url}/embed/demo.html?article=${article}&token=${encodeURIComponent(writer)}`);
    await chromium.page.locator('[data-testid=new-body]').waitFor();
    return article;
  };

  beforeAll(async () => {
    h = await startCommentsApi(uniqueNamespace('widget-check'), { RATE_LIMIT_ENABLED: 'false' });
  }, 180_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('shows why a draft would be held, lets the writer revise it, and posts the revised text', async () => {
    const article = await openWidget();
    const draft = 'Someone should put a bullet in Smith for this.';
    await chromium.page.fill('[data-testid=new-body]', draft);
    await chromium.page.click('[data-testid=post]');
    const warning = chromium.page.locator('[data-testid=check-warning]');
    await warning.waitFor({ state: 'visible' });
    expect(await warning.getAttribute('data-decision')).toBe('flagged');
    expect(await chromium.page.locator('[data-testid=check-reasons] li').first().textContent()).toMatch(/moderator will review/);
    expect(await chromium.page.locator('[data-testid=check-excerpt]').first().textContent()).toBe('Someone should put a bullet in Smith');
    await expectAccessible(chromium.page, 'the pre-post warning (flagged)');
    // the draft is kept and nothing was posted
    expect(await chromium.page.inputValue('[data-testid=new-body]')).toBe(draft);
    expect(await mine(article)).toEqual([]);

    await chromium.page.click('[data-testid=revise]');
    await warning.waitFor({ state: 'hidden' });
    // the words concerned are selected in the text area
    expect(await chromium.page.locator('[data-testid=new-body]').evaluate((ta) => ta === ta.ownerDocument.activeElement)).toBe(true);
    await chromium.page.fill('[data-testid=new-body]', 'Smith should answer for this in court.');
    await chromium.page.click('[data-testid=post]');
    await chromium.page.locator('[data-testid=message]', { hasText: 'awaiting moderation' }).waitFor();
    expect(await warning.isHidden()).toBe(true);
    const revised = await eventually('the revised comment to be listed', async () => (await mineOn(article)).find((c) => c.body === 'Smith should answer for this in court.'));
    // the revised comment raised no warning, so none is recorded for it
    expect((await h.http(`/v1/comments/${revised.id}/shown-warning`, { token: moderator })).status).toBe(404);
  });

  it('posts the draft unchanged when the writer chooses Post anyway', async () => {
    const article = await openWidget();
    await chromium.page.fill('[data-testid=new-body]', 'I hope the councillor gets stabbed.');
    await chromium.page.click('[data-testid=post]');
    await chromium.page.locator('[data-testid=check-warning]').waitFor({ state: 'visible' });
    await expectAccessible(chromium.page, 'the pre-post warning before posting anyway');
    await chromium.page.click('[data-testid=post-anyway]');
    await chromium.page.locator('[data-testid=check-warning]').waitFor({ state: 'hidden' });
    expect(await chromium.page.inputValue('[data-testid=new-body]')).toBe('');
    const posted = await eventually('the comment to be listed', async () => (await mineOn(article)).find((c) => c.body === 'I hope the councillor gets stabbed.'));

    // the warning that was shown is recorded with the comment, for moderators only
    const shown = await eventually('the shown warning to be recorded', async () => {
      const r = await h.http(`/v1/comments/${posted.id}/shown-warning`, { token: moderator });
      return r.status === 200 ? ((await r.json()) as Record<string, unknown>) : undefined;
    });
    expect(shown).toMatchObject({ commentId: posted.id, decision: 'flagged', reasons: expect.arrayContaining([expect.objectContaining({ category: 'threat', excerpt: 'I hope the councillor gets stabbed' })]) });
    expect(Date.parse(shown.shownAt as string)).not.toBeNaN();
    expect((await h.http(`/v1/comments/${posted.id}/shown-warning`, { token: writer })).status).toBe(403);
  });

  it('records a shown warning only for the comment author, once, and nothing for a harmless text', async () => {
    const article = `widget-check-article-${++articles}`;
    const post = async (token: string, body: string) => {
      const r = await h.http(`/v1/articles/${article}/comments`, { method: 'POST', token, json: { body } });
      expect(r.status).toBe(202);
      return ((await r.json()) as { id: string }).id;
    };
    const id = await post(writer, 'Muslims are a cancer on this country.');
    const other = tokenFor('widget-check-other');
    expect((await h.http(`/v1/comments/${id}/shown-warning`, { method: 'PUT', token: other })).status).toBe(404);
    const first = await h.http(`/v1/comments/${id}/shown-warning`, { method: 'PUT', token: writer });
    expect(first.status).toBe(200);
    const recorded = (await first.json()) as { recorded: boolean; shownAt: string; decision: string };
    expect(recorded).toMatchObject({ recorded: true, decision: 'flagged' });
    const again = (await (await h.http(`/v1/comments/${id}/shown-warning`, { method: 'PUT', token: writer })).json()) as { shownAt: string };
    expect(again.shownAt).toBe(recorded.shownAt);
    const harmless = await post(writer, 'The new tram timetable is a real improvement.');
    expect(await (await h.http(`/v1/comments/${harmless}/shown-warning`, { method: 'PUT', token: writer })).json()).toEqual({ recorded: false });
  });
});
