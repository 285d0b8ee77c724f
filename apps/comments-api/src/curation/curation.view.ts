import { ApiProperty } from '@nestjs/swagger';
import { BADGES } from '@parley/platform';
import { CommentView } from '../comments/comment.view';

export class PinnedCommentView {
  @ApiProperty({
    type: CommentView,
    nullable: true,
    description: 'The pinned comment while it is approved; null when none is pinned (or the pinned one is no longer published).',
  })
  comment!: CommentView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-12-05T10:00:00.000Z' }) pinnedAt!: string | null;
}

export class PinResultView {
  @ApiProperty({ example: 'climate-2026-11-26' }) articleId!: string;
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b' }) commentId!: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-05T10:00:00.000Z' }) pinnedAt!: string;
  @ApiProperty({ example: 'mod-1' }) pinnedBy!: string;
  @ApiProperty({ type: String, nullable: true, example: '665f1c2e8a1b2c3d4e5f6a70', description: 'The comment this pin replaced (null when none was pinned).' })
  replaced!: string | null;
}

export class UserBadgesView {
  @ApiProperty({ example: 'user-123' }) userId!: string;
  @ApiProperty({ enum: BADGES, isArray: true, example: ['expert'], description: 'Badges given by admins (token badges are not stored here).' })
  badges!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'admin-1' }) setBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-12-05T10:00:00.000Z' }) updatedAt!: string | null;
}
