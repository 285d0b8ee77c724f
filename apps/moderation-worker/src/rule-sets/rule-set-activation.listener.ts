import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { ConsumerGroups, EventTypes, fromKafkaMessage, RuleSetActivatedV1, Topics, validateEventData } from '@parley/contracts';
import { KAFKA, KafkaNames } from '@parley/messaging';
import { Consumer, Kafka } from 'kafkajs';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';
import { ActiveRuleSet } from '../moderation/active-rule-set';
import { ruleSetMetrics } from './rule-set-metrics';

/**
 * Every replica hears every activation: the comment consumer group shares partitions between
 * replicas, so this listener has a consumer group of its own per process
 * (`<group>.ruleset.<replica id>`), starts at the latest offset and never commits (nothing is
 * left behind in Kafka when the replica stops). An activation event only says "look again":
 * the active version is read from MongoDB, which is also checked at start-up, right after
 * joining, and every MODERATION_RULESET_REFRESH_MS as a safety net.
 */
@Injectable()
export class RuleSetActivationListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RuleSetActivationListener.name);
  private readonly consumer: Consumer;
  readonly groupId: string;
  private readonly topic: string;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    names: KafkaNames,
    config: ModerationWorkerConfig,
    private readonly active: ActiveRuleSet,
  ) {
    const replica = config.MODERATION_REPLICA_ID || `${hostname().replace(/[^A-Za-z0-9._-]/g, '-')}-${process.pid}-${randomBytes(4).toString('hex')}`;
    this.groupId = names.group(`${ConsumerGroups.ModerationWorker}.ruleset.${replica}`);
    this.topic = names.topic(Topics.RuleSets);
    this.consumer = kafka.consumer({ groupId: this.groupId, sessionTimeout: 30000, heartbeatInterval: 3000, retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 5000 } });
  }

  async onApplicationBootstrap() {
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      ruleSetMetrics.listenerReady.set(1);
      this.logger.log({ groupId: this.groupId, topic: this.topic }, 'listening for rule-set activations');
      // Closes the gap between the start-up read and the first fetch.
      void this.active.refresh('event').catch((err) => this.logger.warn({ err: (err as Error).message }, 'rule-set check failed'));
    });
    this.consumer.on(this.consumer.events.CRASH, () => ruleSetMetrics.listenerReady.set(0));
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: false });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        let data: RuleSetActivatedV1;
        try {
          const ce = fromKafkaMessage(message.headers, message.value);
          if (ce.type !== EventTypes.RuleSetActivated) return;
          const problems = validateEventData(ce.type, ce.data);
          if (problems.length) throw new Error(problems.join('; '));
          data = ce.data as RuleSetActivatedV1;
        } catch (err) {
          // Every replica reads this topic: a dead letter per replica would only repeat itself.
          ruleSetMetrics.ignoredEvents.inc();
          this.logger.warn({ offset: message.offset, err: (err as Error).message }, 'malformed message on the rule-set topic ignored');
          return;
        }
        this.logger.log({ version: data.version, activationSeq: data.activationSeq, by: data.activatedBy }, 'rule-set activation received');
        for (let attempt = 0; ; attempt++) {
          try {
            await this.active.refresh('event');
            return;
          } catch (err) {
            if (attempt >= 5) {
              this.logger.error({ err: (err as Error).message }, 'could not load the activated rule set; the periodic check will retry');
              return;
            }
            await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
          }
        }
      },
    });
  }

  async beforeApplicationShutdown() {
    ruleSetMetrics.listenerReady.set(0);
    await this.consumer.disconnect().catch(() => undefined);
  }
}
