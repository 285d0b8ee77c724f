import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { Topics } from '@parley/contracts';
import { KAFKA, KafkaModule } from '@parley/messaging';
import { AuthGuard, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions } from '@parley/platform';
import { CommentsModule } from './comments/comments.module';
import { CommentsApiConfig } from './config/comments-api.config';

@Module({})
export class AppModule {
  static forRoot(config: CommentsApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        jsonLoggerModule('comments-api', config.LOG_LEVEL),
        MongooseModule.forRoot(config.MONGODB_URI, mongooseOptions(config.MONGODB_DB)),
        KafkaModule.forRoot({
          clientId: `comments-api-${config.KAFKA_CLIENT_ID_SUFFIX}`,
          brokers: config.KAFKA_BROKERS,
          topics: [Topics.CommentEvents, Topics.ModerationDecisions],
          partitions: config.KAFKA_TOPIC_PARTITIONS,
          replicationFactor: config.KAFKA_REPLICATION_FACTOR,
          prefix: config.KAFKA_TOPIC_PREFIX,
        }),
        HealthModule.forRoot(KAFKA),
        CommentsModule,
      ],
      providers: [
        { provide: CommentsApiConfig, useValue: config },
        { provide: JwtVerifier, useValue: new JwtVerifier(config.AUTH_JWT_SECRET) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
