import path from 'node:path';
import { readDisqusExport } from './disqus-export.reader';
import { htmlToCommentText, importedAuthorId, importedCommentId, ImportedComment, SkippedRecord } from './imported-comment';
import { readWxrExport } from './wxr-export.reader';
import { MalformedExportError } from './xml-record-stream';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import');
async function all(gen: AsyncGenerator<ImportedComment | SkippedRecord>) {
  const out: Array<ImportedComment | SkippedRecord> = [];
  for await (const r of gen) out.push(r);
  return { comments: out.filter((r): r is ImportedComment => !('skipped' in r)), skipped: out.filter((r): r is SkippedRecord => 'skipped' in r) };
}

describe('export readers', () => {
  it('reads a Disqus export: threads as articles, parents, authors, dates, deleted and spam posts', async () => {
    const { comments, skipped } = await all(readDisqusExport(path.join(FIXTURES, 'disqus-export.xml')));
    expect(skipped).toEqual([]);
    expect(comments.map((c) => c.sourceId)).toEqual(['5000001', '5000002', '5000004', '5000003', '5000005', '5000006', '5000007', '5000008']);
    const byId = new Map(comments.map((c) => [c.sourceId, c]));
    expect(byId.get('5000001')).toMatchObject({
      article: { id: 'council-budget-2024', title: 'Council approves budget with cuts to libraries', url: 'https://news.example/politics/council-budget-2024' },
      parentSourceId: null,
      authorKey: 'user:marialopez',
      authorName: 'Maria Lopez',
      body: 'Closing the Eastside library is short-sighted.\n\nWhere will the kids do their homework?',
      createdAt: new Date('2024-03-01T09:15:00Z'),
      state: 'approved',
    });
    expect(byId.get('5000003')).toMatchObject({ parentSourceId: '5000002', authorKey: 'email:guest-reader@example.com' });
    expect(byId.get('5000004')!.body).toBe('The car park is funded from a different pot \u2013 capital, not revenue. Still a fair point.');
    expect(byId.get('5000005')!.state).toBe('deleted');
    expect(byId.get('5000006')!.state).toBe('spam');
    // a thread identifier that is not a valid article id falls back to the thread's Disqus id
    expect(byId.get('5000007')!.article).toEqual({ id: 'disqus-9100002', title: 'Derby ends in a draw & a red card', url: 'https://news.example/sport/derby-report' });
    expect(byId.get('5000007')!.body).toBe('Ref was right to send him off. Two yellow cards > one.');
  });

  it('reads a WordPress export: comment_approved 1/0/spam/trash, threading, pingbacks skipped', async () => {
    const { comments, skipped } = await all(readWxrExport(path.join(FIXTURES, 'wordpress-export.wxr.xml')));
    expect(comments.map((c) => [c.sourceId, c.state, c.parentSourceId])).toEqual([
      ['1201:31', 'approved', null],
      ['1201:32', 'approved', '1201:31'],
      ['1201:33', 'approved', '1201:32'],
      ['1201:34', 'held', null],
      ['1201:35', 'spam', null],
      ['1201:36', 'deleted', null],
    ]);
    expect(skipped).toEqual([expect.objectContaining({ skipped: 'comment 1201:37: pingback' })]);
    expect(comments[0]).toMatchObject({ article: { id: 'flood-defences', title: 'Flood defences to be raised by a metre', url: 'https://gazette.example/2024/04/flood-defences/' }, createdAt: new Date('2024-04-01T08:12:00Z'), authorKey: 'email:helen@example.org' });
    expect(comments[1]).toMatchObject({ authorKey: 'user:2', body: 'Thanks Helen \u2014 which street? We are collecting reports.' });
    // the same reader with the email in another case is the same author
    expect(importedAuthorId('wxr', comments[2]!.authorKey)).toBe(importedAuthorId('wxr', comments[0]!.authorKey));
  });

  it('refuses malformed XML naming the line', async () => {
    await expect(all(readDisqusExport(path.join(FIXTURES, 'malformed-export.xml')))).rejects.toThrow(MalformedExportError);
    await expect(all(readDisqusExport(path.join(FIXTURES, 'malformed-export.xml')))).rejects.toThrow(/malformed XML: .*4:/);
  });

  it('derives stable, time-ordered comment ids and opaque author ids', () => {
    const a = importedCommentId('disqus', '5000001', new Date('2024-03-01T09:15:00Z'));
    expect(a.toHexString()).toBe(importedCommentId('disqus', '5000001', new Date('2024-03-01T09:15:00Z')).toHexString());
    expect(a.getTimestamp().toISOString()).toBe('2024-03-01T09:15:00.000Z');
    expect(a.toHexString()).not.toBe(importedCommentId('wxr', '5000001', new Date('2024-03-01T09:15:00Z')).toHexString());
    expect(importedAuthorId('disqus', 'email:maria@example.org')).toMatch(/^imported:disqus:[0-9a-f]{24}$/);
    expect(importedAuthorId('disqus', 'email:maria@example.org')).not.toContain('maria');
  });

  it('turns comment HTML into plain text', () => {
    expect(htmlToCommentText('<p>One<br/>two</p><p>three &amp; <a href="x">four</a> &#8230; &#x263A;</p>')).toBe('One\ntwo\n\nthree & four \u2026 \u263a');
  });
});
