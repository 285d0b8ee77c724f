import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsIn, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { RESTRICTION_KINDS, RestrictionKind } from '../schemas/user-restriction.schema';

export class PutRestrictionDto {
  @ApiProperty({ enum: RESTRICTION_KINDS, example: 'suspension', description: '`ban`: until lifted (or until `until` when given); `suspension`: until `until` (required).' })
  @IsIn(RESTRICTION_KINDS)
  kind!: RestrictionKind;

  @ApiProperty({ example: 'Repeated insults towards other readers', maxLength: 1000, description: 'Shown to the user.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @Matches(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/, { message: 'reason must not contain control characters' })
  reason!: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, example: '2026-12-01T00:00:00.000Z', description: 'End of the restriction, in the future. Required for a suspension.' })
  @ValidateIf((o: PutRestrictionDto) => o.kind === 'suspension' || (o.until !== undefined && o.until !== null))
  @Type(() => Date)
  @IsDate({ message: 'until must be an ISO 8601 date-time (required for a suspension)' })
  until?: Date | null;
}
