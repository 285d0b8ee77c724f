import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';
import { isKnownEventType } from '@parley/contracts';
import { DeploymentWide, ProblemException, Roles } from '@parley/platform';
import { ForbiddenDestinationError } from './ssrf-guard';
import { DeliveryStatus } from './webhook-delivery.schema';
import { WebhookDeliveryStore } from './webhook-delivery-store';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookSubscription } from './webhook-subscription.schema';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

const URL_OPTS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true, allow_underscores: true };
const SECRET = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

class CreateSubscriptionDto {
  @IsUrl(URL_OPTS, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  eventTypes!: string[];

  @IsOptional()
  @Matches(SECRET, { message: 'secret must be whsec_ followed by base64 of 24 to 64 bytes' })
  secret?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

class UpdateSubscriptionDto {
  @IsOptional()
  @IsUrl(URL_OPTS, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  eventTypes?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

class RotateDto {
  /** How long the current secret(s) keep signing next to the new one. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(7 * 86_400)
  graceSeconds = 86_400;

  @IsOptional()
  @Matches(SECRET, { message: 'secret must be whsec_ followed by base64 of 24 to 64 bytes' })
  secret?: string;
}

class DeliveriesQuery {
  @IsOptional()
  @IsIn(['pending', 'succeeded', 'failed', 'cancelled'])
  status?: DeliveryStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

function present(s: WebhookSubscription) {
  return {
    id: s._id,
    url: s.url,
    eventTypes: s.eventTypes,
    description: s.description,
    source: s.source,
    status: s.status,
    disabledReason: s.disabledReason,
    disabledAt: s.disabledAt,
    failingSince: s.failingSince,
    secrets: s.secrets.map((x) => ({ createdAt: x.createdAt, expiresAt: x.expiresAt })),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function validateEventTypes(types: string[] | undefined) {
  const unknown = (types ?? []).filter((t) => t !== '*' && !isKnownEventType(t));
  if (unknown.length) {
    throw new ProblemException(400, 'unknown-event-type', 'Bad Request', `Unknown event type(s): ${unknown.join(', ')}`, {
      errors: unknown.map((t) => ({ field: 'eventTypes', message: `unknown event type "${t}"` })),
    });
  }
}

/** Webhook subscriptions of downstream services; admins only. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@DeploymentWide()
@Controller('v1/webhooks/subscriptions')
export class WebhookSubscriptionsController {
  constructor(
    private readonly subs: WebhookSubscriptionsService,
    private readonly dispatcher: WebhookDispatcher,
    private readonly store: WebhookDeliveryStore,
  ) {}

  private async checkUrl(url: string) {
    try {
      await this.dispatcher.httpClient.checkDestination(url);
    } catch (err) {
      const forbidden = err instanceof ForbiddenDestinationError;
      throw new ProblemException(422, forbidden ? 'forbidden-destination' : 'unresolvable-destination', 'Unprocessable Content', (err as Error).message, {
        errors: [{ field: 'url', message: forbidden ? 'must resolve to public addresses only' : 'could not be resolved' }],
      });
    }
  }

  private async find(id: string): Promise<WebhookSubscription> {
    const s = id.length <= 100 ? await this.subs.get(id) : null;
    if (!s) throw new ProblemException(404, 'not-found', 'Not Found', `No webhook subscription ${id}`);
    return s;
  }

  private notEnv(s: WebhookSubscription) {
    if (s.source === 'env') throw new ProblemException(409, 'managed-by-configuration', 'Conflict', 'This subscription comes from NOTIFY_WEBHOOK_URLS; change the configuration instead (only enabled can be set)');
  }

  @Post()
  async create(@Body() body: CreateSubscriptionDto) {
    validateEventTypes(body.eventTypes);
    await this.checkUrl(body.url);
    const s = await this.subs.create(body);
    return { ...present(s), secret: s.secrets[0]!.secret };
  }

  @Get()
  async list() {
    return { items: (await this.subs.list()).map(present) };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return present(await this.find(id));
  }

  @Patch(':id')
  async update(@Param('id') id: string, @Body() body: UpdateSubscriptionDto) {
    const s = await this.find(id);
    if (body.url !== undefined || body.eventTypes !== undefined || body.description !== undefined) this.notEnv(s);
    validateEventTypes(body.eventTypes);
    if (body.url !== undefined) await this.checkUrl(body.url);
    const updated = await this.subs.update(id, body);
    if (!updated) throw new ProblemException(404, 'not-found', 'Not Found', `No webhook subscription ${id}`);
    return present(updated);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string) {
    this.notEnv(await this.find(id));
    await this.subs.remove(id);
  }

  /** A new secret; the old one keeps signing for `graceSeconds`, so receivers can switch without missing a webhook. */
  @Post(':id/rotate-secret')
  @HttpCode(200)
  async rotate(@Param('id') id: string, @Body() body: RotateDto) {
    this.notEnv(await this.find(id));
    const r = await this.subs.rotate(id, body.graceSeconds, body.secret);
    if (!r) throw new ProblemException(404, 'not-found', 'Not Found', `No webhook subscription ${id}`);
    return { ...present(r.sub), secret: r.secret };
  }

  /** Deliveries of this subscription with every attempt, newest first. */
  @Get(':id/deliveries')
  async listDeliveries(@Param('id') id: string, @Query() q: DeliveriesQuery) {
    await this.find(id);
    let after: { createdAt: Date; id: string } | undefined;
    if (q.cursor) {
      const m = /^(\d{1,15})_(.{1,300})$/.exec(Buffer.from(q.cursor, 'base64url').toString('utf8'));
      if (!m) throw new ProblemException(400, 'invalid-cursor', 'Bad Request', 'cursor is not a cursor returned by this API', { errors: [{ field: 'cursor', message: 'invalid cursor' }] });
      after = { createdAt: new Date(Number(m[1])), id: m[2]! };
    }
    const { items, more } = await this.store.list(id, { status: q.status, limit: q.limit, after });
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: more && last ? Buffer.from(`${new Date(last.createdAt).getTime()}_${last.id}`).toString('base64url') : null,
    };
  }

  @Get(':id/deliveries/:deliveryId')
  async getDelivery(@Param('id') id: string, @Param('deliveryId') deliveryId: string) {
    const d = deliveryId.length <= 300 ? await this.store.view(id, deliveryId) : null;
    if (!d) throw new ProblemException(404, 'not-found', 'Not Found', `No delivery ${deliveryId} for subscription ${id}`);
    return d;
  }

  /** Sends a delivery again, whatever its status (a new round of attempts with retries). */
  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  async redeliver(@Param('id') id: string, @Param('deliveryId') deliveryId: string) {
    const s = await this.find(id);
    if (s.status !== 'active') throw new ProblemException(409, 'subscription-disabled', 'Conflict', 'Enable the subscription before redelivering');
    const d = deliveryId.length <= 300 ? await this.dispatcher.redeliver(id, deliveryId) : null;
    if (!d) throw new ProblemException(404, 'not-found', 'Not Found', `No delivery ${deliveryId} for subscription ${id}`);
    return d;
  }
}
