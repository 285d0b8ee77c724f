import { spawn } from 'node:child_process';
import path from 'node:path';
import { EventTypes } from '@parley/contracts';
import { databaseName } from './support/app-env';
import { startCommentsApi, CommentsApiHarness } from './support/comments-api-harness';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { SITE_B, siteToken, TWO_SITES_ENV } from './support/sites';
import { tokenFor } from './support/tokens';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures', 'import');
const CLI = path.join(ROOT, 'dist', 'apps', 'comments-api', 'import.js');

/**
 * Runs the import CLI and collects its exit code and output: as built by `npm test` (the bundle
 * `npm run import` runs), or through `npm run --silent import` itself, which must find the build
 * up to date and keep stdout to the CLI's summary.
 */
function runImport(args: string[], env: Record<string, string>, how: 'built' | 'npm' = 'built'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const [command, commandArgs] = how === 'npm' ? ['npm', ['run', '--silent', 'import', '--', ...args]] : [process.execPath, [CLI, ...args]];
    const child = spawn(command as string, commandArgs as string[], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The import CLI (issue #16, item 8) against the real database, with comments-api running on
 * the real Kafka: Disqus and WordPress exports keep their threading, dates and source verdicts,
 * a second run changes nothing, the API lists what was imported, `--remoderate` sends comments
 * through the submitted-event pipeline, and bad input exits non-zero with a clear message.
 */
describe('comment import', () => {
  const namespace = uniqueNamespace('import');
  let h: CommentsApiHarness;
  let env: Record<string, string>;
  const moderator = tokenFor('mod-imp', ['moderator']);

  beforeAll(async () => {
    // A second site (SITES), for imports with --site; tokens without an issuer stay the default site's.
    h = await startCommentsApi(namespace, { RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '0', COMMENTS_SETTINGS_CACHE_TTL_MS: '0', SITES: TWO_SITES_ENV.SITES, SITE_B_JWT_SECRET: TWO_SITES_ENV.SITE_B_JWT_SECRET });
    env = { MONGODB_URI: testInfrastructure().mongoUri, MONGODB_DB: databaseName(namespace, 'comments-api'), KAFKA_TOPIC_PREFIX: h.prefix };
  }, 180_000);

  afterAll(async () => {
    await h?.stop();
  });

  const list = async (p: string, token?: string) => {
    const res = await h.http(p, { token });
    expect(res.status).toBe(200);
    return (await res.json()) as any;
  };
  const comments = () => h.db.collection('comments');
  const list2 = async (p: string, headers: Record<string, string>) => {
    const res = await fetch(h.url + p, { headers });
    expect(res.status).toBe(200);
    return (await res.json()) as any;
  };

  it('imports a Disqus export with its threads, dates and verdicts, and a second run changes nothing', async () => {
    const first = await runImport(['--format', 'disqus', '--file', path.join(FIXTURES, 'disqus-export.xml')], env, 'npm');
    expect(first.stderr).not.toMatch(/failed/);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ comments: 8, inserted: 8, existing: 0, orphans: 1, articles: 2, byStatus: { approved: 6, deleted: 1, rejected: 1 }, remoderated: 0, skipped: 0 });
    expect(first.stderr).toMatch(/importing \[/);

    const top = await list('/v1/articles/council-budget-2024/comments?sort=oldest');
    expect(top.items.map((c: any) => [c.authorName, c.body, c.createdAt, c.replyCount, c.depth])).toEqual([
      ['Maria Lopez', 'Closing the Eastside library is short-sighted.\n\nWhere will the kids do their homework?', '2024-03-01T09:15:00.000Z', 1, 0],
    ]);
    const level1 = await list(`/v1/comments/${top.items[0].id}/replies`);
    expect(level1.items.map((c: any) => [c.authorName, c.depth, c.replyCount, c.createdAt])).toEqual([['Tom B.', 1, 1, '2024-03-01T09:40:00.000Z']]);
    const level2 = await list(`/v1/comments/${level1.items[0].id}/replies`);
    expect(level2.items.map((c: any) => [c.authorName, c.depth, c.replyCount])).toEqual([['A guest', 2, 1]]);
    const level3 = await list(`/v1/comments/${level2.items[0].id}/replies`);
    expect(level3.items.map((c: any) => [c.authorName, c.depth, c.body])).toEqual([['Maria Lopez', 3, 'The car park is funded from a different pot \u2013 capital, not revenue. Still a fair point.']]);
    // one reader, one public author id across comments
    expect(level3.items[0].authorId).toBe(top.items[0].authorId);

    const derby = await list('/v1/articles/disqus-9100002/comments?sort=newest');
    expect(derby.items.map((c: any) => c.body)).toEqual(['Replying to a comment that was deleted before the export.', 'Ref was right to send him off. Two yellow cards > one.']);
    const article = await list('/v1/articles/council-budget-2024');
    expect(article).toMatchObject({ title: 'Council approves budget with cuts to libraries', url: 'https://news.example/politics/council-budget-2024', commentCount: 4 });
    expect((await list('/v1/articles/disqus-9100002')).commentCount).toBe(2);

    const stored = await comments().find({ 'importedFrom.format': 'disqus' }).toArray();
    const bySource = new Map(stored.map((c: any) => [c.importedFrom.id, c]));
    expect(bySource.get('5000005')).toMatchObject({ status: 'deleted', body: '', listed: false });
    expect(bySource.get('5000006')).toMatchObject({ status: 'rejected', listed: false, reasons: [expect.objectContaining({ category: 'spam' })] });
    expect(stored.every((c: any) => !c.outbox?.length && !c.outboxPending)).toBe(true);
    expect(stored.some((c: any) => JSON.stringify(c).includes('@example'))).toBe(false);

    const before = JSON.stringify(await comments().find({ 'importedFrom.format': 'disqus' }, { projection: { updatedAt: 0 } }).sort({ _id: 1 }).toArray());
    const second = await runImport(['--format', 'disqus', '--file', path.join(FIXTURES, 'disqus-export.xml')], env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ comments: 8, inserted: 0, existing: 8 });
    expect(JSON.stringify(await comments().find({ 'importedFrom.format': 'disqus' }, { projection: { updatedAt: 0 } }).sort({ _id: 1 }).toArray())).toBe(before);
    expect((await list('/v1/articles/council-budget-2024')).commentCount).toBe(4);
    expect((await list(`/v1/comments/${top.items[0].id}/replies`)).items).toHaveLength(1);
  });

  it('imports a WordPress export: approved, held (moderation queue), spam and trash; pingbacks skipped', async () => {
    const res = await runImport(['--format=wxr', '--file', path.join(FIXTURES, 'wordpress-export.wxr.xml')], env);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ comments: 6, inserted: 6, orphans: 0, articles: 1, byStatus: { approved: 3, flagged: 1, rejected: 1, deleted: 1 }, skipped: 1 });
    expect(res.stderr).toMatch(/skipped \(line \d+\): comment 1201:37: pingback/);
    const top = await list('/v1/articles/flood-defences/comments');
    expect(top.items.map((c: any) => [c.authorName, c.replyCount])).toEqual([['Helen Marsh', 1]]);
    const r1 = await list(`/v1/comments/${top.items[0].id}/replies`);
    const r2 = await list(`/v1/comments/${r1.items[0].id}/replies`);
    expect([r1.items[0].authorName, r2.items[0].authorName, r2.items[0].body]).toEqual(['Gazette desk', 'Helen Marsh', 'Brook Lane, near the bridge.']);
    expect(r2.items[0].authorId).toBe(top.items[0].authorId);
    expect((await list('/v1/articles/flood-defences')).commentCount).toBe(3);
    const held = await comments().findOne({ 'importedFrom.id': '1201:34' });
    const queued = await list(`/v1/moderation/comments/${String(held!._id)}`, moderator);
    expect(queued.comment).toMatchObject({ status: 'flagged', body: 'First time commenting: will the towpath stay open during the works?' });
    expect((await h.http('/v1/articles/about')).status).toBe(404);
  });

  it('with --site, imports into that site: its own articles, comment ids and authors, again idempotent', async () => {
    const res = await runImport(['--format=wxr', '--file', path.join(FIXTURES, 'wordpress-export.wxr.xml'), '--site', SITE_B.id], env);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ comments: 6, inserted: 6, existing: 0, articles: 1 });
    const onB = await list2('/v1/articles/flood-defences/comments', { 'x-parley-site': SITE_B.id });
    expect(onB.items.map((c: any) => [c.articleId, c.authorName, c.replyCount])).toEqual([['flood-defences', 'Helen Marsh', 1]]);
    const onDefault = await list('/v1/articles/flood-defences/comments');
    expect(onDefault.items.map((c: any) => c.authorName)).toEqual(['Helen Marsh']); // the default site's own import (previous test)
    expect(onB.items[0].id).not.toBe(onDefault.items[0].id);
    // the site's comments are not the default site's, and its moderators see them
    expect((await h.http(`/v1/comments/${onB.items[0].id}`)).status).toBe(404);
    const modB = siteToken(SITE_B, 'mod-b', ['moderator']);
    const ctx = await list(`/v1/moderation/comments/${onB.items[0].id}`, modB);
    expect(ctx.comment.authorId).toMatch(/^b\/imported:wxr:/);
    expect((await list('/v1/articles/flood-defences', undefined)).commentCount).toBe(3);
    expect((await list2('/v1/articles/flood-defences', { 'x-parley-site': SITE_B.id })).commentCount).toBe(3);
    const again = await runImport(['--format=wxr', '--file', path.join(FIXTURES, 'wordpress-export.wxr.xml'), '--site', SITE_B.id], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ comments: 6, inserted: 0, existing: 6 });
    const bad = await runImport(['--format=wxr', '--file', path.join(FIXTURES, 'wordpress-export.wxr.xml'), '--site', 'Not A Site'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--site Not A Site is not a site id/);
  });

  it('with --remoderate, sends imported comments through the submitted-event pipeline', async () => {
    const res = await runImport(['--format', 'wxr', '--file', path.join(FIXTURES, 'wordpress-remoderate.wxr.xml'), '--remoderate'], env);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ comments: 3, inserted: 3, remoderated: 2, byStatus: { pending: 2, rejected: 1 } });
    const docs = await comments().find({ articleId: 'bridge-closed' }).sort({ _id: 1 }).toArray();
    const [sam, priya, spam] = docs as any[];
    expect(spam.status).toBe('rejected');
    // comments-api's outbox relay publishes the events the import wrote
    const submitted = await eventually(
      'both submitted events',
      async () => {
        const seen = h.published.filter((e) => e.type === EventTypes.CommentSubmitted && e.data.articleId === 'bridge-closed');
        return seen.length >= 2 ? seen : undefined;
      },
      60_000,
    );
    expect(submitted.map((e) => e.data.commentId).sort()).toEqual([String(sam._id), String(priya._id)].sort());
    expect(submitted.find((e) => e.data.commentId === String(priya._id))!.data).toMatchObject({ parentId: String(sam._id), createdAt: '2024-05-03T08:10:00.000Z', authorName: 'Priya' });
    expect((await list('/v1/articles/bridge-closed/comments')).items).toEqual([]);
    await h.consumed(await h.decide({ id: String(sam._id), articleId: 'bridge-closed', authorId: sam.authorId }, 'approved'), await h.decide({ id: String(priya._id), articleId: 'bridge-closed', authorId: priya.authorId }, 'approved'));
    const top = await list('/v1/articles/bridge-closed/comments');
    expect(top.items.map((c: any) => [c.authorName, c.replyCount])).toEqual([['Sam Okoro', 1]]);
    expect((await list('/v1/articles/bridge-closed')).commentCount).toBe(2);
    const again = await runImport(['--format', 'wxr', '--file', path.join(FIXTURES, 'wordpress-remoderate.wxr.xml'), '--remoderate'], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, existing: 3, remoderated: 0 });
    expect((await comments().findOne({ _id: sam._id }))!.status).toBe('approved');
  });

  it('exits non-zero with a clear message on bad input, writing nothing', async () => {
    const missing = await runImport(['--format', 'disqus', '--file', path.join(FIXTURES, 'no-such-file.xml')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read --file .*no-such-file\.xml: ENOENT/);
    const unknown = await runImport(['--format', 'livefyre', '--file', path.join(FIXTURES, 'disqus-export.xml')], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format "livefyre": use disqus or wxr/);
    expect((await runImport(['--file', path.join(FIXTURES, 'disqus-export.xml')], env)).stderr).toMatch(/--format is required/);
    const noDb = await runImport(['--format', 'disqus', '--file', path.join(FIXTURES, 'disqus-export.xml')], { ...env, MONGODB_URI: 'postgres://nope' });
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toMatch(/MONGODB_URI/);
    const count = await comments().countDocuments();
    const malformed = await runImport(['--format', 'disqus', '--file', path.join(FIXTURES, 'malformed-export.xml')], env);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/import: failed: .*malformed-export\.xml: malformed XML/);
    expect(await comments().countDocuments()).toBe(count);
    expect(await h.db.collection('articles').countDocuments({ _id: 'a' } as never)).toBe(0);
  });
});
