import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EMAIL_DOMAIN_ACTIONS, EmailDomainAction } from '../email-domain-policy';

export class PutEmailDomainRuleDto {
  @ApiProperty({
    enum: EMAIL_DOMAIN_ACTIONS,
    example: 'premoderate',
    description: '`ban`: comments refused with 403; `premoderate`: comments held for a moderator; `allow`: exempt from the disposable-domain list. Covers subdomains.',
  })
  @IsIn(EMAIL_DOMAIN_ACTIONS)
  action!: EmailDomainAction;

  @ApiPropertyOptional({ example: 'Spam wave of 2026-12-04', maxLength: 500, description: 'For other admins; never shown to commenters.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @MaxLength(500)
  @Matches(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/, { message: 'note must not contain control characters' })
  note?: string;
}

export class EmailDomainRuleView {
  @ApiProperty({ example: 'example.com', description: 'Domain (lower case, internationalised names as punycode); subdomains included.' })
  domain!: string;
  @ApiProperty({ enum: EMAIL_DOMAIN_ACTIONS }) action!: EmailDomainAction;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() updatedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class EmailDomainCheckView {
  @ApiProperty({ example: 'mailinator.com', description: 'The domain checked, normalised.' }) domain!: string;
  @ApiProperty({ enum: ['ban', 'premoderate', 'none'] }) action!: 'ban' | 'premoderate' | 'none';
  @ApiProperty({ type: String, nullable: true, description: 'The rule or list entry that matched (the domain or a parent domain).' }) matched!: string | null;
  @ApiProperty({ enum: ['rule', 'disposable-list'], nullable: true }) source!: 'rule' | 'disposable-list' | null;
}

export class EmailDomainRulesView {
  @ApiProperty({ type: [EmailDomainRuleView] }) items!: EmailDomainRuleView[];
  @ApiProperty({ enum: ['off', 'premoderate', 'ban'], description: 'EMAIL_DOMAIN_DISPOSABLE_ACTION of this deployment.' }) disposableAction!: string;
  @ApiProperty({ example: 121570, description: 'Domains in the shipped disposable list.' }) disposableDomains!: number;
  @ApiProperty({ example: '1.0.62', description: 'Version of the disposable-email-domains package in use.' }) disposableListVersion!: string;
}
