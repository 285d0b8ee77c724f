import { CommentCheckModule } from './comment-check/comment-check.module';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { ThrottlerModule } from '@nestjs/throttler';
import { ConsumerGroups, EventSources } from '@parley/contracts';
import { KAFKA, KafkaEventServer, KafkaModule, kafkaSettings, replicaId } from '@parley/messaging';
import { AuthGuard, DatabaseCapabilitiesModule, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions } from '@parley/platform';
import { ArticlesModule } from './articles/articles.module';
import { CommentsModule } from './comments/comments.module';
import { ModerationModule } from './moderation/moderation.module';
import { CommentsApiConfig } from './config/comments-api.config';
import { ProblemThrottlerGuard, throttlerOptions } from './http/throttling';
import { ReactionsModule } from './reactions/reactions.module';
import { ReportsModule } from './reports/reports.module';
import { RestrictionsModule } from './restrictions/restrictions.module';
import { TransparencyModule } from './transparency/transparency.module';
import { EmailDomainRulesModule } from './email-domains/email-domain-rules.module';
import { PrivacyModule } from './privacy/privacy.module';
import { LiveThreadsModule } from './live-threads/live-threads.module';
import { CurationModule } from './curation/curation.module';
import { SiteBoundaryGuard } from './sites/site-boundary.guard';
import { SiteScope } from './sites/site-scope';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: CommentsApiConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: CommentsApiConfig, useValue: config },
        // One verifier (and one cache of verified tokens) for the guard and the ready pages.
        { provide: JwtVerifier, useValue: JwtVerifier.fromConfig(config) },
        SiteScope,
      ],
      exports: [CommentsApiConfig, JwtVerifier, SiteScope],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: CommentsApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        jsonLoggerModule('comments-api', config.LOG_LEVEL),
        MongooseModule.forRoot(config.MONGODB_URI, mongooseOptions(config.MONGODB_DB)),
        DatabaseCapabilitiesModule,
        KafkaModule.forRoot({ ...kafkaSettings(config, 'comments-api'), app: 'comments-api', source: EventSources.CommentsApi, consumer: { group: ConsumerGroups.CommentsApi, replicaId: replicaId() } }),
        ThrottlerModule.forRoot(throttlerOptions(config)),
        HealthModule.forRoot(KAFKA, KafkaEventServer),
        ArticlesModule,
        RestrictionsModule,
        EmailDomainRulesModule,
        CommentsModule,
        ReactionsModule,
        ReportsModule,
        ModerationModule,
        CommentCheckModule,
        TransparencyModule,
        PrivacyModule,
        LiveThreadsModule,
        CurationModule,
      ],
      providers: [
        // Order matters: authentication first, so the throttler knows the user.
        { provide: APP_GUARD, useClass: AuthGuard },
        // Then the boundary between sites (a comment of another site is not found).
        { provide: APP_GUARD, useClass: SiteBoundaryGuard },
        { provide: APP_GUARD, useClass: ProblemThrottlerGuard },
      ],
    };
  }
}
