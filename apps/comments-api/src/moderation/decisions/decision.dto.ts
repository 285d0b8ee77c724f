import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { COMMENT_ID_PATTERN } from '../../common/ids.pipe';
import { noControlChars, trimNfc } from '../shared/dto';
import { REASON_CODES, ReasonCode } from '../shared/taxonomy';
import { ILLEGAL_CONTENT_TYPES, IllegalContentType } from '@parley/moderation-rules';
import { DECISION_ACTIONS, DecisionAction } from './decisions.service';

/** The legal ground of a decision that content is illegal (Art. 17(3)(d) DSA). */
export class LegalGroundDto {
  @ApiProperty({ example: 'Criminal Code § 130 (incitement to hatred)', maxLength: 500, description: 'The law the content breaks.' })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @Matches(noControlChars, { message: 'law must not contain control characters' })
  law!: string;

  @ApiProperty({ example: 'The comment calls for violence against a religious group.', maxLength: 2000, description: 'Why the content is illegal under that law (sent to the author; never quote personal data).' })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @Matches(noControlChars, { message: 'explanation must not contain control characters' })
  explanation!: string;

  @ApiProperty({ enum: ILLEGAL_CONTENT_TYPES, example: 'illegal-hate-speech', description: 'The type of illegal content; decides the Transparency Database category.' })
  @IsIn(ILLEGAL_CONTENT_TYPES)
  illegalContentType!: IllegalContentType;
}

export class DecisionDto {
  @ApiProperty({ enum: DECISION_ACTIONS, example: 'reject', description: '`reject` on a published comment removes it (appealable).' })
  @IsIn(DECISION_ACTIONS)
  action!: DecisionAction;

  @ApiProperty({ example: 1, description: 'The revision the moderator reviewed; 409 `stale-revision` when the comment was edited since.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision!: number;

  @ApiPropertyOptional({ enum: REASON_CODES, example: 'harassment', description: 'Required for reject and remove.' })
  @IsOptional()
  @IsIn(REASON_CODES)
  reason?: ReasonCode;

  @ApiPropertyOptional({ example: 'Second insult towards the same reader', maxLength: 2000, description: 'Internal note, kept in the audit trail.' })
  @IsOptional()
  @Transform(trimNfc)
  @IsString()
  @MaxLength(2000)
  @Matches(noControlChars, { message: 'note must not contain control characters' })
  note?: string;

  @ApiPropertyOptional({ type: LegalGroundDto, description: 'Required when reason is `illegal_content`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalGroundDto)
  legalGround?: LegalGroundDto;

  @ApiPropertyOptional({ default: false, description: 'Reject or remove only: the comment is manifestly illegal. Counts towards the author\u2019s misuse (DSA Art. 23): a warning, then a suspension, by the configured policy.' })
  @IsOptional()
  @IsBoolean()
  manifestlyIllegal?: boolean;
}

export class BulkItemDto {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b' })
  @IsString()
  @Matches(COMMENT_ID_PATTERN, { message: 'id must be a 24-character hexadecimal comment id' })
  id!: string;

  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision!: number;
}

export class BulkDecisionDto {
  @ApiProperty({ enum: DECISION_ACTIONS, example: 'approve' })
  @IsIn(DECISION_ACTIONS)
  action!: DecisionAction;

  @ApiProperty({ type: [BulkItemDto], minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items!: BulkItemDto[];

  @ApiPropertyOptional({ enum: REASON_CODES })
  @IsOptional()
  @IsIn(REASON_CODES)
  reason?: ReasonCode;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trimNfc)
  @IsString()
  @MaxLength(2000)
  @Matches(noControlChars, { message: 'note must not contain control characters' })
  note?: string;

  @ApiPropertyOptional({ type: LegalGroundDto, description: 'Required when reason is `illegal_content`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalGroundDto)
  legalGround?: LegalGroundDto;
}
