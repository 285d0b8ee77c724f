import { ApiProperty } from '@nestjs/swagger';
import { ERASURE_STATUSES } from './account-erasure.schema';

export class ErasureRequestView {
  @ApiProperty({ example: 'user-123' }) userId!: string;
  @ApiProperty({ enum: ERASURE_STATUSES, example: 'scheduled', description: '`scheduled` (cancellable until executeAfter), `cancelled`, `erasing` (ordered; the apps are erasing), `erased` (done in comments-api).' })
  status!: string;
  @ApiProperty({ enum: ['self', 'admin'], example: 'self' }) requestedBy!: 'self' | 'admin';
  @ApiProperty({ example: '2026-12-05T10:00:00.000Z' }) requestedAt!: string;
  @ApiProperty({ example: '2026-12-06T10:00:00.000Z', description: 'End of the grace period (ACCOUNT_ERASURE_GRACE_SECONDS after the request).' }) executeAfter!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'When the erasure was carried out.' }) erasedAt!: string | null;
}

export class AccountExportView {
  @ApiProperty({ example: 'parley.account-export.v1' }) format!: string;
  @ApiProperty({ example: '2026-12-05T10:00:00.000Z' }) generatedAt!: string;
  @ApiProperty({ example: 'user-123' }) userId!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Every comment in every status (deleted ones included) with every revision (`revisions`, oldest first), moderation reasons and statement of reasons.' })
  comments!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Comments reacted to.' }) reactions!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Reports and legal notices made.' }) reports!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Authors muted.' }) mutedAuthors!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Decisions on the account (warnings, suspensions, bans, premoderation) with their statements of reasons.' })
  accountDecisions!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Complaints (appeals) filed.' }) complaints!: object[];
  @ApiProperty({ type: [String], example: ['expert'], description: 'Badges an admin gave you (those from your token are on each comment as authorBadges).' }) badges!: string[];
  @ApiProperty({ type: ErasureRequestView, nullable: true }) erasure!: ErasureRequestView | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { notifications: '/v1/me/notifications/export' },
    description: 'Where the parts held by the other apps are exported (notifications: in-app notifications, emails, settings).',
  })
  otherParts!: Record<string, string>;
}
