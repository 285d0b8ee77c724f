import type { RestrictionStatementV1 } from '@parley/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@parley/platform';
import { BADGES, hostArticleId } from '@parley/platform';
import { badgesOfAuthor } from '../curation/author-badges';
import { publicAuthorId } from './public-author-id';
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
  @ApiProperty({
    example: 'a_Qm9iIHRoZSBidWlsZGVy',
    description: 'The author: an opaque stable id (keyed hash of the host site\u2019s user id) for the public; the raw id for the author and moderators.',
  })
  authorId!: string;
  @ApiProperty({ example: 'Alice' }) authorName!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The comment this one replies to.' }) parentId!: string | null;
  @ApiProperty({ example: 0, description: '0 for a top-level comment, 1 for a reply, 2 for a reply to a reply, …' }) depth!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Great reporting, thank you.',
    description: 'Plain text exactly as written (NFC); escape it when rendering. Null for a placeholder.',
  })
  body!: string | null;
  @ApiProperty({
    example: false,
    description: 'A deleted, removed or not-yet-visible comment kept in the thread because it has replies; its body is withheld.',
  })
  placeholder!: boolean;
  @ApiProperty({ enum: COMMENT_STATUSES, example: 'approved' }) status!: CommentStatus;
  @ApiProperty({ example: 1, description: 'Incremented by every edit.' }) revision!: number;
  @ApiProperty({ example: 2, description: 'Approved direct replies.' }) replyCount!: number;
  @ApiProperty({ example: 5 }) reactionCount!: number;
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'When the current revision was written, if edited.' }) editedAt!: string | null;
  @ApiPropertyOptional({
    enum: BADGES,
    isArray: true,
    example: ['staff'],
    description: 'The author\u2019s badges (from their token when they wrote the comment, or given by an admin); absent when none or on a placeholder.',
  })
  badges?: string[];
  @ApiPropertyOptional({ example: true, description: 'An editor featured this approved comment (it is in the featured tab); absent otherwise.' })
  featured?: boolean;
  @ApiPropertyOptional({ type: [ReasonView], description: 'Moderation reasons; shown to the author and moderators only.' }) reasons?: ReasonView[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'The statement of reasons of the restriction (DSA Art. 17: restriction and scope, facts, notice or own initiative, automated means, legal or contractual ground, redress); shown to the author and moderators only, while the comment is restricted.',
  })
  statement?: RestrictionStatementV1;
  @ApiPropertyOptional({ example: '2026-11-26T12:15:00.000Z', description: 'Until when the author may edit; shown to the author only.' })
  editableUntil?: string;
}

export class CommentPage {
  @ApiProperty({ type: [CommentView] }) items!: CommentView[];
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Pass as `cursor` to get the next page; null on the last page.' })
  nextCursor!: string | null;
}

export class RevisionView {
  @ApiProperty({ example: 1 }) revision!: number;
  @ApiProperty({ example: 'First version of the text.' }) body!: string;
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z', description: 'When this revision was written.' }) at!: string;
  @ApiProperty({ example: 'approved', description: 'Its moderation status (for earlier revisions: when they were replaced).' }) status!: string;
}

export class RevisionList {
  @ApiProperty({ type: [RevisionView], description: 'Oldest first; the last one is the current revision.' }) items!: RevisionView[];
}

export type ViewableComment = Pick<
  Comment,
  | '_id'
  | 'articleId'
  | 'authorId'
  | 'authorName'
  | 'parentId'
  | 'depth'
  | 'body'
  | 'status'
  | 'revision'
  | 'replyCount'
  | 'reactionCount'
  | 'createdAt'
  | 'editedAt'
> &
  Partial<Pick<Comment, 'reasons' | 'authorStatement' | 'authorBadges' | 'featured'>>;

export const VIEW_PROJECTION = {
  articleId: 1,
  authorId: 1,
  authorName: 1,
  parentId: 1,
  depth: 1,
  body: 1,
  status: 1,
  revision: 1,
  replyCount: 1,
  reactionCount: 1,
  createdAt: 1,
  editedAt: 1,
  authorBadges: 1,
  featured: 1,
} as const;

export function isModerator(user?: AuthenticatedUser): boolean {
  return !!user?.roles.some((r) => r === 'moderator' || r === 'admin');
}

/**
 * Shows a comment to a viewer: the body of a comment that is not approved is withheld from
 * the public (placeholder); the author and moderators see their text except after deletion
 * or removal (moderators still do), plus the moderation reasons.
 */
export function toCommentView(c: ViewableComment, viewer?: AuthenticatedUser, editWindowMs?: number): CommentView {
  const isAuthor = !!viewer && viewer.id === c.authorId;
  const moderator = isModerator(viewer);
  const gone = c.status === 'deleted' || c.status === 'removed';
  const showBody = c.status === 'approved' || moderator || (isAuthor && !gone);
  const view: CommentView = {
    id: c._id.toString(),
    articleId: hostArticleId(c.articleId),
    authorId: isAuthor || moderator ? c.authorId : publicAuthorId(c.authorId),
    authorName: c.authorName,
    parentId: c.parentId ?? null,
    depth: c.depth ?? 0,
    body: showBody ? c.body : null,
    placeholder: !showBody,
    status: c.status,
    revision: c.revision,
    replyCount: Math.max(0, c.replyCount ?? 0),
    reactionCount: Math.max(0, c.reactionCount ?? 0),
    createdAt: new Date(c.createdAt).toISOString(),
    editedAt: c.editedAt ? new Date(c.editedAt).toISOString() : null,
  };
  if (!view.placeholder) {
    const badges = badgesOfAuthor(c.authorId, c.authorBadges);
    if (badges.length) view.badges = badges;
  }
  if (c.featured && c.status === 'approved') view.featured = true;
  if ((isAuthor || moderator) && c.reasons) view.reasons = c.reasons.map(({ ruleId, category, message }) => ({ ruleId, category, message }));
  const restricted = c.status === 'rejected' || c.status === 'removed' || c.status === 'flagged';
  if ((isAuthor || moderator) && restricted && c.authorStatement) view.statement = c.authorStatement;
  if (isAuthor && editWindowMs !== undefined && !gone) view.editableUntil = new Date(new Date(c.createdAt).getTime() + editWindowMs).toISOString();
  return view;
}
