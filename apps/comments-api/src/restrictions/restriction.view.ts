import { ApiProperty } from '@nestjs/swagger';
import { RESTRICTION_KINDS, RestrictionKind, UserRestriction } from './schemas/user-restriction.schema';

export class RestrictionView {
  @ApiProperty({ example: 'user-123' }) userId!: string;
  @ApiProperty({ enum: RESTRICTION_KINDS, example: 'suspension' }) kind!: RestrictionKind;
  @ApiProperty({ example: 'Repeated insults towards other readers' }) reason!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-12-01T00:00:00.000Z' }) until!: string | null;
  @ApiProperty({ example: true, description: 'False once `until` has passed.' }) active!: boolean;
  @ApiProperty({ example: 'mod-7' }) issuedBy!: string;
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z' }) updatedAt!: string;
}

export function isActive(r: Pick<UserRestriction, 'until'>, now = new Date()): boolean {
  return !r.until || new Date(r.until) > now;
}

export function toRestrictionView(r: UserRestriction): RestrictionView {
  return {
    userId: r._id,
    kind: r.kind,
    reason: r.reason,
    until: r.until ? new Date(r.until).toISOString() : null,
    active: isActive(r),
    issuedBy: r.issuedBy,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
