import { hostArticleId } from '@parley/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Article } from './schemas/article.schema';

export class ArticleSettingsView {
  @ApiProperty({ example: true, description: 'The editors\u2019 switch.' }) open!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) closesAt!: string | null;
  @ApiProperty({ example: false }) premoderation!: boolean;
}

export class ArticleView {
  @ApiProperty({ example: 'climate-2026-11-26' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Heatwave: what the new records mean' }) title!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'https://news.example/climate/heatwave-records' }) url!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'climate' }) section!: string | null;
  @ApiProperty({ type: ArticleSettingsView }) settings!: ArticleSettingsView;
  @ApiProperty({ example: true, description: 'Whether comments are accepted now (open and before closesAt).' }) acceptingComments!: boolean;
  @ApiProperty({ example: 42, description: 'Approved comments, replies included.' }) commentCount!: number;
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z' }) updatedAt!: string;
}

export class ArticleCommentCount {
  @ApiProperty({ example: 'climate-2026-11-26' }) articleId!: string;
  @ApiProperty({ example: 42 }) commentCount!: number;
}

export class CommentCountsView {
  @ApiProperty({ type: [ArticleCommentCount], description: 'One entry per requested id, in request order; 0 for unknown articles.' })
  items!: ArticleCommentCount[];
}

export function isAcceptingComments(a: Pick<Article, 'open' | 'closesAt'>, now = new Date()): boolean {
  return a.open && (!a.closesAt || new Date(a.closesAt) > now);
}

export function toArticleView(a: Article): ArticleView {
  return {
    id: hostArticleId(a._id),
    title: a.title ?? null,
    url: a.url ?? null,
    section: a.section ?? null,
    settings: { open: a.open, closesAt: a.closesAt ? new Date(a.closesAt).toISOString() : null, premoderation: a.premoderation },
    acceptingComments: isAcceptingComments(a),
    commentCount: Math.max(0, a.commentCount ?? 0),
    createdAt: new Date(a.createdAt).toISOString(),
    updatedAt: new Date(a.updatedAt).toISOString(),
  };
}
