import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { AuthedRequest, DEFAULT_SITE_ID, JwtVerifier, keyBelongsToSite } from '@parley/platform';
import { CommentsRepository } from '../comments/comments.repository';
import { commentNotFound } from '../comments/comments.service';

/**
 * The boundary between the sites of a deployment, for comments named in the path: a comment id
 * (`:id` of a `comments/:id` route, the comment part of an `:appealId`) of another site than the
 * caller's answers 404, exactly as a comment that does not exist, before any handler runs.
 * Articles are kept apart by their keys (SiteArticleId), users by their ids (AuthGuard).
 * With a single site there is nothing to keep apart and the guard reads nothing.
 */
@Injectable()
export class SiteBoundaryGuard implements CanActivate {
  constructor(
    private readonly verifier: JwtVerifier,
    private readonly comments: CommentsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.verifier.siteIds.length < 2 || context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const params = (req.params ?? {}) as Record<string, string>;
    const route = (req.route as { path?: string } | undefined)?.path ?? '';
    const ids: string[] = [];
    if (typeof params.id === 'string' && /\/comments\/:id(\/|$)/.test(route)) ids.push(params.id);
    if (typeof params.appealId === 'string') ids.push(params.appealId.split(':')[0]);
    for (const id of ids) await this.assertSameSite(id, req.site ?? DEFAULT_SITE_ID);
    return true;
  }

  /** 404 when the comment exists on another site (a malformed or unknown id is left to the handler). */
  async assertSameSite(id: string, site: string): Promise<void> {
    if (!Types.ObjectId.isValid(id) || !/^[a-f0-9]{24}$/i.test(id)) return;
    const c = await this.comments.load(id);
    if (c && !keyBelongsToSite(c.articleId, site, this.verifier.siteIds)) throw commentNotFound(id);
  }
}

/** 404 unless the comment (loaded by the caller) belongs to the site. */
export function assertCommentOfSite(c: { articleId: string } | null, id: string, site: string, siteIds: readonly string[]): void {
  if (c && !keyBelongsToSite(c.articleId, site, siteIds)) throw commentNotFound(id);
}

