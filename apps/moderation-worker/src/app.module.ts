import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { Topics } from '@parley/contracts';
import { KAFKA, KafkaModule } from '@parley/messaging';
import { AuthGuard, DatabaseCapabilitiesModule, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions } from '@parley/platform';
import { AuthorStatus, AuthorStatusSchema, AuthorStatusService } from './authors/author-status';
import { ClassifierClient } from './classifier/classifier.client';
import { LocalModel } from './classifier/local-model';
import { ModerationWorkerConfig } from './config/moderation-worker.config';
import { Decision, DecisionSchema } from './decisions/decision.schema';
import { DecisionLogService } from './decisions/decision-log.service';
import { ActiveRuleSet } from './moderation/active-rule-set';
import { CommentEventsConsumer } from './moderation/comment-events.consumer';
import { CommentModerationService } from './moderation/comment-moderation.service';
import { RuleSetActivationListener } from './rule-sets/rule-set-activation.listener';
import { RuleSetStore } from './rule-sets/rule-set-store.service';
import { RuleSetActivation, RuleSetActivationSchema, RuleSetState, RuleSetStateSchema, StoredRuleSet, StoredRuleSetSchema } from './rule-sets/rule-set.schema';
import { EvaluateController, RuleSetsController, StatementsController } from './rule-sets/rule-sets.controller';
import { RuleSetsService } from './rule-sets/rule-sets.service';

@Module({})
export class AppModule {
  static forRoot(config: ModerationWorkerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        jsonLoggerModule('moderation-worker', config.LOG_LEVEL),
        MongooseModule.forRoot(config.MONGODB_URI, mongooseOptions(config.MONGODB_DB)),
        DatabaseCapabilitiesModule,
        MongooseModule.forFeature([
          { name: Decision.name, schema: DecisionSchema },
          { name: StoredRuleSet.name, schema: StoredRuleSetSchema },
          { name: RuleSetState.name, schema: RuleSetStateSchema },
          { name: RuleSetActivation.name, schema: RuleSetActivationSchema },
          { name: AuthorStatus.name, schema: AuthorStatusSchema },
        ]),
        KafkaModule.forRoot({
          clientId: `moderation-worker-${config.KAFKA_CLIENT_ID_SUFFIX}`,
          brokers: config.KAFKA_BROKERS,
          topics: [Topics.CommentEvents, Topics.ModerationDecisions, Topics.Users, Topics.RuleSets],
          partitions: config.KAFKA_TOPIC_PARTITIONS,
          replicationFactor: config.KAFKA_REPLICATION_FACTOR,
          prefix: config.KAFKA_TOPIC_PREFIX,
        }),
        HealthModule.forRoot(KAFKA),
      ],
      controllers: [RuleSetsController, EvaluateController, StatementsController],
      providers: [
        { provide: ModerationWorkerConfig, useValue: config },
        { provide: JwtVerifier, useValue: JwtVerifier.fromConfig(config) },
        { provide: APP_GUARD, useClass: AuthGuard },
        DecisionLogService,
        AuthorStatusService,
        ClassifierClient,
        LocalModel,
        RuleSetStore,
        ActiveRuleSet,
        RuleSetsService,
        CommentModerationService,
        CommentEventsConsumer,
        RuleSetActivationListener,
      ],
    };
  }
}
