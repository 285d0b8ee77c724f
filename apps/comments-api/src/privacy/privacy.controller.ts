import { Controller, Delete, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@parley/platform';
import { ApiUserIdParam, UserIdPipe } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { AccountDataExport, OTHER_EXPORT_PARTS } from './account-data-export';
import { AccountErasureService, ErasureView } from './account-erasure.service';
import { AccountExportView, ErasureRequestView } from './privacy.views';

const attachment = (res: Response, userId: string) =>
  res.setHeader('Content-Disposition', `attachment; filename="parley-export-${userId.replace(/[^A-Za-z0-9._-]/g, '_')}-${new Date().toISOString().slice(0, 10)}.json"`);

/** GDPR self-service: a reader downloads their data and requests (or cancels) the erasure of their account. */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('v1/me')
export class MyDataController {
  constructor(
    private readonly exporter: AccountDataExport,
    private readonly erasures: AccountErasureService,
  ) {}

  @Get('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/json')
  @ApiOperation({ summary: 'Download everything comments-api holds about you as JSON (comments with revisions, reactions, reports, mutes, account decisions, complaints, erasure request). Your notifications and settings: GET /v1/me/notifications/export.' })
  @ApiOkResponse({ type: AccountExportView })
  @ApiProblems(401)
  async export(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response) {
    attachment(res, user.id);
    return { ...(await this.exporter.export(user.id)), otherParts: { notifications: OTHER_EXPORT_PARTS.notifications.self } };
  }

  @Get('erasure')
  @ApiOperation({ summary: 'Your account erasure request, if any.' })
  @ApiOkResponse({ type: ErasureRequestView })
  @ApiProblems(401, 404)
  status(@CurrentUser() user: AuthenticatedUser): Promise<ErasureView> {
    return this.erasures.status(user.id);
  }

  @Post('erasure')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Request the erasure of your account. It is carried out after the grace period (executeAfter; 24 hours by default) unless you cancel it: your comments are erased everywhere (replies by others stay, under a placeholder), your reactions, mutes, notifications and settings deleted. Asking again returns the scheduled request.',
  })
  @ApiAcceptedResponse({ type: ErasureRequestView })
  @ApiProblems(401, 409)
  async request(@CurrentUser() user: AuthenticatedUser): Promise<ErasureView> {
    return (await this.erasures.request(user.id, user, 'self')).view;
  }

  @Delete('erasure')
  @ApiOperation({ summary: 'Cancel your scheduled account erasure (before executeAfter). Cancelling again changes nothing.' })
  @ApiOkResponse({ type: ErasureRequestView })
  @ApiProblems(401, 404, 409)
  cancel(@CurrentUser() user: AuthenticatedUser): Promise<ErasureView> {
    return this.erasures.cancel(user.id, user);
  }
}

/** The same for administrators, on behalf of a user (e.g. a request received by email). */
@ApiTags('privacy')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/users/:userId')
export class UserDataAdminController {
  constructor(
    private readonly exporter: AccountDataExport,
    private readonly erasures: AccountErasureService,
  ) {}

  @Get('export')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Everything comments-api holds about a user (admins). Their notifications part: GET /v1/admin/notification-data/{userId}.' })
  @ApiUserIdParam()
  @ApiOkResponse({ type: AccountExportView })
  @ApiProblems(400, 401, 403)
  async export(@Param('userId', UserIdPipe) userId: string, @Res({ passthrough: true }) res: Response) {
    attachment(res, userId);
    return { ...(await this.exporter.export(userId)), otherParts: { notifications: OTHER_EXPORT_PARTS.notifications.admin.replace('{userId}', encodeURIComponent(userId)) } };
  }

  @Get('erasure')
  @ApiOperation({ summary: 'A user\u2019s account erasure request (admins).' })
  @ApiUserIdParam()
  @ApiOkResponse({ type: ErasureRequestView })
  @ApiProblems(400, 401, 403, 404)
  status(@Param('userId', UserIdPipe) userId: string): Promise<ErasureView> {
    return this.erasures.status(userId);
  }

  @Post('erasure')
  @HttpCode(202)
  @ApiOperation({ summary: 'Request the erasure of a user\u2019s account (admins); carried out after the same grace period, cancellable until then.' })
  @ApiUserIdParam()
  @ApiAcceptedResponse({ type: ErasureRequestView })
  @ApiProblems(400, 401, 403, 409)
  async request(@Param('userId', UserIdPipe) userId: string, @CurrentUser() admin: AuthenticatedUser): Promise<ErasureView> {
    return (await this.erasures.request(userId, admin, 'admin')).view;
  }

  @Delete('erasure')
  @ApiOperation({ summary: 'Cancel a user\u2019s scheduled account erasure (admins).' })
  @ApiUserIdParam()
  @ApiOkResponse({ type: ErasureRequestView })
  @ApiProblems(400, 401, 403, 404, 409)
  cancel(@Param('userId', UserIdPipe) userId: string, @CurrentUser() admin: AuthenticatedUser): Promise<ErasureView> {
    return this.erasures.cancel(userId, admin);
  }
}
