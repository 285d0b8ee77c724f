import fs from 'node:fs';
import path from 'node:path';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, focused, tabTo } from './support/accessibility';
import { CommentsApiHarness, startCommentsApiWithNotifications } from './support/comments-api-harness';
import { uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'dashboard-user-data');

/**
 * The dashboard's user data page (/moderate/users.html) in headless Chromium against comments-api
 * on the real database and Kafka: an administrator looks up a user, downloads their export and
 * schedules and cancels their erasure with the keyboard alone; a moderator without the admin role
 * gets no controls, and the API refuses them the admin routes. Every state passes axe-core's
 * WCAG 2.2 A/AA rules.
 */
describe('dashboard: user data (GDPR) for administrators', () => {
  let h: CommentsApiHarness;
  let apps: Awaited<ReturnType<typeof startCommentsApiWithNotifications>>;
  const chromium = useChromium('the dashboard test', { context: { viewport: { width: 1100, height: 900 }, timezoneId: 'UTC', acceptDownloads: true } });
  const admin = tokenFor('admin-userdata', ['admin'], 'Ada Admin');
  const moderator = tokenFor('mod-userdata', ['moderator'], 'Mo <b>Moderator</b>');
  const reader = tokenFor('reader-userdata', ['commenter'], 'Rhea');
  const shot = (name: string) => chromium.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const erasure = async (userId: string) => {
    const res = await h.http(`/v1/admin/users/${encodeURIComponent(userId)}/erasure`, { token: admin });
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    // notifications behind comments-api's address (the one public address), for its part of the export
    const namespace = uniqueNamespace('userdata');
    apps = await startCommentsApiWithNotifications(namespace, { RATE_LIMIT_ENABLED: 'false' });
    h = apps.api;
  }, 180_000);
  afterAll(async () => {
    await apps?.stop();
  });

  it('lets an administrator look up a user, download their export, schedule and cancel their erasure, by keyboard', async () => {
    const posted = await h.http('/v1/articles/userdata-article/comments', { method: 'POST', token: reader, json: { body: 'Rhea writes about the <b>tram</b>.' } });
    expect(posted.status).toBe(202);
    const comment = (await posted.json()) as any;
    // the dashboard links to the page
    expect(await (await h.http('/moderate/')).text()).toContain('href="users.html"');

    // signed out: the sign-in form, used by keyboard
    await chromium.page.goto(`${h.url}/moderate/users.html`);
    await chromium.page.locator('#login:not([hidden])').waitFor();
    expect((await focused(chromium.page))?.id).toBe('token');
    await chromium.page.keyboard.insertText(admin);
    await tabTo(chromium.page, (f) => f.tag === 'button' && f.label === 'Sign in');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('#tools:not([hidden])').waitFor();
    expect(await chromium.page.locator('[data-testid=whoami]').innerText()).toBe('Ada Admin (admin)');
    expect((await focused(chromium.page))?.id).toBe('user-id');
    await expectAccessible(chromium.page, 'the user data page, signed in as an administrator');

    // a malformed user id: the API's problem, next to the field, and the focus stays there
    await chromium.page.keyboard.insertText('not a user');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=user-id-error]:not(:empty)').waitFor();
    expect(await chromium.page.locator('#user-id').getAttribute('aria-invalid')).toBe('true');
    expect((await focused(chromium.page))?.id).toBe('user-id');
    await expectAccessible(chromium.page, 'a refused user id');

    await chromium.page.keyboard.press('ControlOrMeta+A');
    await chromium.page.keyboard.insertText('reader-userdata');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=erasure-status][data-status=none]').waitFor();
    expect((await focused(chromium.page))?.id).toBe('user-title');
    expect(await chromium.page.locator('#user-title').innerText()).toBe('User reader-userdata');
    expect(await chromium.page.locator('#user-id').getAttribute('aria-invalid')).toBeNull();

    // the export, downloaded as the API names it
    await tabTo(chromium.page, (f) => f.testid === 'download-export');
    const [download] = await Promise.all([chromium.page.waitForEvent('download'), chromium.page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^parley-export-reader-userdata-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'parley.account-export.v1', userId: 'reader-userdata', otherParts: { notifications: '/v1/admin/notification-data/reader-userdata' } });
    expect(file.comments.map((c: any) => c.id)).toEqual([comment.id]);
    await chromium.page.locator(`[data-testid=status]:has-text("downloaded as ${download.suggestedFilename()}")`).waitFor();
    // the notifications part, from the notifications app behind the same address
    expect((await h.http('/v1/me/notification-settings', { method: 'PUT', token: reader, json: { language: 'de' } })).status).toBe(200);
    await tabTo(chromium.page, (f) => f.testid === 'download-notifications');
    const [second] = await Promise.all([chromium.page.waitForEvent('download'), chromium.page.keyboard.press('Enter')]);
    expect(second.suggestedFilename()).toMatch(/^parley-notifications-export-reader-userdata-\d{4}-\d{2}-\d{2}\.json$/);
    const part = JSON.parse(fs.readFileSync((await second.path())!, 'utf8'));
    expect(part).toMatchObject({ format: 'parley.notifications-export.v1', userId: 'reader-userdata', settings: { language: 'de' } });

    // schedule: a confirmation first (Escape closes it, nothing is requested), then the request
    await tabTo(chromium.page, (f) => f.testid === 'schedule-erasure');
    await chromium.page.keyboard.press('Enter');
    expect((await focused(chromium.page))?.testid).toBe('erasure-explain');
    await expectAccessible(chromium.page, 'the erasure confirmation');
    await shot('confirm');
    await chromium.page.keyboard.press('Escape');
    expect((await focused(chromium.page))?.testid).toBe('schedule-erasure');
    expect((await erasure('reader-userdata')).status).toBe(404);
    await chromium.page.keyboard.press('Enter');
    await tabTo(chromium.page, (f) => f.testid === 'confirm-erasure');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=erasure-status][data-status=scheduled]').waitFor();
    const scheduled = await erasure('reader-userdata');
    expect(scheduled.body).toMatchObject({ status: 'scheduled', requestedBy: 'admin', userId: 'reader-userdata' });
    const utc = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
    expect(await chromium.page.locator('[data-testid=erasure-status]').innerText()).toBe(
      `Erasure requested by an administrator on ${utc(scheduled.body.requestedAt)}; it will be carried out on ${utc(scheduled.body.executeAfter)} unless cancelled before.`,
    );
    expect((await focused(chromium.page))?.testid).toBe('cancel-erasure');
    // the reader sees the same request
    expect(((await (await h.http('/v1/me/erasure', { token: reader })).json()) as any).requestedBy).toBe('admin');
    await expectAccessible(chromium.page, 'a scheduled erasure');
    await shot('scheduled');

    // cancel
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=erasure-status][data-status=cancelled]').waitFor();
    expect((await erasure('reader-userdata')).body.status).toBe('cancelled');
    expect((await focused(chromium.page))?.testid).toBe('schedule-erasure');
    expect(await chromium.page.locator('[data-testid=status]').innerText()).toBe('Erasure of reader-userdata cancelled.');
    await expectAccessible(chromium.page, 'a cancelled erasure');
    await shot('cancelled');
  });

  it('gives a moderator without the admin role no controls, and the API refuses them every admin route', async () => {
    await chromium.page.goto(`${h.url}/moderate/users.html?token=${encodeURIComponent(moderator)}`);
    await chromium.page.locator('[data-testid=not-admin]:not([hidden])').waitFor();
    expect(await chromium.page.locator('[data-testid=whoami]').innerText()).toBe('Mo <b>Moderator</b> (moderator)');
    expect(await chromium.page.locator('header b').count()).toBe(0);
    expect(await chromium.page.locator('#tools').isHidden()).toBe(true);
    expect(await chromium.page.locator('#user-id, [data-testid=download-export], [data-testid=download-notifications], [data-testid=schedule-erasure], [data-testid=cancel-erasure]').count()).toBe(1); // the hidden lookup field only
    expect(await chromium.page.locator('#user-id').isVisible()).toBe(false);
    await expectAccessible(chromium.page, 'the user data page for a moderator');
    await shot('moderator');

    for (const [method, route] of [['GET', 'export'], ['GET', 'erasure'], ['POST', 'erasure'], ['DELETE', 'erasure']] as const) {
      const res = await h.http(`/v1/admin/users/other-userdata/${route}`, { method, token: moderator });
      expect([method, route, res.status]).toEqual([method, route, 403]);
      expect(((await res.json()) as any).type).toMatch(/forbidden-role$/);
    }
    const notificationsPart = await h.http('/v1/admin/notification-data/other-userdata', { token: moderator });
    expect(notificationsPart.status).toBe(403);
    // the refused request scheduled nothing
    expect((await erasure('other-userdata')).status).toBe(404);
  });
});
