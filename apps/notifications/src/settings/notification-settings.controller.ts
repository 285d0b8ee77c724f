import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { AuthenticatedUser, CurrentUser, ProblemException } from '@parley/platform';
import { Category, CATEGORIES, effectiveMode, LANGUAGES, Language, MANDATORY, Mode, MODES } from '../notify/categories';
import { EmailConfirmationService } from './email-confirmation.service';
import { confirmedEmail, NotificationSettings } from './notification-settings.schema';
import { NotificationSettingsService } from './notification-settings.service';

const MODE_MESSAGE = `must be one of: ${MODES.join(', ')}`;
const MANDATORY_MESSAGE = 'cannot be changed: bans, suspensions, warnings and legal notices are always sent immediately';

class PreferencesDto {
  @IsOptional() @IsIn(MODES, { message: MODE_MESSAGE }) commentStatus?: Mode;
  @IsOptional() @IsIn(MODES, { message: MODE_MESSAGE }) replies?: Mode;
  @IsOptional() @IsIn(MODES, { message: MODE_MESSAGE }) appeals?: Mode;
  @IsOptional() @IsIn(MODES, { message: MODE_MESSAGE }) reports?: Mode;
  @IsOptional() @IsIn(['immediately'], { message: MANDATORY_MESSAGE }) legal?: Mode;
  @IsOptional() @IsIn(['immediately'], { message: MANDATORY_MESSAGE }) account?: Mode;
  @IsOptional() @IsIn(MODES, { message: MODE_MESSAGE }) moderationQueue?: Mode;
  @IsOptional() @IsIn(MODES, { message: MODE_MESSAGE }) webhooks?: Mode;
}

class SettingsDto {
  /** The address notifications are emailed to; null removes it. */
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email?: string | null;

  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of: ${LANGUAGES.join(', ')}` })
  language?: Language;

  @IsOptional()
  @ValidateNested()
  @Type(() => PreferencesDto)
  preferences?: PreferencesDto;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { each: true, message: 'each queue name must be lower-case letters, digits, _ or -' })
  followedQueues?: string[];
}

export function presentSettings(userId: string, s: NotificationSettings | null) {
  return {
    userId,
    /** The address notifications go to once confirmed; see emailConfirmed and pendingEmail. */
    email: s?.email ?? null,
    emailConfirmed: confirmedEmail(s) !== null,
    /** A new address waiting for its confirmation link to be followed (it receives nothing else). */
    pendingEmail: s?.pendingEmail ?? null,
    pendingEmailExpiresAt: s?.pendingEmail ? (s.confirmationExpiresAt?.toISOString() ?? null) : null,
    language: s?.language ?? null,
    preferences: Object.fromEntries(CATEGORIES.map((c) => [c, effectiveMode(c, s?.preferences)])) as Record<Category, Mode>,
    mandatory: [...MANDATORY],
    followedQueues: s?.followedQueues ?? [],
  };
}

/**
 * The host site registers a user's email address and language with the user's own token
 * (Parley never reads addresses from elsewhere); the user (or the site on their behalf)
 * chooses how each category is emailed. A new address gets one confirmation email and
 * nothing else until its link is followed (`pendingEmail` until then).
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/me/notification-settings')
export class NotificationSettingsController {
  constructor(
    private readonly settings: NotificationSettingsService,
    private readonly confirmation: EmailConfirmationService,
  ) {}

  @Get()
  async get(@CurrentUser() user: AuthenticatedUser) {
    return presentSettings(user.id, await this.settings.get(user.id));
  }

  @Put()
  async put(@CurrentUser() user: AuthenticatedUser, @Body() body: SettingsDto) {
    if (body.followedQueues?.length && !user.roles.some((r) => r === 'moderator' || r === 'admin')) {
      throw new ProblemException(403, 'forbidden-role', 'Forbidden', 'Only moderators can follow moderation queues', { errors: [{ field: 'followedQueues', message: 'needs the moderator role' }] });
    }
    const preferences = body.preferences ? (Object.fromEntries(Object.entries(body.preferences).filter(([, v]) => v !== undefined)) as Partial<Record<Category, Mode>>) : undefined;
    // The address first: a refused confirmation email (429) changes nothing.
    if (typeof body.email === 'string') await this.confirmation.change(user.id, body.email.toLowerCase(), body.language);
    const saved = await this.settings.update(user.id, { email: body.email === null ? null : undefined, language: body.language, preferences, followedQueues: body.followedQueues });
    return presentSettings(user.id, saved);
  }
}

