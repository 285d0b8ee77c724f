import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { Topics } from '@parley/contracts';
import { KAFKA, KafkaModule } from '@parley/messaging';
import { AuthGuard, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions } from '@parley/platform';
import { ModerationWorkerConfig } from './config/moderation-worker.config';
import { Decision, DecisionSchema } from './decisions/decision.schema';
import { DecisionLogService } from './decisions/decision-log.service';
import { ActiveRuleSet } from './moderation/active-rule-set';
import { CommentEventsConsumer } from './moderation/comment-events.consumer';
import { CommentModerationService } from './moderation/comment-moderation.service';

@Module({})
export class AppModule {
  static forRoot(config: ModerationWorkerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        jsonLoggerModule('moderation-worker', config.LOG_LEVEL),
        MongooseModule.forRoot(config.MONGODB_URI, mongooseOptions(config.MONGODB_DB)),
        MongooseModule.forFeature([{ name: Decision.name, schema: DecisionSchema }]),
        KafkaModule.forRoot({
          clientId: `moderation-worker-${config.KAFKA_CLIENT_ID_SUFFIX}`,
          brokers: config.KAFKA_BROKERS,
          topics: [Topics.CommentEvents, Topics.ModerationDecisions],
          partitions: config.KAFKA_TOPIC_PARTITIONS,
          replicationFactor: config.KAFKA_REPLICATION_FACTOR,
          prefix: config.KAFKA_TOPIC_PREFIX,
        }),
        HealthModule.forRoot(KAFKA),
      ],
      providers: [
        { provide: ModerationWorkerConfig, useValue: config },
        { provide: JwtVerifier, useValue: new JwtVerifier(config.AUTH_JWT_SECRET) },
        { provide: APP_GUARD, useClass: AuthGuard },
        DecisionLogService,
        ActiveRuleSet,
        CommentModerationService,
        CommentEventsConsumer,
      ],
    };
  }
}
