import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMENT_STATUSES, Comment, CommentStatus } from './schemas/comment.schema';

export class ReasonView {
  @ApiProperty({ example: 'banned-terms' }) ruleId!: string;
  @ApiProperty({ example: 'profanity' }) category!: string;
  @ApiProperty({ example: 'Your comment contains language our community guidelines do not allow.' }) message!: string;
}

/** What the API shows of a comment. */
export class CommentView {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b' }) id!: string;
  @ApiProperty({ example: 'climate-2026-11-26' }) articleId!: string;
  @ApiProperty({ example: 'user-123' }) authorId!: string;
  @ApiProperty({ example: 'Alice' }) authorName!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) parentId!: string | null;
  @ApiProperty({ example: 'Great reporting, thank you.' }) body!: string;
  @ApiProperty({ enum: COMMENT_STATUSES, example: 'pending' }) status!: CommentStatus;
  @ApiProperty({ example: 1 }) revision!: number;
  @ApiPropertyOptional({ type: [ReasonView], description: 'Moderation reasons; shown to the author only.' }) reasons?: ReasonView[];
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z' }) createdAt!: string;
}

export class CommentPage {
  @ApiProperty({ type: [CommentView] }) items!: CommentView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page.' })
  nextCursor!: string | null;
}

export function toCommentView(c: Comment, viewerId?: string): CommentView {
  const view: CommentView = {
    id: c._id.toString(),
    articleId: c.articleId,
    authorId: c.authorId,
    authorName: c.authorName,
    parentId: c.parentId,
    body: c.body,
    status: c.status,
    revision: c.revision,
    createdAt: new Date(c.createdAt).toISOString(),
  };
  if (viewerId && viewerId === c.authorId) view.reasons = (c.reasons ?? []).map(({ ruleId, category, message }) => ({ ruleId, category, message }));
  return view;
}
