import fs from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTICLE = 'widget-check-article';

/**
 * The widget warns the writer before posting (headless Chromium against a real comments-api):
 * Post runs the draft through POST …/comments/check; a draft the guidelines would hold shows the
 * reasons with "Revise" and "Post anyway"; a harmless draft is posted straight away.
 */
describe('widget: warning before posting', () => {
  let h: CommentsApiHarness;
  let browser: Browser;
  let page: Page;
  const writer = tokenFor('widget-check-writer', ['commenter'], 'Wendy Writer');

  const mine = async (): Promise<string[]> => {
    const res = await h.http(`/v1/me/comments?articleId=${ARTICLE}`, { token: writer });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: Array<{ body: string }> }).items.map((c) => c.body);
  };

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: this test needs Debian's chromium package (apt-get install -y chromium)`);
    h = await startCommentsApi(uniqueNamespace('widget-check'), { RATE_LIMIT_ENABLED: 'false' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage();
    await page.goto(`${h.url}/embed/demo.html?article=${ARTICLE}&token=${encodeURIComponent(writer)}`);
    await page.locator('[data-testid=new-body]').waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it('shows why a draft would be held, lets the writer revise it, and posts the revised text', async () => {
    const draft = 'Someone should put a bullet in Smith for this.';
    await page.fill('[data-testid=new-body]', draft);
    await page.click('[data-testid=post]');
    const warning = page.locator('[data-testid=check-warning]');
    await warning.waitFor({ state: 'visible' });
    expect(await warning.getAttribute('data-decision')).toBe('flagged');
    expect(await page.locator('[data-testid=check-reasons] li').first().textContent()).toMatch(/moderator will review/);
    expect(await page.locator('[data-testid=check-excerpt]').first().textContent()).toBe('Someone should put a bullet in Smith');
    // the draft is kept and nothing was posted
    expect(await page.inputValue('[data-testid=new-body]')).toBe(draft);
    expect(await mine()).toEqual([]);

    await page.click('[data-testid=revise]');
    await warning.waitFor({ state: 'hidden' });
    // the words concerned are selected in the text area
    expect(await page.locator('[data-testid=new-body]').evaluate((ta) => ta === ta.ownerDocument.activeElement)).toBe(true);
    await page.fill('[data-testid=new-body]', 'Smith should answer for this in court.');
    await page.click('[data-testid=post]');
    await page.locator('[data-testid=message]', { hasText: 'awaiting moderation' }).waitFor();
    expect(await warning.isHidden()).toBe(true);
    await eventually('the revised comment to be listed', async () => ((await mine()).includes('Smith should answer for this in court.') ? true : undefined));
  });

  it('posts the draft unchanged when the writer chooses Post anyway', async () => {
    await page.fill('[data-testid=new-body]', 'I hope the councillor gets stabbed.');
    await page.click('[data-testid=post]');
    await page.locator('[data-testid=check-warning]').waitFor({ state: 'visible' });
    await page.click('[data-testid=post-anyway]');
    await page.locator('[data-testid=check-warning]').waitFor({ state: 'hidden' });
    expect(await page.inputValue('[data-testid=new-body]')).toBe('');
    await eventually('the comment to be listed', async () => ((await mine()).includes('I hope the councillor gets stabbed.') ? true : undefined));
  });
});
