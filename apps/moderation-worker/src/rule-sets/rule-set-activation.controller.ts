import { Controller, Logger, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes } from '@parley/contracts';
import { EventOf, KafkaEventServer } from '@parley/messaging';
import { ActiveRuleSet } from '../moderation/active-rule-set';
import { ruleSetMetrics } from './rule-set-metrics';

/** The broadcast channel of rule-set activations: consumer group `<worker group>.ruleset.<replica id>`. */
export const RULESET_BROADCAST = 'ruleset';

/**
 * Every replica hears every activation: the comment consumer group shares partitions between
 * replicas, so this handler is a broadcast of the event transport, with a consumer group of its
 * own per process that starts at the latest offset and never commits (nothing is left behind
 * in Kafka when the replica stops). An activation event only says "look again": the active
 * version is read from MongoDB, which is also checked at start-up, each time the broadcast
 * group is joined (closing the gap between the start-up read and the first fetch) and every
 * MODERATION_RULESET_REFRESH_MS as a safety net. A malformed message is logged and skipped.
 */
@Controller()
export class RuleSetActivationController implements OnModuleInit {
  private readonly logger = new Logger(RuleSetActivationController.name);

  constructor(
    private readonly active: ActiveRuleSet,
    private readonly transport: KafkaEventServer,
  ) {}

  onModuleInit() {
    this.transport.on('joined', (m) => {
      if (m.mode !== 'broadcast') return;
      ruleSetMetrics.listenerReady.set(1);
      this.logger.log({ groupId: m.groupId }, 'listening for rule-set activations');
      void this.active.refresh('event').catch((err) => this.logger.warn({ err: (err as Error).message }, 'rule-set check failed'));
    });
  }

  @EventPattern(EventTypes.RuleSetActivated, { broadcast: RULESET_BROADCAST })
  async onActivated(@Payload() e: EventOf<typeof EventTypes.RuleSetActivated>) {
    const data = e.data;
    this.logger.log({ version: data.version, activationSeq: data.activationSeq, by: data.activatedBy }, 'rule-set activation received');
    await this.active.refresh('event');
  }
}
