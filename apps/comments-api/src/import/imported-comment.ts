import { createHash } from 'node:crypto';
import { Types } from 'mongoose';

export const IMPORT_FORMATS = ['disqus', 'wxr'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * What the source said about a comment: `approved` (published), `held` (awaiting moderation),
 * `spam` (marked spam), `deleted` (deleted or trashed).
 */
export type SourceState = 'approved' | 'held' | 'spam' | 'deleted';

/** One comment of an export, in the source's terms, ready to be mapped to a Parley comment. */
export interface ImportedComment {
  format: ImportFormat;
  sourceId: string;
  article: { id: string; title: string | null; url: string | null };
  parentSourceId: string | null;
  /** What identifies the author in the source (user id, username, email or name); hashed into the author id, never stored. */
  authorKey: string;
  authorName: string;
  body: string;
  createdAt: Date;
  state: SourceState;
}

/** A record the reader could not use (a pingback, a comment without a date), with why. */
export interface SkippedRecord {
  skipped: string;
  line: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * The comment id an imported comment always gets: an ObjectId whose time part is the comment's
 * creation time (so listings by id order it where it belongs) and whose other 8 bytes come from
 * a hash of format and source id. The same source comment gets the same id on every run.
 */
export function importedCommentId(format: ImportFormat, sourceId: string, createdAt: Date, site = 'default'): Types.ObjectId {
  const bytes = Buffer.alloc(12);
  const seconds = Math.min(0xffffffff, Math.max(0, Math.floor(createdAt.getTime() / 1000)));
  bytes.writeUInt32BE(seconds, 0);
  // The same export imported into another site gets other ids (the default site's are as they always were).
  sha256(site === 'default' ? `${format}:${sourceId}` : `${site}:${format}:${sourceId}`).copy(bytes, 4, 0, 8);
  return new Types.ObjectId(bytes);
}

/** The author id of an imported author: `imported:<format>:` and a hash of their source identity (no email kept). */
export function importedAuthorId(format: ImportFormat, authorKey: string): string {
  return `imported:${format}:${sha256(`${format}:${authorKey}`).toString('hex').slice(0, 24)}`;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
};

/**
 * Comment HTML of Disqus and WordPress as Parley's plain-text body: line and paragraph breaks
 * become newlines, links keep their text, other tags go, entities are decoded.
 */
export function htmlToCommentText(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p\s*>\s*/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The host's article id when it is a valid Parley article id, else a fallback built from the source id. */
export function articleIdOr(candidate: string | undefined, fallback: string): string {
  const c = (candidate ?? '').trim();
  return /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$/.test(c) ? c : fallback;
}
