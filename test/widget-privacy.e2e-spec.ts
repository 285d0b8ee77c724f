import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { ConsumerGroups, Topics } from '@parley/contracts';
import { useChromium } from './support/chromium-browser';
import { expectAccessible, focused, tabTo } from './support/accessibility';
import { CommentsApiHarness, startCommentsApi, startCommentsApiWithNotifications } from './support/comments-api-harness';
import { waitForGroupMembers } from './support/consumer-progress';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'widget-privacy');

/**
 * GDPR self-service in the widget ("Your data and account"), in headless Chromium against
 * comments-api on the real database and Kafka, with the notifications app behind comments-api's
 * address (NOTIFICATIONS_URL, the one public address): a signed-in reader downloads their data as
 * two JSON files (comments-api's part and the notifications part), requests the deletion of their account (the grace period's end shown), sees its status
 * after a reload, and cancels it, all by keyboard; every state passes axe-core's WCAG 2.2 A/AA rules.
 */
describe('widget: your data and account (GDPR)', () => {
  let h: CommentsApiHarness;
  let apps: Awaited<ReturnType<typeof startCommentsApiWithNotifications>>;
  const chromium = useChromium('the widget test', { context: { viewport: { width: 1100, height: 1400 }, timezoneId: 'UTC', acceptDownloads: true } });
  const reader = tokenFor('reader-privacy', ['commenter'], 'Rosa <img src=x onerror=alert(1)>');
  const other = tokenFor('other-privacy', ['commenter'], 'Otto');
  const utcDate = (locale: string, iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));

  async function approved(articleId: string, token: string, body: string) {
    const res = await h.http(`/v1/articles/${articleId}/comments`, { method: 'POST', token, json: { body } });
    expect(res.status).toBe(202);
    const c = (await res.json()) as any;
    await h.decide(c, 'approved');
    await eventually(`approval of ${c.id}`, async () => ((await (await h.http(`/v1/comments/${c.id}`)).json()) as any).status === 'approved');
    return c as { id: string };
  }
  const open = async (article: string, token: string | null, locale?: string) => {
    await chromium.page.goto(`${h.url}/embed/demo.html?article=${article}${token ? `&token=${encodeURIComponent(token)}` : ''}${locale ? `&locale=${encodeURIComponent(locale)}` : ''}`);
    await chromium.page.locator('[data-testid=thread] > li').first().waitFor();
  };
  const erasure = async (token: string) => {
    const res = await h.http('/v1/me/erasure', { token });
    return { status: res.status, body: (await res.json()) as any };
  };
  const shot = (name: string) => chromium.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  /** Tabs to the disclosure "Your data and account" and opens it with Enter. */
  const openAccount = async () => {
    await tabTo(chromium.page, (f) => f.testid === 'account-summary', { max: 80 });
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=account][open]').waitFor();
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const namespace = uniqueNamespace('wprivacy');
    apps = await startCommentsApiWithNotifications(namespace, { RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '100' });
    h = apps.api;
  }, 180_000);
  afterAll(async () => {
    await apps?.stop();
  });

  it('downloads the reader\u2019s data, requests the deletion with its date, shows it after a reload and cancels it, by keyboard', async () => {
    const mine = await approved('privacy-widget', reader, 'Rosa likes the new tram line.');
    await approved('privacy-widget', other, 'Otto does not.');
    expect((await erasure(reader)).status).toBe(404);

    await open('privacy-widget', reader);
    // the reader's name is text, never markup
    expect(await chromium.page.locator('[data-testid=parley-widget] img').count()).toBe(0);
    await openAccount();
    expect(await chromium.page.locator('[data-testid=account-status]').innerText()).toBe('');
    await expectAccessible(chromium.page, 'the account section, no request');

    // download: a JSON file named by the API, holding the reader's own comment
    await tabTo(chromium.page, (f) => f.testid === 'download-data');
    const [download] = await Promise.all([chromium.page.waitForEvent('download'), chromium.page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^parley-export-reader-privacy-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'parley.account-export.v1', userId: 'reader-privacy', erasure: null });
    expect(file.comments.map((c: any) => [c.id, c.revisions.map((r: any) => r.body)])).toEqual([[mine.id, ['Rosa likes the new tram line.']]]);
    await chromium.page.locator(`[data-testid=message]:has-text("Your data was downloaded as ${download.suggestedFilename()}.")`).waitFor();

    // the notifications part: settings (set through the same address) in a second file
    expect((await h.http('/v1/me/notification-settings', { method: 'PUT', token: reader, json: { language: 'fr' } })).status).toBe(200);
    await tabTo(chromium.page, (f) => f.testid === 'download-notifications');
    const [second] = await Promise.all([chromium.page.waitForEvent('download'), chromium.page.keyboard.press('Enter')]);
    expect(second.suggestedFilename()).toMatch(/^parley-notifications-export-\d{4}-\d{2}-\d{2}\.json$/);
    const part = JSON.parse(fs.readFileSync((await second.path())!, 'utf8'));
    expect(part).toMatchObject({ format: 'parley.notifications-export.v1', userId: 'reader-privacy', settings: { language: 'fr' } });
    await chromium.page.locator(`[data-testid=message]:has-text("Your data was downloaded as ${second.suggestedFilename()}.")`).waitFor();

    // request: the confirmation explains and takes the focus; Escape keeps the account
    await tabTo(chromium.page, (f) => f.testid === 'request-erasure');
    await chromium.page.keyboard.press('Enter');
    expect((await focused(chromium.page))?.testid).toBe('erasure-explain');
    expect(await chromium.page.locator('[data-testid=request-erasure]').getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(chromium.page, 'the deletion confirmation');
    await shot('confirm');
    await chromium.page.keyboard.press('Escape');
    expect((await focused(chromium.page))?.testid).toBe('request-erasure');
    expect(await chromium.page.locator('[data-testid=erasure-confirm]').count()).toBe(0);
    expect((await erasure(reader)).status).toBe(404);

    await chromium.page.keyboard.press('Enter');
    await tabTo(chromium.page, (f) => f.testid === 'confirm-erasure');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=account-status][data-status=scheduled]').waitFor();
    const scheduled = await erasure(reader);
    expect(scheduled).toMatchObject({ status: 200, body: { status: 'scheduled', requestedBy: 'self' } });
    const executeAfter = scheduled.body.executeAfter as string;
    expect(new Date(executeAfter).getTime() - new Date(scheduled.body.requestedAt).getTime()).toBe(86_400_000);
    const status = await chromium.page.locator('[data-testid=account-status]').innerText();
    expect(status).toBe(`Your account will be deleted on ${utcDate('en', executeAfter)} (in 24 hours). Until then you can cancel the deletion.`);
    expect(await chromium.page.locator('[data-testid=message]').innerText()).toBe(`Deletion requested. Your account will be deleted on ${utcDate('en', executeAfter)}; you can cancel until then.`);
    // the focus is on the action that undoes it
    expect((await focused(chromium.page))?.testid).toBe('cancel-erasure');
    expect(await chromium.page.locator('[data-testid=request-erasure]').count()).toBe(0);
    await expectAccessible(chromium.page, 'a scheduled deletion');
    await shot('scheduled');

    // after a reload the status comes from the API, and the section is open by itself to show it
    await open('privacy-widget', reader);
    await chromium.page.locator('[data-testid=account][open] [data-testid=account-status][data-status=scheduled]').waitFor();
    expect(await chromium.page.locator('[data-testid=account-status]').innerText()).toBe(status);

    // cancel: the API says cancelled, the widget too, and the focus goes to the request button
    await tabTo(chromium.page, (f) => f.testid === 'cancel-erasure');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=account-status][data-status=cancelled]').waitFor();
    const cancelled = await erasure(reader);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', userId: 'reader-privacy' });
    expect(await chromium.page.locator('[data-testid=message]').innerText()).toBe('The deletion was cancelled. Your account stays.');
    expect(await chromium.page.locator('[data-testid=account-status]').innerText()).toBe(`You cancelled the deletion of your account on ${utcDate('en', cancelled.body.cancelledAt)}.`);
    expect((await focused(chromium.page))?.testid).toBe('request-erasure');
    await expectAccessible(chromium.page, 'a cancelled deletion');
    await shot('cancelled');
    // the other reader is untouched
    expect((await erasure(other)).status).toBe(404);
  });

  it('speaks German, shows an administrator\u2019s request, and is not offered to a signed-out reader', async () => {
    await approved('privacy-widget-de', other, 'Otto schreibt etwas.');
    await open('privacy-widget-de', null, 'de');
    expect(await chromium.page.locator('[data-testid=account]').isHidden()).toBe(true);

    const admin = tokenFor('admin-privacy', ['admin'], 'Ada');
    const byAdmin = await h.http('/v1/admin/users/other-privacy/erasure', { method: 'POST', token: admin });
    expect(byAdmin.status).toBe(202);
    const executeAfter = ((await byAdmin.json()) as any).executeAfter as string;
    await open('privacy-widget-de', other, 'de');
    await chromium.page.locator('[data-testid=account][open] [data-testid=account-status][data-status=scheduled]').waitFor();
    expect(await chromium.page.locator('[data-testid=account-summary]').innerText()).toBe('Ihre Daten und Ihr Konto');
    expect(await chromium.page.locator('[data-testid=download-data]').innerText()).toBe('Meine Daten herunterladen');
    expect(await chromium.page.locator('[data-testid=account-status]').innerText()).toBe(
      `Ein Administrator hat die Löschung Ihres Kontos beantragt. Es wird am ${utcDate('de', executeAfter)} gelöscht (in 24 Stunden); bis dahin können Sie die Löschung widerrufen.`,
    );
    await expectAccessible(chromium.page, 'the account section in German');
    await shot('german');
    await tabTo(chromium.page, (f) => f.testid === 'cancel-erasure');
    expect((await focused(chromium.page))?.label).toBe('Löschung widerrufen');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=message]:has-text("Die Löschung wurde widerrufen. Ihr Konto bleibt bestehen.")').waitFor();
    expect((await erasure(other)).body.status).toBe('cancelled');
  });
});

/**
 * The two states after the grace period, as the reader sees them: "being deleted" (the erasure
 * was ordered, comments-api's part not done yet) and "deleted". comments-api runs with a
 * 2-second grace period. To hold the erasure in its "being deleted" state for as long as the
 * test looks at it, a second member joins comments-api's erasure consumer group and owns, without
 * consuming, the partition the reader's erasure event goes to (as a replica that stalls would);
 * when it leaves, comments-api takes the partition over and carries the erasure out.
 */
describe('widget: your data and account (GDPR) after the grace period', () => {
  let h: CommentsApiHarness;
  const chromium = useChromium('the widget test', { context: { viewport: { width: 1100, height: 1400 }, timezoneId: 'UTC' } });
  const namespace = uniqueNamespace('wprivacy-due');
  const { kafkaBrokers } = testInfrastructure();
  const kafka = new Kafka({ clientId: `${namespace}-stalled-replica`, brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  const stalled = kafka.consumer({ groupId: `${namespace}.${ConsumerGroups.CommentsApi}.account-erasure`, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
  let stalledConnected = false;
  const consumedByStalled: string[] = [];
  let stalledAssignment: Record<string, number[]> = {};
  const usersTopic = `${namespace}.${Topics.Users}`;
  const shot = (name: string) => chromium.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const open = async (article: string, token: string) => {
    await chromium.page.goto(`${h.url}/embed/demo.html?article=${article}&token=${encodeURIComponent(token)}`);
    await chromium.page.locator('[data-testid=thread] > li').first().waitFor();
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    h = await startCommentsApi(namespace, { RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '0', ACCOUNT_ERASURE_GRACE_SECONDS: '2', ACCOUNT_ERASURE_POLL_MS: '200' });
  }, 180_000);
  afterAll(async () => {
    if (stalledConnected) await stalled.disconnect().catch(() => undefined);
    await h?.stop();
  });

  /** Joins the erasure group beside comments-api, consuming nothing; returns the users-topic partitions it owns. */
  async function joinStalledReplica(): Promise<number[]> {
    stalled.on(stalled.events.GROUP_JOIN, (e) => {
      stalledAssignment = e.payload.memberAssignment as Record<string, number[]>;
    });
    await stalled.connect();
    stalledConnected = true;
    const topics = [usersTopic, `${namespace}.${ConsumerGroups.CommentsApi}.account-erasure.retry`];
    for (const topic of topics) await stalled.subscribe({ topic, fromBeginning: true });
    await stalled.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        consumedByStalled.push(String(message.key));
      },
    });
    stalled.pause(topics.map((topic) => ({ topic })));
    await waitForGroupMembers(kafkaBrokers, `${namespace}.${ConsumerGroups.CommentsApi}.account-erasure`, 2);
    return eventually('the stalled replica owns a partition of the users topic', async () => {
      const own = stalledAssignment[usersTopic] ?? [];
      return own.length ? own : undefined;
    });
  }
  /** A user id whose events go to one of these partitions (the apps' default partitioner, murmur2). */
  async function userOnPartitions(prefix: string, partitions: number[]): Promise<string> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const meta = await admin.fetchTopicMetadata({ topics: [usersTopic] });
      const partitionMetadata = meta.topics[0]!.partitions.map((p) => ({ partitionId: p.partitionId, leader: p.leader, replicas: p.replicas, isr: p.isr }));
      const partitioner = Partitioners.DefaultPartitioner();
      for (let i = 0; ; i++) {
        const id = `${prefix}-${i}`;
        if (partitions.includes(partitioner({ topic: usersTopic, partitionMetadata: partitionMetadata as never, message: { key: id, value: null } }))) return id;
      }
    } finally {
      await admin.disconnect();
    }
  }
  const erasure = async (token: string) => {
    const res = await h.http('/v1/me/erasure', { token });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('shows "being deleted" while the erasure runs and "deleted" after it, with no action left, by keyboard', async () => {
    const readerId = await userOnPartitions('reader-due', await joinStalledReplica());
    const reader = tokenFor(readerId, ['commenter'], 'Rita');
    const other = tokenFor('other-due', ['commenter'], 'Olaf');
    const post = async (token: string, body: string) => {
      const res = await h.http('/v1/articles/privacy-due/comments', { method: 'POST', token, json: { body } });
      expect(res.status).toBe(202);
      const c = (await res.json()) as any;
      await h.decide(c, 'approved');
      await eventually(`approval of ${c.id}`, async () => ((await (await h.http(`/v1/comments/${c.id}`)).json()) as any).status === 'approved');
      return c as { id: string };
    };
    const mine = await post(reader, 'Rita will leave soon.');
    await post(other, 'Olaf stays.');
    const threadText = () => chromium.page.locator('[data-testid=thread]').innerText();

    // the reader requests the deletion by keyboard
    await open('privacy-due', reader);
    await tabTo(chromium.page, (f) => f.testid === 'account-summary', { max: 80 });
    await chromium.page.keyboard.press('Enter');
    await tabTo(chromium.page, (f) => f.testid === 'request-erasure');
    await chromium.page.keyboard.press('Enter');
    await tabTo(chromium.page, (f) => f.testid === 'confirm-erasure');
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=account-status][data-status=scheduled]').waitFor();

    // the grace period ends: the erasure is ordered, and held while the stalled replica owns its partition
    const erasing = await eventually('the erasure ordered', async () => {
      const e = await erasure(reader);
      return e.body.status === 'erasing' ? e.body : undefined;
    });
    expect(erasing).toMatchObject({ userId: readerId, status: 'erasing', requestedBy: 'self' });
    const cancel = await h.http('/v1/me/erasure', { method: 'DELETE', token: reader });
    expect(cancel.status).toBe(409);

    await open('privacy-due', reader);
    // the section opens by itself to show it; nothing can be requested or cancelled any more
    await chromium.page.locator('[data-testid=account][open] [data-testid=account-status][data-status=erasing]').waitFor();
    expect(await chromium.page.locator('[data-testid=account-status]').innerText()).toBe('Your account is being deleted.');
    expect(await chromium.page.locator('[data-testid=cancel-erasure], [data-testid=request-erasure]').count()).toBe(0);
    // comments-api's part is not done yet: the comment is still there
    expect(await threadText()).toContain('Rita will leave soon.');
    // keyboard: the summary and the download buttons are reachable, and nothing else in the section
    await tabTo(chromium.page, (f) => f.testid === 'account-summary', { max: 80 });
    expect((await tabTo(chromium.page, (f) => f.testid === 'download-data')).testid).toBe('download-data');
    expect((await tabTo(chromium.page, (f) => f.testid === 'download-notifications')).testid).toBe('download-notifications');
    await expectAccessible(chromium.page, 'a deletion under way');
    await shot('erasing');
    expect((await erasure(reader)).body.status).toBe('erasing');
    expect(consumedByStalled).toEqual([]);

    // the stalled replica leaves: comments-api takes its partition over and erases the account
    await stalled.disconnect();
    stalledConnected = false;
    const erased = await eventually('the erasure carried out', async () => {
      const e = await erasure(reader);
      return e.body.status === 'erased' ? e.body : undefined;
    }, 120_000, 250);
    expect(erased).toMatchObject({ userId: readerId, status: 'erased' });

    await open('privacy-due', reader);
    await chromium.page.locator('[data-testid=account-status][data-status=erased]').waitFor({ state: 'attached' });
    // nothing is pending any more: the section stays closed until the reader opens it
    expect(await chromium.page.locator('[data-testid=account]').getAttribute('open')).toBeNull();
    await tabTo(chromium.page, (f) => f.testid === 'account-summary', { max: 80 });
    await chromium.page.keyboard.press('Enter');
    await chromium.page.locator('[data-testid=account][open]').waitFor();
    expect(await chromium.page.locator('[data-testid=account-status]').innerText()).toBe('Your account was deleted.');
    expect(await chromium.page.locator('[data-testid=cancel-erasure], [data-testid=request-erasure]').count()).toBe(0);
    // the reader's comment is gone from the thread (by id and by text); the other reader's stays
    expect(await chromium.page.locator(`[data-testid=thread] [data-id="${mine.id}"]:has-text("Rita will leave soon.")`).count()).toBe(0);
    expect(await threadText()).not.toContain('Rita will leave soon.');
    expect(await threadText()).toContain('Olaf stays.');
    await expectAccessible(chromium.page, 'a deleted account');
    await shot('erased');
  });
});
