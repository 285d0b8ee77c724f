import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { ConsumerGroups } from '@parley/contracts';
import { KAFKA, KafkaEventServer, KafkaModule, kafkaSettings, replicaId } from '@parley/messaging';
import { AuthGuard, DatabaseCapabilitiesModule, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions } from '@parley/platform';
import { NotificationsConfig } from './config/notifications.config';
import { DigestService } from './email/digest.service';
import { DigestItem, DigestItemSchema, EmailMessage, EmailMessageSchema } from './email/email-message.schema';
import { EmailService } from './email/email.service';
import { MailTransport } from './email/mail-transport';
import { EmailConfirmationController } from './email/email-confirmation.controller';
import { EmailConfirmationTokens } from './email/email-confirmation-token';
import { UnsubscribeController } from './email/unsubscribe.controller';
import { UnsubscribeTokens } from './email/unsubscribe-token';
import { FeedStreamService } from './in-app/feed-stream.service';
import { InAppFeedService } from './in-app/in-app-feed.service';
import { InAppNotification, InAppNotificationSchema } from './in-app/in-app-notification.schema';
import { MeNotificationsController } from './in-app/me-notifications.controller';
import { EventNotifier } from './notify/event-notifier.service';
import { NotificationEventsController } from './notify/notification-events.controller';
import { UserNotifier } from './notify/user-notifier.service';
import { EmailConfirmationService } from './settings/email-confirmation.service';
import { NotificationSettingsController } from './settings/notification-settings.controller';
import { NotificationSettings, NotificationSettingsSchema } from './settings/notification-settings.schema';
import { NotificationSettingsService } from './settings/notification-settings.service';
import { WebhookAttempt, WebhookAttemptSchema, WebhookDelivery, WebhookDeliverySchema, WebhookWorkHeader, WebhookWorkHeaderSchema, WebhookWorkItems, WebhookWorkItemsSchema } from './webhooks/webhook-delivery.schema';
import { WebhookDeliveryStore } from './webhooks/webhook-delivery-store';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookSubscription, WebhookSubscriptionSchema } from './webhooks/webhook-subscription.schema';
import { WebhookSubscriptionsController } from './webhooks/webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhooks/webhook-subscriptions.service';
import { MyNotificationDataController, UserErasedController, UserNotificationDataAdminController } from './privacy/notification-data.controller';
import { NotificationDataService } from './privacy/notification-data.service';

@Module({})
export class AppModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        jsonLoggerModule('notifications', config.LOG_LEVEL),
        MongooseModule.forRoot(config.MONGODB_URI, mongooseOptions(config.MONGODB_DB)),
        DatabaseCapabilitiesModule,
        MongooseModule.forFeature([
          { name: InAppNotification.name, schema: InAppNotificationSchema },
          { name: WebhookDelivery.name, schema: WebhookDeliverySchema },
          { name: WebhookAttempt.name, schema: WebhookAttemptSchema },
          { name: WebhookWorkHeader.name, schema: WebhookWorkHeaderSchema },
          { name: WebhookWorkItems.name, schema: WebhookWorkItemsSchema },
          { name: WebhookSubscription.name, schema: WebhookSubscriptionSchema },
          { name: NotificationSettings.name, schema: NotificationSettingsSchema },
          { name: EmailMessage.name, schema: EmailMessageSchema },
          { name: DigestItem.name, schema: DigestItemSchema },
        ]),
        KafkaModule.forRoot({
          ...kafkaSettings(config, 'notifications'),
          app: 'notifications',
          source: '/parley/notifications',
          consumer: { group: ConsumerGroups.Notifications, replicaId: replicaId(), defaults: { partitionsConsumedConcurrently: config.NOTIFY_CONSUMER_CONCURRENCY } },
        }),
        HealthModule.forRoot(KAFKA, KafkaEventServer),
      ],
      // MyNotificationDataController before MeNotificationsController: its GET export route must not be taken for another.
      controllers: [NotificationEventsController, MyNotificationDataController, UserNotificationDataAdminController, UserErasedController, MeNotificationsController, NotificationSettingsController, UnsubscribeController, EmailConfirmationController, WebhookSubscriptionsController],
      providers: [
        { provide: NotificationsConfig, useValue: config },
        { provide: JwtVerifier, useValue: JwtVerifier.fromConfig(config) },
        { provide: UnsubscribeTokens, useValue: new UnsubscribeTokens(config.NOTIFY_UNSUBSCRIBE_SECRET) },
        { provide: EmailConfirmationTokens, useValue: new EmailConfirmationTokens(config.NOTIFY_UNSUBSCRIBE_SECRET) },
        { provide: APP_GUARD, useClass: AuthGuard },
        InAppFeedService,
        FeedStreamService,
        NotificationSettingsService,
        EmailConfirmationService,
        MailTransport,
        EmailService,
        DigestService,
        UserNotifier,
        WebhookDeliveryStore,
        WebhookSubscriptionsService,
        WebhookDispatcher,
        EventNotifier,
        NotificationDataService,
      ],
    };
  }
}
