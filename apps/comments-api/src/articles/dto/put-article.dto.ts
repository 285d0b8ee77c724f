import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsDefined, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';

const NO_CONTROL_CHARS = /^[^\u0000-\u001F\u007F-\u009F]*$/;

export class ArticleSettingsDto {
  @ApiProperty({ description: 'Whether readers may comment (editors can close comments at any time).', example: true })
  @IsBoolean()
  open!: boolean;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'When comments close automatically; null for never.', example: '2026-12-03T12:00:00.000Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'closesAt must be an ISO 8601 date-time' })
  closesAt?: Date | null;

  @ApiProperty({ description: 'Hold every comment for a moderator (the rules engine flags instead of approving).', example: false })
  @IsBoolean()
  premoderation!: boolean;
}

export class PutArticleDto {
  @ApiProperty({ example: 'Heatwave: what the new records mean', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @Matches(NO_CONTROL_CHARS, { message: 'title must not contain control characters' })
  title!: string;

  @ApiProperty({ example: 'https://news.example/climate/heatwave-records', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  url!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'climate', maxLength: 100, description: 'Section of the site; the rules engine may apply section-specific rules.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 _./-]{0,99}$/, { message: 'section must be 1–100 letters, digits, spaces or _ . / -' })
  section?: string | null;

  @ApiProperty({ type: ArticleSettingsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ArticleSettingsDto)
  settings!: ArticleSettingsDto;
}
