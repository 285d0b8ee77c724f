import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { EventPublisher } from './event-publisher';
import { createKafkaClient } from './kafka-client';
import { KafkaNames } from './kafka-names';
import { ensureTopics } from './topic-provisioner';

export const KAFKA = Symbol('KAFKA');
export const KAFKA_OPTIONS = Symbol('KAFKA_OPTIONS');

export interface KafkaModuleOptions {
  clientId: string;
  brokers: string[];
  /** Topics this app produces to or consumes from (unprefixed); created at start-up when missing. */
  topics: string[];
  /** Prefix for topic and group names (KAFKA_TOPIC_PREFIX). */
  prefix?: string;
  partitions: number;
  replicationFactor: number;
}

@Injectable()
class KafkaLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_OPTIONS) private readonly opts: KafkaModuleOptions,
    private readonly publisher: EventPublisher,
  ) {}

  async onModuleInit() {
    // Retried inside while the broker comes up, so the apps can start in any order.
    await ensureTopics(this.kafka, this.opts.topics.map((t) => (this.opts.prefix ?? '') + t), this.opts.partitions, this.opts.replicationFactor, 60);
  }

  async onApplicationShutdown() {
    await this.publisher.disconnect().catch(() => undefined);
  }
}

/** Kafka client, topic provisioning and the shared event publisher of one app. */
@Global()
@Module({})
export class KafkaModule {
  static forRoot(opts: KafkaModuleOptions): DynamicModule {
    return {
      module: KafkaModule,
      providers: [
        { provide: KAFKA_OPTIONS, useValue: opts },
        { provide: KafkaNames, useValue: new KafkaNames(opts.prefix) },
        { provide: KAFKA, useFactory: () => createKafkaClient({ clientId: opts.clientId, brokers: opts.brokers }) },
        { provide: EventPublisher, inject: [KAFKA], useFactory: (kafka: Kafka) => new EventPublisher(kafka) },
        KafkaLifecycle,
      ],
      exports: [KAFKA, EventPublisher, KafkaNames],
    };
  }
}
