import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { Article } from '../articles/schemas/article.schema';
import { SiteScope } from './site-scope';

/** At most this many articles of a moderator's sections go into a query. */
const MAX_SCOPE_ARTICLES = 5000;

/**
 * The sections a moderator is limited to (`parley_scopes.sections` in their token): their
 * queues, counts and analytics cover the comments on their site's articles of those sections,
 * and acting on another comment is refused (403 outside-scope). A moderator without the claim
 * covers the whole site.
 */
@Injectable()
export class ModeratorScope {
  constructor(
    @InjectModel(Article.name) private readonly articles: Model<Article>,
    private readonly sites: SiteScope,
  ) {}

  /** The article keys the moderator covers: null for the whole site. */
  async articleKeys(user: Pick<AuthenticatedUser, 'site' | 'sections'>): Promise<string[] | null> {
    if (!user.sections) return null;
    const rows = await this.articles
      .find({ section: { $in: user.sections }, ...this.sites.filter(user.site) }, { _id: 1 })
      .limit(MAX_SCOPE_ARTICLES)
      .lean<Array<{ _id: string }>>()
      .exec();
    return rows.map((r) => r._id);
  }

  /** A filter on `articleId` (article keys) for the moderator's comments: empty for the whole site. */
  async articleFilter(user: Pick<AuthenticatedUser, 'site' | 'sections'>): Promise<{ articleId?: { $in: string[] } }> {
    const keys = await this.articleKeys(user);
    return keys ? { articleId: { $in: keys } } : {};
  }

  /** 403 outside-scope unless the article (a key) is in one of the moderator's sections. */
  async assertCovers(user: Pick<AuthenticatedUser, 'site' | 'sections'>, articleKey: string, what: string): Promise<void> {
    if (!user.sections) return;
    const a = await this.articles.findById(articleKey, { section: 1 }).lean<Pick<Article, 'section'>>().exec();
    if (!a?.section || !user.sections.includes(a.section)) {
      throw new ProblemException(403, 'outside-scope', 'Outside your scope', `You moderate the sections ${user.sections.join(', ')}; this comment's article is in ${a?.section ? `section ${a.section}` : 'no section'} (${what})`);
    }
  }
}
