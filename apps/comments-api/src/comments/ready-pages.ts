import { Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { articleKey, AuthenticatedUser, bearerToken, JwtVerifier, requestSite } from '@parley/platform';
import { CommentsApiConfig } from '../config/comments-api.config';
import { ipBudget } from '../http/throttling';
import { CommentPage, isModerator } from './comment.view';
import { CommentsService } from './comments.service';
import { Page, ReadyPage } from './thread-listings';
import { MutedAuthorsService } from '../muted-authors/muted-authors.service';
import { publicAuthorId } from './public-author-id';

const LISTING = /^\/v1\/articles\/([^/]+)\/comments\/?$/;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

/** The response body exactly as Express sends it with `json escape` (<, > and & escaped). */
export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value).replace(/[<>&]/g, (c) => ESCAPES[c]!), 'utf8');
}

/** A weak ETag in Express's format (`W/"<length hex>-<sha1 base64, 27 chars>"`). */
export function weakEtag(body: Buffer): string {
  return `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').substring(0, 27)}"`;
}

/** If-None-Match names this ETag (weak comparison) and the client did not ask to bypass caches. */
function notModified(req: Request, etag: string): boolean {
  const inm = req.headers['if-none-match'];
  if (!inm) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? '')) return false;
  if (inm.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

/**
 * Public listing pages (`GET /v1/articles/:articleId/comments`) served as ready bytes.
 *
 * A page is cut from the thread's in-process snapshot (ThreadListings) and serialised once;
 * the bytes and their ETag are kept with that snapshot, keyed by the request URL, and go with
 * it when it is reloaded (COMMENTS_LIST_CACHE_TTL_MS): a ready page is never staler than the
 * page the ordinary path would cut at the same moment. The middleware answers a request for a
 * ready page before routing, validation and serialisation: anonymous readers, and signed-in
 * readers who are not moderators, wrote none of the page's comments and muted none of its
 * authors (their view of the page is the public one; that takes one look-up of their mutes). Anything else, an invalid token included (401), takes the ordinary
 * way. The per-address rate limit is counted exactly as the guard counts it, and
 * `If-None-Match` is answered 304.
 */
@Injectable()
export class ReadyPages {
  private readonly budget: (req: Request, res: Response) => Promise<boolean>;

  constructor(
    private readonly comments: CommentsService,
    private readonly verifier: JwtVerifier,
    private readonly muted: MutedAuthorsService,
    @Inject(CommentsApiConfig) config: CommentsApiConfig,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
  ) {
    this.budget = ipBudget(config, storage);
  }

  /** After the ordinary path served a listing page: keep its bytes if every non-moderator who wrote none of it sees the same. */
  keep(req: Request, articleId: string, page: Page, view: CommentPage, viewer?: AuthenticatedUser): void {
    if (req.method !== 'GET' || !page.snapshot || isModerator(viewer)) return;
    const authors = new Set(page.items.map((c) => c.authorId));
    if (viewer && authors.has(viewer.id)) return;
    const body = jsonBytes(view);
    this.comments.keepReadyPage(articleId, req.originalUrl, page.snapshot, { body, etag: weakEtag(body), authors });
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.method !== 'GET') return next();
      const m = LISTING.exec(req.path);
      if (!m) return next();
      let articleId: string;
      try {
        articleId = decodeURIComponent(m[1]!);
      } catch {
        return next();
      }
      // The page of the caller's site (its token's, or the one X-Parley-Site names): a site's
      // pages are kept under its article keys. Anything invalid takes the ordinary way.
      const viewer = this.viewerOf(req);
      if (viewer === null) return next();
      let site: string;
      try {
        site = requestSite(req, viewer, this.verifier);
      } catch {
        return next();
      }
      const ready = this.comments.readyPage(articleKey(site, articleId), req.originalUrl);
      if (!ready) return next();
      this.mayServe(viewer, ready).then(
        (may) => {
          if (!may) return next();
          this.budget(req, res).then(
            (withinBudget) => (withinBudget ? this.send(req, res, ready) : next()),
            (err) => next(err),
          );
        },
        () => next(), // the mutes could not be read: the ordinary way answers
      );
    };
  }

  /** The signed-in reader (undefined: anonymous; null: an invalid token, which the guard answers 401). */
  private viewerOf(req: Request): AuthenticatedUser | undefined | null {
    const token = bearerToken(req);
    if (token === undefined) return undefined;
    try {
      return this.verifier.verify(token);
    } catch {
      return null;
    }
  }

  private async mayServe(viewer: AuthenticatedUser | undefined, ready: ReadyPage): Promise<boolean> {
    if (!viewer) return true;
    if (isModerator(viewer) || ready.authors.has(viewer.id)) return false;
    const muted = await this.muted.mutedBy(viewer.id);
    if (!muted.size) return true;
    for (const author of ready.authors) if (muted.has(publicAuthorId(author))) return false;
    return true;
  }

  private send(req: Request, res: Response, ready: ReadyPage): void {
    res.setHeader('ETag', ready.etag);
    if (notModified(req, ready.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', ready.body.length);
    res.statusCode = 200;
    res.end(ready.body);
  }
}
