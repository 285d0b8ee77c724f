import fs from 'node:fs';
import path from 'node:path';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, focused, tabTo } from './support/accessibility';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'widget-locale-mute');

/**
 * The widget in other languages (data-locale: German, French, fallbacks) and muting an author,
 * in headless Chromium against comments-api on the real database and Kafka (the test publishes
 * the moderation decisions). Every state passes axe-core's WCAG 2.2 A/AA rules.
 */
describe('widget: languages and muting authors', () => {
  let h: CommentsApiHarness;
  const chromium = useChromium('the widget test', { context: { viewport: { width: 1100, height: 1400 }, timezoneId: 'UTC' } });
  const reader = tokenFor('reader-locale', ['commenter'], 'Rita Reader');
  const bob = tokenFor('bob-locale', ['commenter'], 'Bob');
  const alice = tokenFor('alice-locale', ['commenter'], 'Alice');
  const erin = tokenFor('erin-locale', ['commenter'], 'Erin');
  /** The reader of the muting test (the German one mutes Bob as its reader). */
  const muter = tokenFor('muter-locale', ['commenter'], 'Max Muter');

  /** Posts and approves (a decision through Kafka) a comment. */
  async function approved(articleId: string, token: string, body: string, parentId?: string) {
    const res = await h.http(`/v1/articles/${articleId}/comments`, { method: 'POST', token, json: parentId ? { body, parentId } : { body } });
    expect(res.status).toBe(202);
    const c = (await res.json()) as any;
    await h.decide(c, 'approved');
    await eventually(`approval of ${c.id}`, async () => ((await (await h.http(`/v1/comments/${c.id}`)).json()) as any).status === 'approved');
    return c as { id: string; createdAt: string };
  }
  /** A thread of two top-level comments (Bob's with a reply by Alice) and one reply by Bob under Alice's. */
  async function thread(articleId: string) {
    const b = await approved(articleId, bob, 'Bob thinks the tram will help the east side.');
    const a = await approved(articleId, alice, 'Alice worries about the works.');
    await approved(articleId, alice, 'Alice answers Bob.', b.id);
    await approved(articleId, bob, 'Bob answers Alice.', a.id);
    await eventually('the thread to list both comments with their replies', async () => {
      const items = ((await (await h.http(`/v1/articles/${articleId}/comments`)).json()) as any).items;
      return items.length === 2 && items.every((c: any) => c.replyCount === 1);
    });
    return { a, b };
  }
  const open = async (article: string, token: string | null, locale?: string) => {
    await chromium.page.goto(`${h.url}/embed/demo.html?article=${article}${token ? `&token=${encodeURIComponent(token)}` : ''}${locale ? `&locale=${encodeURIComponent(locale)}` : ''}`);
    await chromium.page.locator('[data-testid=thread] > li').first().waitFor();
  };
  const widget = () => chromium.page.locator('[data-testid=parley-widget]');
  const comment = (id: string) => chromium.page.locator(`[data-testid=thread] [data-testid=comment][data-id="${id}"]`);
  const shot = (name: string) => chromium.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    h = await startCommentsApi(uniqueNamespace('wlocale'), { RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '100' });
  }, 180_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('renders in German (data-locale="de"): messages, aria labels, dates and counts by locale, lang on the root', async () => {
    const { a, b } = await thread('locale-de');
    // a big reaction count, to see the German digit grouping (the listing as served, with one number changed in the browser)
    await chromium.page.route(/\/v1\/articles\/locale-de\/comments\?/, async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      for (const c of json.items) if (c.id === a.id) c.reactionCount = 12345;
      await route.fulfill({ response: res, json });
    });
    await open('locale-de', reader, 'de');
    expect(await widget().getAttribute('lang')).toBe('de');
    expect(await widget().locator('h2').innerText()).toBe('Kommentare');
    expect(await chromium.page.locator('[data-testid=post]').innerText()).toBe('Kommentar senden');
    expect(await chromium.page.locator('[data-testid=new-body]').getAttribute('aria-label')).toBe('Ihr Kommentar');
    expect(await chromium.page.locator('[data-testid=thread]').getAttribute('aria-label')).toBe('Veröffentlichte Kommentare');
    expect(await comment(b.id).locator('[data-testid=show-replies]').innerText()).toBe('1 Antwort anzeigen');
    expect(await comment(b.id).locator('[data-testid=report]').innerText()).toBe('Melden');
    expect(await comment(b.id).locator('[data-testid=mute]').getAttribute('aria-label')).toBe('Bob stummschalten: Kommentare für Sie ausblenden');
    expect(await comment(a.id).locator('[data-testid=reaction-count]').innerText()).toBe('12.345');
    // a comment of a minute ago: relative in German, the full date (dd.mm.yyyy, hh:mm) as its title
    const date = comment(b.id).locator('[data-testid=date]').first();
    expect(await date.innerText()).toMatch(/^(jetzt|vor \d+ (Sekunden?|Minuten?))$/);
    expect(await date.getAttribute('title')).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(await date.getAttribute('title')).toBe(new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(b.createdAt)));
    await expectAccessible(chromium.page, 'the widget in German');
    // a status announcement in German (muting Bob)
    await comment(b.id).locator('[data-testid=mute]').first().click();
    await chromium.page.locator('[data-testid=message]:has-text("Sie haben Bob stummgeschaltet.")').waitFor();
    expect(await chromium.page.locator('[data-testid=muted-count]').innerText()).toBe('1 stummgeschaltete Person');
    expect(await chromium.page.locator('[data-testid=unmute]').getAttribute('aria-label')).toBe('Stummschaltung aufheben: Bob');
    await expectAccessible(chromium.page, 'the widget in German after muting an author');
    await shot('german');
  });

  it('renders in French with a regional tag (fr-CA → French messages, Canadian French formats), and falls back to English', async () => {
    const { b } = await thread('locale-fr');
    await chromium.page.route(/\/v1\/articles\/locale-fr\/comments\?/, async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      for (const c of json.items) if (c.id === b.id) c.reactionCount = 12345;
      await route.fulfill({ response: res, json });
    });
    await open('locale-fr', null, 'fr-CA');
    expect(await widget().getAttribute('lang')).toBe('fr-CA');
    expect(await widget().locator('h2').innerText()).toBe('Commentaires');
    expect(await chromium.page.locator('[data-testid=signed-out]').innerText()).toBe('Connectez-vous pour participer à la discussion.');
    expect(await comment(b.id).locator('[data-testid=show-replies]').innerText()).toBe('Afficher 1 réponse');
    expect(await comment(b.id).locator('[data-testid=reaction-count]').innerText()).toMatch(/^12[\u00a0\u202f ]345$/);
    expect(await comment(b.id).locator('[data-testid=date]').first().innerText()).toMatch(/^(maintenant|il y a \d+ (secondes?|minutes?))$/);
    await comment(b.id).locator('[data-testid=show-replies]').click();
    await comment(b.id).locator('[data-testid=replies] [data-testid=comment]').first().waitFor();
    expect(await comment(b.id).locator('[data-testid=replies]').first().getAttribute('aria-label')).toBe('Réponses à Bob');
    await expectAccessible(chromium.page, 'the widget in French');
    await shot('french');

    // a language without a catalogue: English, and lang says so
    await open('locale-fr', null, 'pt-BR');
    expect(await widget().getAttribute('lang')).toBe('en');
    expect(await widget().locator('h2').innerText()).toBe('Comments');
    expect(await comment(b.id).locator('[data-testid=show-replies]').innerText()).toBe('Show 1 reply');
  });

  it('mutes an author by keyboard: their comments and replies leave the page for this reader only, and unmute brings them back', async () => {
    const { a, b } = await thread('mute-widget');
    await open('mute-widget', muter);
    expect(await comment(a.id).locator('[data-testid=mute]').first().getAttribute('aria-label')).toBe('Mute Alice: hide their comments from you');
    // no Mute on one's own comments
    const own = await approved('mute-widget', muter, 'Max has a view too.');
    await eventually('own comment listed', async () => {
      await chromium.page.reload();
      return (await comment(own.id).count()) === 1;
    });
    expect(await comment(own.id).locator('[data-testid=mute]').count()).toBe(0);

    await chromium.page.locator('[data-testid=refresh]').focus();
    await tabTo(chromium.page, (f) => f.testid === 'mute' && f.within === b.id, { max: 80 });
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=message]:has-text("You muted Bob.")').waitFor();
    expect(await comment(b.id).count()).toBe(0);
    // the focus is on the button that undoes it
    expect(await focused(chromium.page)).toMatchObject({ testid: 'unmute', label: 'Unmute Bob' });
    expect(await chromium.page.locator('[data-testid=muted-author]').innerText()).toContain('Bob');
    await expectAccessible(chromium.page, 'the widget after muting an author');
    await shot('muted');

    // after a reload (from the server): Bob's comments and his reply under Alice's stay hidden
    await chromium.page.reload();
    await comment(a.id).waitFor();
    expect(await comment(b.id).count()).toBe(0);
    await comment(a.id).locator('[data-testid=show-replies]').click();
    await eventually('the replies to be loaded', async () => (await comment(a.id).locator('[data-testid=show-replies]').count()) === 0);
    expect(await comment(a.id).locator('[data-testid=replies] [data-testid=comment]').count()).toBe(0);
    expect(await chromium.page.locator('[data-testid=muted-count]').innerText()).toBe('1 muted author');

    // another reader still sees Bob
    const other = await chromium.context.newPage();
    await other.goto(`${h.url}/embed/demo.html?article=mute-widget&token=${encodeURIComponent(erin)}`);
    await other.locator(`[data-testid=thread] [data-id="${b.id}"]`).waitFor();
    await other.close();

    // unmute by keyboard
    await chromium.page.locator('[data-testid=refresh]').focus();
    await tabTo(chromium.page, (f) => f.testid === 'unmute', { max: 80 });
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=message]:has-text("You unmuted Bob.")').waitFor();
    await comment(b.id).waitFor();
    expect(await chromium.page.locator('[data-testid=muted-authors]').isHidden()).toBe(true);
    await expectAccessible(chromium.page, 'the widget after unmuting');
  });
});
