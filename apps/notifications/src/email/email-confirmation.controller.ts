import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Public } from '@parley/platform';
import { EmailConfirmationService } from '../settings/email-confirmation.service';
import { escapeHtml, htmlPage } from '../templates/email-layout';

class TokenQuery {
  @IsString()
  @MaxLength(2000)
  token!: string;
}

/**
 * The link in the email that confirms a new notification address. GET only shows a page with
 * a button (mail scanners and link prefetchers follow links; they must not confirm anything);
 * POST confirms. Altered links answer 400, expired, used or replaced links 410 (problem+json).
 */
@ApiTags('notifications')
@Public()
@Controller('v1/email-confirmation')
export class EmailConfirmationController {
  constructor(private readonly confirmation: EmailConfirmationService) {}

  @Get()
  async page(@Query() q: TokenQuery, @Res() res: Response) {
    const p = await this.confirmation.pendingFor(q.token);
    res
      .status(200)
      .type('html')
      .send(
        htmlPage(
          'Confirm your email address',
          `<h1>Confirm your email address</h1><p>Send notifications about comments to <strong>${escapeHtml(p.address)}</strong>?</p><form method="post" action="?token=${encodeURIComponent(q.token)}"><button type="submit">Confirm</button></form>`,
        ),
      );
  }

  @Post()
  @HttpCode(200)
  async confirm(@Query() q: TokenQuery, @Res() res: Response) {
    const address = await this.confirmation.confirm(q.token);
    res.status(200).type('html').send(htmlPage('Address confirmed', `<h1>Address confirmed</h1><p>Notifications will be emailed to <strong>${escapeHtml(address)}</strong>.</p>`));
  }
}
