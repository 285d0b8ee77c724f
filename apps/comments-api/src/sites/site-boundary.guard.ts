import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection, Types } from 'mongoose';
import { AuthedRequest, DEFAULT_SITE_ID, JwtVerifier, keyBelongsToSite, ProblemException } from '@parley/platform';
import { CommentsRepository } from '../comments/comments.repository';
import { commentNotFound } from '../comments/comments.service';

/**
 * The boundary between the sites of a deployment, for comments and cases named in the path: a
 * comment id (`:id` of a `comments/:id` route), a notice (`notices/:id`) or an appeal
 * (`:appealId`) of another site than the caller's answers 404, exactly as one that does not
 * exist, before any handler runs.
 * Articles are kept apart by their keys (SiteArticleId), users by their ids (AuthGuard).
 * With a single site there is nothing to keep apart and the guard reads nothing.
 */
@Injectable()
export class SiteBoundaryGuard implements CanActivate {
  constructor(
    private readonly verifier: JwtVerifier,
    private readonly comments: CommentsRepository,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const params = (req.params ?? {}) as Record<string, string>;
    const route = (req.route as { path?: string } | undefined)?.path ?? '';
    // A moderator limited to sections does not see a comment of another section on the moderation routes.
    const sections = req.user?.sections;
    if (sections && typeof params.id === 'string' && /^\/v1\/moderation\/comments\/:id(\/|$)/.test(route)) await this.assertInSections(params.id, sections);
    if (this.verifier.siteIds.length < 2) return true;
    const site = req.site ?? DEFAULT_SITE_ID;
    if (typeof params.id === 'string' && /\/comments\/:id(\/|$)/.test(route)) await this.assertSameSite(params.id, site);
    if (typeof params.id === 'string' && /\/notices\/:id(\/|$)/.test(route)) await this.assertCaseOfSite('moderation_notices', params.id, site);
    if (typeof params.appealId === 'string') await this.assertCaseOfSite('moderation_appeals', params.appealId, site);
    return true;
  }

  /**
   * 404 when a notice or appeal concerns another site's article (or, for an account complaint
   * without an article, another site's user).
   */
  private async assertCaseOfSite(collection: string, id: string, site: string): Promise<void> {
    const c = await this.connection.db!.collection<{ _id: string; articleId?: string | null; appellantId?: string | null }>(collection).findOne({ _id: id.slice(0, 300) }, { projection: { articleId: 1, appellantId: 1 } });
    const key = c?.articleId ?? c?.appellantId;
    if (key && !keyBelongsToSite(key, site, this.verifier.siteIds)) {
      throw new ProblemException(404, collection === 'moderation_notices' ? 'notice-not-found' : 'appeal-not-found', 'Not found', `No case with id ${id}`);
    }
  }

  /** 404 when the comment is on an article outside the sections. */
  private async assertInSections(id: string, sections: string[]): Promise<void> {
    if (!Types.ObjectId.isValid(id) || !/^[a-f0-9]{24}$/i.test(id)) return;
    const c = await this.comments.load(id);
    if (!c) return;
    const a = await this.connection.db!.collection<{ _id: string; section?: string | null }>('articles').findOne({ _id: c.articleId }, { projection: { section: 1 } });
    if (!a?.section || !sections.includes(a.section)) throw commentNotFound(id);
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

