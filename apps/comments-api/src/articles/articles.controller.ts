import { ApiSiteHeader } from '../sites/site-scope';
import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { articleKey, CurrentSite, hostArticleId, ProblemException, Public, Roles } from '@parley/platform';
import { ApiArticleIdParam, SiteArticleId } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { ArticleView, CommentCountsView, toArticleView } from './article.view';
import { ArticlesService } from './articles.service';
import { CommentCountsQuery } from './dto/comment-counts.query';
import { PutArticleDto } from './dto/put-article.dto';

@ApiSiteHeader()
@ApiTags('articles')
@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  // Declared before ':articleId' so the fixed path wins.
  @Get('comment-counts')
  @Public()
  @ApiOperation({ summary: 'Approved-comment counts of many articles in one call (for article list pages), of the site X-Parley-Site names (default: the default site).' })
  @ApiOkResponse({ type: CommentCountsView })
  @ApiProblems(400)
  async counts(@Query() q: CommentCountsQuery, @CurrentSite() site: string): Promise<CommentCountsView> {
    const items = await this.articles.commentCounts(q.ids.map((id) => articleKey(site, id)));
    return { items: items.map((i) => ({ ...i, articleId: hostArticleId(i.articleId) })) };
  }

  @Get(':articleId')
  @Public()
  @ApiOperation({ summary: 'An article\u2019s comment settings and count.' })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: ArticleView })
  @ApiProblems(400, 404)
  async get(@SiteArticleId() articleId: string): Promise<ArticleView> {
    const a = await this.articles.get(articleId);
    if (!a) throw new ProblemException(404, 'article-not-found', 'Article not found', `No article with id ${hostArticleId(articleId)}`);
    return toArticleView(a);
  }

  @Put(':articleId')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Register an article ahead of its first comment, or change its settings (admin).' })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: ArticleView, description: 'Updated.' })
  @ApiCreatedResponse({ type: ArticleView, description: 'Registered.' })
  @ApiProblems(400, 401, 403, 413)
  async put(@SiteArticleId() articleId: string, @Body() dto: PutArticleDto, @Res({ passthrough: true }) res: Response): Promise<ArticleView> {
    const { article, created } = await this.articles.put(articleId, dto);
    res.status(created ? 201 : 200);
    return toArticleView(article);
  }
}
