import { articleIdOr, htmlToCommentText, ImportedComment, SkippedRecord, SourceState } from './imported-comment';
import { xmlRecords } from './xml-record-stream';

const ITEM = 'rss/channel/item';
const COMMENT = 'rss/channel/item/wp:comment';

/** `wp:comment_approved`: 1 approved, 0 awaiting moderation, spam, trash (and post-trashed). */
function stateOf(approved: string): SourceState | null {
  switch (approved.trim()) {
    case '1':
    case 'approve':
      return 'approved';
    case '0':
    case 'hold':
      return 'held';
    case 'spam':
      return 'spam';
    case 'trash':
    case 'post-trashed':
      return 'deleted';
    default:
      return null;
  }
}

/** `wp:comment_date_gmt` ("2024-03-01 09:15:00", UTC); `wp:comment_date` when the GMT one is zero. */
function dateOf(gmt: string | undefined, local: string | undefined): Date {
  for (const v of [gmt, local]) {
    const s = (v ?? '').trim();
    if (!s || s.startsWith('0000-00-00')) continue;
    const d = new Date(`${s.replace(' ', 'T')}Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date(NaN);
}

/**
 * Reads a WordPress export (WXR: RSS with `wp:` elements) as a stream of comments. Posts become
 * articles (the post slug `wp:post_name` when it is a valid article id, else `wp-<post id>`);
 * pingbacks and trackbacks are skipped. A post's comments are emitted when the post closes.
 */
export async function* readWxrExport(file: string, onBytes?: (b: number) => void): AsyncGenerator<ImportedComment | SkippedRecord> {
  let pending: Array<{ fields: Record<string, string>; line: number }> = [];
  for await (const r of xmlRecords(file, [ITEM, COMMENT], onBytes)) {
    if (r.path === COMMENT) {
      pending.push({ fields: r.fields, line: r.line });
      continue;
    }
    const item = r.fields;
    const postId = (item['wp:post_id'] ?? '').trim();
    const article = { id: articleIdOr(item['wp:post_name'], `wp-${postId || 'unknown'}`), title: item.title?.trim() || null, url: item.link?.trim() || null };
    const comments = pending;
    pending = [];
    for (const { fields: f, line } of comments) {
      const id = (f['wp:comment_id'] ?? '').trim();
      if (!id) {
        yield { skipped: 'comment without wp:comment_id', line };
        continue;
      }
      const sourceId = `${postId}:${id}`;
      const type = (f['wp:comment_type'] ?? '').trim();
      if (type && type !== 'comment') {
        yield { skipped: `comment ${sourceId}: ${type}`, line };
        continue;
      }
      const state = stateOf(f['wp:comment_approved'] ?? '');
      if (!state) {
        yield { skipped: `comment ${sourceId}: unknown comment_approved "${(f['wp:comment_approved'] ?? '').slice(0, 20)}"`, line };
        continue;
      }
      const createdAt = dateOf(f['wp:comment_date_gmt'], f['wp:comment_date']);
      if (Number.isNaN(createdAt.getTime())) {
        yield { skipped: `comment ${sourceId}: no valid date`, line };
        continue;
      }
      const parent = (f['wp:comment_parent'] ?? '').trim();
      const userId = (f['wp:comment_user_id'] ?? '').trim();
      const email = (f['wp:comment_author_email'] ?? '').trim().toLowerCase();
      const name = (f['wp:comment_author'] ?? '').trim() || 'Anonymous';
      yield {
        format: 'wxr',
        sourceId,
        article,
        parentSourceId: parent && parent !== '0' ? `${postId}:${parent}` : null,
        authorKey: userId && userId !== '0' ? `user:${userId}` : email ? `email:${email}` : `name:${name}`,
        authorName: name.slice(0, 100),
        body: htmlToCommentText(f['wp:comment_content'] ?? ''),
        createdAt,
        state,
      };
    }
  }
}
