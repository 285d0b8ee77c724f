import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { Equals, IsDefined, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { REPORT_REASONS, ReportReason } from '@parley/contracts';

const TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
const nfcTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

/** Notice of illegal content under Article 16 of the EU Digital Services Act. */
export class IllegalContentNoticeDto {
  @ApiProperty({ description: 'Why the content is illegal (Art. 16(2)(a)): which law, what in the comment.', example: 'The comment accuses a named person of a crime without basis (defamation).', maxLength: 5000 })
  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @Matches(TEXT, { message: 'explanation must not contain control characters' })
  explanation!: string;

  @ApiProperty({ description: 'The notifier\u2019s e-mail, for the acknowledgement and the decision (Art. 16(2)(c)).', example: 'reader@example.org', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({ description: 'Statement that the notice is accurate and complete, made in good faith (Art. 16(2)(d)); must be true.', example: true })
  @Equals(true, { message: 'goodFaith must be true: confirm the notice is made in good faith' })
  goodFaith!: boolean;
}

export class CreateReportDto {
  @ApiProperty({ enum: REPORT_REASONS, example: 'harassment' })
  @IsIn(REPORT_REASONS)
  reason!: ReportReason;

  @ApiPropertyOptional({ description: 'Optional details for moderators.', example: 'Targets another reader by name.', maxLength: 2000 })
  @IsOptional()
  @Transform(nfcTrim)
  @IsString()
  @MaxLength(2000)
  @Matches(TEXT, { message: 'text must not contain control characters' })
  text?: string;

  @ApiPropertyOptional({ type: IllegalContentNoticeDto, description: 'Required when reason is `illegal`, refused otherwise.' })
  @ValidateIf((o: CreateReportDto) => o.reason === 'illegal' || o.notice !== undefined)
  @IsDefined({ message: 'notice is required when reason is illegal (DSA Art. 16: explanation, email, goodFaith)' })
  @ValidateNested()
  @Type(() => IllegalContentNoticeDto)
  notice?: IllegalContentNoticeDto;
}
