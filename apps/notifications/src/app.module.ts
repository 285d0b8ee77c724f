import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { Topics } from '@parley/contracts';
import { KAFKA, KafkaModule } from '@parley/messaging';
import { AuthGuard, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions } from '@parley/platform';
import { NotificationsConfig } from './config/notifications.config';
import { DecisionNotificationsConsumer } from './decision-notifications.consumer';
import { InAppFeedService } from './in-app/in-app-feed.service';
import { InAppNotification, InAppNotificationSchema } from './in-app/in-app-notification.schema';
import { MeNotificationsController } from './in-app/me-notifications.controller';
import { WebhookDelivery, WebhookDeliverySchema } from './webhooks/webhook-delivery.schema';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

@Module({})
export class AppModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        jsonLoggerModule('notifications', config.LOG_LEVEL),
        MongooseModule.forRoot(config.MONGODB_URI, mongooseOptions(config.MONGODB_DB)),
        MongooseModule.forFeature([
          { name: InAppNotification.name, schema: InAppNotificationSchema },
          { name: WebhookDelivery.name, schema: WebhookDeliverySchema },
        ]),
        KafkaModule.forRoot({
          clientId: `notifications-${config.KAFKA_CLIENT_ID_SUFFIX}`,
          brokers: config.KAFKA_BROKERS,
          topics: [Topics.ModerationDecisions],
          partitions: config.KAFKA_TOPIC_PARTITIONS,
          replicationFactor: config.KAFKA_REPLICATION_FACTOR,
          prefix: config.KAFKA_TOPIC_PREFIX,
        }),
        HealthModule.forRoot(KAFKA),
      ],
      controllers: [MeNotificationsController],
      providers: [
        { provide: NotificationsConfig, useValue: config },
        { provide: JwtVerifier, useValue: new JwtVerifier(config.AUTH_JWT_SECRET) },
        { provide: APP_GUARD, useClass: AuthGuard },
        InAppFeedService,
        WebhookDispatcher,
        DecisionNotificationsConsumer,
      ],
    };
  }
}
