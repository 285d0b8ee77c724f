import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ClientSession, Model } from 'mongoose';
import { hostArticleId, IncrementBatcher, ProblemException, siteField, siteOfArticleKey } from '@parley/platform';
import { TtlCache } from '../common/ttl-cache';
import { CommentsApiConfig } from '../config/comments-api.config';
import { isAcceptingComments } from './article.view';
import { PutArticleDto } from './dto/put-article.dto';
import { Article } from './schemas/article.schema';

export type ArticleSettings = Pick<Article, '_id' | 'section' | 'open' | 'closesAt' | 'premoderation'>;
const SETTINGS_PROJECTION = { section: 1, open: 1, closesAt: 1, premoderation: 1 };

@Injectable()
export class ArticlesService {
  private readonly cache: TtlCache<ArticleSettings>;
  /** Comment counts: concurrent changes to the same or other articles share one bulk write of `$inc`. */
  private readonly counts = new IncrementBatcher<string>(async (deltas) => {
    await this.articles.bulkWrite([...deltas].map(([_id, n]) => ({ updateOne: { filter: { _id }, update: { $inc: { commentCount: n } } } })), { ordered: false });
  });

  constructor(
    @InjectModel(Article.name) private readonly articles: Model<Article>,
    @Inject(CommentsApiConfig) config: CommentsApiConfig,
  ) {
    this.cache = new TtlCache(config.COMMENTS_SETTINGS_CACHE_TTL_MS, 20_000);
  }

  /** The article's comment settings; an unknown article is created with defaults (open, no premoderation). */
  async settingsFor(articleId: string): Promise<ArticleSettings> {
    return this.cache.getOrLoad(articleId, async () => {
      const a = await this.articles.findById(articleId, SETTINGS_PROJECTION).lean<ArticleSettings>().exec();
      if (a) return a;
      // First write wins: an upsert that only sets fields on insert (atomic: a concurrent
      // registration or another replica's first comment is never overwritten).
      await this.articles.updateOne({ _id: articleId }, { $setOnInsert: { ...siteField(siteOfArticleKey(articleId)), open: true, premoderation: false, closesAt: null, section: null, commentCount: 0, registered: false } }, { upsert: true }).exec();
      return (await this.articles.findById(articleId, SETTINGS_PROJECTION).lean<ArticleSettings>().exec())!;
    });
  }

  /** 403 with the reason when the article does not accept comments now. */
  assertAcceptingComments(a: ArticleSettings): void {
    if (isAcceptingComments(a)) return;
    if (!a.open) {
      throw new ProblemException(403, 'article-closed', 'Comments are closed', 'The editors have closed comments on this article', { articleId: hostArticleId(a._id), closedAt: null });
    }
    const closedAt = new Date(a.closesAt!).toISOString();
    throw new ProblemException(403, 'article-closed', 'Comments are closed', `Comments on this article closed at ${closedAt}`, { articleId: hostArticleId(a._id), closedAt });
  }

  /** Registers or updates an article; returns it and whether it was created. */
  async put(articleId: string, dto: PutArticleDto): Promise<{ article: Article; created: boolean }> {
    const res = await this.articles
      .updateOne(
        { _id: articleId },
        {
          $set: {
            title: dto.title,
            url: dto.url,
            section: dto.section ?? null,
            open: dto.settings.open,
            closesAt: dto.settings.closesAt ?? null,
            premoderation: dto.settings.premoderation,
            registered: true,
          },
          $setOnInsert: { ...siteField(siteOfArticleKey(articleId)), commentCount: 0 },
        },
        { upsert: true },
      )
      .exec();
    this.cache.delete(articleId);
    return { article: (await this.get(articleId))!, created: res.upsertedCount > 0 };
  }

  get(articleId: string): Promise<Article | null> {
    return this.articles.findById(articleId).lean<Article>().exec();
  }

  async commentCounts(ids: string[]): Promise<Array<{ articleId: string; commentCount: number }>> {
    const rows = await this.articles.find({ _id: { $in: ids } }, { commentCount: 1 }).lean<Array<Pick<Article, '_id' | 'commentCount'>>>().exec();
    const byId = new Map(rows.map((r) => [r._id, Math.max(0, r.commentCount ?? 0)]));
    return ids.map((articleId) => ({ articleId, commentCount: byId.get(articleId) ?? 0 }));
  }

  /** `$inc` of the article's comment count: inside the caller's transaction when given one, batched with concurrent ones otherwise. */
  async addToCommentCount(articleId: string, delta: number, session?: ClientSession): Promise<void> {
    if (!delta) return;
    if (session) await this.articles.updateOne({ _id: articleId }, { $inc: { commentCount: delta } }, { session }).exec();
    else await this.counts.add(articleId, delta);
  }
}
