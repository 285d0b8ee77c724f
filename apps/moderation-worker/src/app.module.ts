import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { ConsumerGroups, EventSources } from '@parley/contracts';
import { KAFKA, KafkaEventServer, KafkaModule, kafkaSettings, replicaId } from '@parley/messaging';
import { AuthGuard, DatabaseCapabilitiesModule, HealthModule, JwtVerifier, jsonLoggerModule, mongooseOptions } from '@parley/platform';
import { AuthorStatus, AuthorStatusSchema, AuthorStatusService } from './authors/author-status';
import { ClassifierClient } from './classifier/classifier.client';
import { LocalModel } from './classifier/local-model';
import { ModerationWorkerConfig } from './config/moderation-worker.config';
import { Decision, DecisionSchema } from './decisions/decision.schema';
import { DecisionLogService } from './decisions/decision-log.service';
import { ActiveRuleSet } from './moderation/active-rule-set';
import { CommentEventsController } from './moderation/comment-events.controller';
import { CommentModerationService } from './moderation/comment-moderation.service';
import { RuleSetActivationController } from './rule-sets/rule-set-activation.controller';
import { RuleSetStore } from './rule-sets/rule-set-store.service';
import { RuleSetActivation, RuleSetActivationSchema, RuleSetState, RuleSetStateSchema, StoredRuleSet, StoredRuleSetSchema } from './rule-sets/rule-set.schema';
import { EvaluateController, RuleSetsController, StatementsController } from './rule-sets/rule-sets.controller';
import { DraftCheckController } from './rule-sets/draft-check.controller';
import { RuleSetsService } from './rule-sets/rule-sets.service';
import { RecentDecisions, RecentDecisionsSchema } from './decisions/recent-decisions.schema';

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
          { name: RecentDecisions.name, schema: RecentDecisionsSchema },
          { name: StoredRuleSet.name, schema: StoredRuleSetSchema },
          { name: RuleSetState.name, schema: RuleSetStateSchema },
          { name: RuleSetActivation.name, schema: RuleSetActivationSchema },
          { name: AuthorStatus.name, schema: AuthorStatusSchema },
        ]),
        KafkaModule.forRoot({
          ...kafkaSettings(config, 'moderation-worker'),
          app: 'moderation-worker',
          source: EventSources.ModerationWorker,
          consumer: {
            group: ConsumerGroups.ModerationWorker,
            replicaId: replicaId(config.MODERATION_REPLICA_ID),
            groups: { [ConsumerGroups.ModerationWorker]: { partitionsConsumedConcurrently: config.MODERATION_CONCURRENCY } },
          },
        }),
        HealthModule.forRoot(KAFKA, KafkaEventServer),
      ],
      controllers: [RuleSetsController, EvaluateController, DraftCheckController, StatementsController, CommentEventsController, RuleSetActivationController],
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
      ],
    };
  }
}
