import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { APP_GUARD } from '@nestjs/core';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { ThrottlerModule } from '@nestjs/throttler';
import { ConsumerGroups, EventSources } from '@parley/contracts';
import { KAFKA, KafkaEventServer, KafkaModule, kafkaSettings, replicaId } from '@parley/messaging';
import { AuthGuard, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions, DocLocks } from '@parley/platform';
import { ArticlesModule } from './articles/articles.module';
import { CommentsModule } from './comments/comments.module';
import { ModerationModule } from './moderation/moderation.module';
import { DocStore } from './common/doc-store';
import { CommentsApiConfig } from './config/comments-api.config';
import { ProblemThrottlerGuard, throttlerOptions } from './http/throttling';
import { ReactionsModule } from './reactions/reactions.module';
import { ReportsModule } from './reports/reports.module';
import { RestrictionsModule } from './restrictions/restrictions.module';

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
        DocLocks,
        { provide: DocStore, inject: [getConnectionToken()], useFactory: (c: Connection) => DocStore.detect(c) },
      ],
      exports: [CommentsApiConfig, JwtVerifier, DocLocks, DocStore],
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
        KafkaModule.forRoot({ ...kafkaSettings(config, 'comments-api'), app: 'comments-api', source: EventSources.CommentsApi, consumer: { group: ConsumerGroups.CommentsApi, replicaId: replicaId() } }),
        ThrottlerModule.forRoot(throttlerOptions(config)),
        HealthModule.forRoot(KAFKA, KafkaEventServer),
        ArticlesModule,
        RestrictionsModule,
        CommentsModule,
        ReactionsModule,
        ReportsModule,
        ModerationModule,
      ],
      providers: [
        // Order matters: authentication first, so the throttler knows the user.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: ProblemThrottlerGuard },
      ],
    };
  }
}
