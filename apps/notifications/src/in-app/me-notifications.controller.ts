import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuthenticatedUser, CurrentUser } from '@parley/platform';
import { InAppFeedService } from './in-app-feed.service';

class FeedQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/me/notifications')
export class MeNotificationsController {
  constructor(private readonly feed: InAppFeedService) {}

  @Get()
  async list(@CurrentUser() user: AuthenticatedUser, @Query() q: FeedQuery) {
    const { items, unread } = await this.feed.list(user.id, q.limit);
    return {
      unread,
      items: items.map((n) => ({ id: n._id, kind: n.kind, title: n.title, body: n.body, data: n.data, createdAt: n.createdAt, read: n.readAt !== null })),
    };
  }
}
