import { Controller, Get, Header, Logger, Param } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { EventTypes } from '@parley/contracts';
import { EventOf } from '@parley/messaging';
import { AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { NotificationDataService } from './notification-data.service';

/** The host site's user id (JWT sub), as comments-api accepts it. */
const USER_ID = /^[A-Za-z0-9._:@|+~-]{1,200}$/;

/** The reader's own notification data (GDPR export); part of the export comments-api points to. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/me/notifications/export')
export class MyNotificationDataController {
  constructor(private readonly data: NotificationDataService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Download what notifications holds about you as JSON: settings (email, language, preferences), in-app notifications, emails sent or queued, pending digest items.' })
  export(@CurrentUser() user: AuthenticatedUser) {
    return this.data.export(user.id);
  }
}

/** The same for administrators, on behalf of a user. */
@ApiTags('notifications')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/notification-data/:userId')
export class UserNotificationDataAdminController {
  constructor(private readonly data: NotificationDataService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'What notifications holds about a user, as JSON (admins).' })
  @ApiParam({ name: 'userId', description: 'The host site\u2019s user id (JWT sub)', schema: { type: 'string', pattern: USER_ID.source } })
  export(@Param('userId') userId: string) {
    if (!USER_ID.test(userId)) {
      throw new ProblemException(400, 'invalid-user-id', 'Invalid user id', 'userId must be 1–200 characters: letters, digits, . _ : @ | + ~ -', { errors: [{ field: 'userId', message: 'must be 1–200 characters: letters, digits, . _ : @ | + ~ -' }] });
    }
    return this.data.export(userId);
  }
}

/** notifications' part of an account erasure: the user's settings, notifications and emails go. */
@Controller()
export class UserErasedController {
  private readonly logger = new Logger(UserErasedController.name);

  constructor(private readonly data: NotificationDataService) {}

  @EventPattern(EventTypes.UserErased)
  async onErased(@Payload() e: EventOf<typeof EventTypes.UserErased>) {
    const erased = await this.data.erase(e.data.userId);
    this.logger.log({ erasureId: e.data.erasureId, ...erased }, 'erased account: notification data deleted');
  }
}
