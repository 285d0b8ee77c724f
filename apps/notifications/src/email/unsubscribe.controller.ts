import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { ProblemException, Public } from '@parley/platform';
import { MANDATORY } from '../notify/categories';
import { NotificationSettingsService } from '../settings/notification-settings.service';
import { escapeHtml, htmlPage as page } from '../templates/email-layout';
import { UnsubscribeTokens } from './unsubscribe-token';

class TokenQuery {
  @IsString()
  @MaxLength(2000)
  token!: string;
}


/**
 * The link in every optional email. GET shows a confirmation page (so link scanners do not
 * unsubscribe anyone); POST turns the category off — also the RFC 8058 one-click target of
 * the List-Unsubscribe header.
 */
@ApiTags('notifications')
@Public()
@Controller('v1/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly settings: NotificationSettingsService,
  ) {}

  private verify(token: string) {
    const t = this.tokens.verify(token);
    if (!t) throw new ProblemException(400, 'invalid-unsubscribe-token', 'Bad Request', 'The unsubscribe link is invalid or was altered', { errors: [{ field: 'token', message: 'invalid signature' }] });
    if (MANDATORY.has(t.category)) throw new ProblemException(400, 'mandatory-category', 'Bad Request', `${t.category} notifications cannot be turned off`);
    return t;
  }

  @Get()
  confirm(@Query() q: TokenQuery, @Res() res: Response) {
    const t = this.verify(q.token);
    res
      .status(200)
      .type('html')
      .send(
        page(
          'Unsubscribe',
          `<h1>Unsubscribe</h1><p>Stop emails about “${escapeHtml(t.category)}”? In-app notifications continue.</p><form method="post" action="?token=${encodeURIComponent(q.token)}"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
  }

  @Post()
  @HttpCode(200)
  async unsubscribe(@Query() q: TokenQuery, @Res() res: Response) {
    const t = this.verify(q.token);
    await this.settings.setPreference(t.userId, t.category, 'off');
    res.status(200).type('html').send(page('Unsubscribed', `<h1>Unsubscribed</h1><p>You will no longer receive emails about “${escapeHtml(t.category)}”.</p>`));
  }
}
