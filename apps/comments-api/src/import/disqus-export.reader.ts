import { articleIdOr, htmlToCommentText, ImportedComment, SkippedRecord, SourceState } from './imported-comment';
import { xmlRecords } from './xml-record-stream';

const yes = (v: string | undefined) => (v ?? '').trim().toLowerCase() === 'true';

export interface DisqusThread {
  dsqId: string;
  article: ImportedComment['article'];
}

/** The threads (articles) of a Disqus export: `<thread dsq:id>` with `<id>` (the site's identifier), `<link>`, `<title>`. */
export function disqusThread(fields: Record<string, string>): DisqusThread | null {
  const dsqId = fields['@dsq:id'];
  if (!dsqId) return null;
  return {
    dsqId,
    article: { id: articleIdOr(fields.id, `disqus-${dsqId}`), title: fields.title?.trim() || null, url: fields.link?.trim() || null },
  };
}

/**
 * Reads a Disqus XML export (`<disqus>` with `<thread>` and `<post>` elements) as a stream of
 * comments. Threads become articles (the site's identifier when it is a valid article id, else
 * `disqus-<thread id>`); `isDeleted` posts are deleted, `isSpam` ones spam, the rest approved.
 * Posts must follow their threads, as Disqus writes them; `threads` may also be filled beforehand.
 */
export async function* readDisqusExport(file: string, threads = new Map<string, DisqusThread>(), onBytes?: (b: number) => void): AsyncGenerator<ImportedComment | SkippedRecord> {
  for await (const r of xmlRecords(file, ['disqus/thread', 'disqus/post'], onBytes)) {
    const f = r.fields;
    if (r.path === 'disqus/thread') {
      const t = disqusThread(f);
      if (t) threads.set(t.dsqId, t);
      continue;
    }
    const sourceId = f['@dsq:id'];
    if (!sourceId) {
      yield { skipped: 'post without dsq:id', line: r.line };
      continue;
    }
    const thread = threads.get(f['thread@dsq:id'] ?? '');
    if (!thread) {
      yield { skipped: `post ${sourceId}: unknown thread ${f['thread@dsq:id'] ?? '(none)'}`, line: r.line };
      continue;
    }
    const createdAt = new Date((f.createdAt ?? '').trim());
    if (Number.isNaN(createdAt.getTime())) {
      yield { skipped: `post ${sourceId}: no valid createdAt`, line: r.line };
      continue;
    }
    const username = yes(f['author/isAnonymous']) ? '' : (f['author/username'] ?? '').trim();
    const email = (f['author/email'] ?? '').trim().toLowerCase();
    const name = (f['author/name'] ?? '').trim() || username || 'Anonymous';
    const state: SourceState = yes(f.isDeleted) ? 'deleted' : yes(f.isSpam) ? 'spam' : 'approved';
    yield {
      format: 'disqus',
      sourceId,
      article: thread.article,
      parentSourceId: f['parent@dsq:id'] || null,
      authorKey: username ? `user:${username}` : email ? `email:${email}` : `name:${name}`,
      authorName: name.slice(0, 100),
      body: htmlToCommentText(f.message ?? ''),
      createdAt,
      state,
    };
  }
}
