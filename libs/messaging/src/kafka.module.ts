import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppName, eventCatalog } from '@parley/contracts';
import { Kafka } from 'kafkajs';
import { EventPublisher, ProducerSettings } from './event-publisher';
import { createKafkaClient } from './kafka-client';
import { KafkaNames } from './kafka-names';
import { TopicProvisioner, TopicSettings } from './topic-provisioner';
import { KafkaEventClient } from './transport/kafka-event.client';
import type { ConsumerTiming } from './event-consumer';
import { GroupSettings, KafkaEventServer } from './transport/kafka-event.server';

export const KAFKA = Symbol('KAFKA');
export const KAFKA_OPTIONS = Symbol('KAFKA_OPTIONS');

export interface KafkaModuleOptions {
  /** The app, as the event catalog names it: its produced topics are created at start-up. */
  app: AppName;
  clientId: string;
  brokers: string[];
  /** CloudEvents source of the events the app emits (EventSources). */
  source: string;
  /** Prefix for topic and group names (KAFKA_TOPIC_PREFIX). */
  prefix?: string;
  /** How new topics are created (KAFKA_TOPIC_PARTITIONS, KAFKA_REPLICATION_FACTOR, KAFKA_MIN_INSYNC_REPLICAS). */
  topics: TopicSettings;
  /** Producer durability (KAFKA_PRODUCER_IDEMPOTENT). */
  producer?: ProducerSettings;
  /** Fetch wait, heartbeat and session timeout of every consumer of the event transport (KAFKA_CONSUMER_*). */
  consumerTiming?: ConsumerTiming;
  /** The app's consumer groups (the event transport). */
  consumer: { group: string; replicaId: string; defaults?: GroupSettings; groups?: Record<string, GroupSettings> };
}

/** The Kafka variables every app reads (CommonConfig). */
export interface KafkaConfig {
  KAFKA_BROKERS: string[];
  KAFKA_CLIENT_ID_SUFFIX: string;
  KAFKA_TOPIC_PREFIX: string;
  KAFKA_TOPIC_PARTITIONS: number;
  KAFKA_REPLICATION_FACTOR: number;
  KAFKA_MIN_INSYNC_REPLICAS?: number;
  KAFKA_PRODUCER_IDEMPOTENT: boolean;
  KAFKA_CONSUMER_MAX_WAIT_MS: number;
  KAFKA_CONSUMER_HEARTBEAT_MS: number;
  KAFKA_CONSUMER_SESSION_TIMEOUT_MS: number;
}

/** The cluster, naming, topic, producer and consumer timing settings of KafkaModuleOptions from the app's configuration. */
export function kafkaSettings(config: KafkaConfig, app: AppName): Pick<KafkaModuleOptions, 'clientId' | 'brokers' | 'prefix' | 'topics' | 'producer' | 'consumerTiming'> {
  return {
    clientId: `${app}-${config.KAFKA_CLIENT_ID_SUFFIX}`,
    brokers: config.KAFKA_BROKERS,
    prefix: config.KAFKA_TOPIC_PREFIX,
    topics: { partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_REPLICATION_FACTOR, minInsyncReplicas: config.KAFKA_MIN_INSYNC_REPLICAS },
    producer: { idempotent: config.KAFKA_PRODUCER_IDEMPOTENT },
    consumerTiming: { maxWaitTimeMs: config.KAFKA_CONSUMER_MAX_WAIT_MS, heartbeatIntervalMs: config.KAFKA_CONSUMER_HEARTBEAT_MS, sessionTimeoutMs: config.KAFKA_CONSUMER_SESSION_TIMEOUT_MS },
  };
}

/** Names this process among an app's replicas (broadcast consumer groups): the configured id, or host, pid and a random part. */
export function replicaId(configured?: string): string {
  return configured || `${hostname().replace(/[^A-Za-z0-9._-]/g, '-')}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Topics of the event types `app` produces (unprefixed). */
export function producedTopics(app: AppName): string[] {
  return [...new Set(Object.values(eventCatalog).filter((e) => e.producers.includes(app)).map((e) => e.topic))];
}

@Injectable()
class KafkaLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(KAFKA_OPTIONS) private readonly opts: KafkaModuleOptions,
    private readonly provisioner: TopicProvisioner,
    private readonly names: KafkaNames,
    private readonly publisher: EventPublisher,
  ) {}

  async onModuleInit() {
    // The topics this app publishes to (the transport creates the ones it consumes). Retried
    // while the broker comes up, so the apps can start in any order.
    await this.provisioner.ensure(producedTopics(this.opts.app).map((t) => this.names.topic(t)), 60);
  }

  async onApplicationShutdown() {
    await this.publisher.disconnect().catch(() => undefined);
  }
}

/**
 * Kafka for one app: the client, topic provisioning, the shared event publisher, the event
 * transport (KafkaEventServer: connect it with connectEventTransport) and the event client
 * (KafkaEventClient: emit).
 */
@Global()
@Module({})
export class KafkaModule {
  static forRoot(opts: KafkaModuleOptions): DynamicModule {
    const names = new KafkaNames(opts.prefix);
    return {
      module: KafkaModule,
      providers: [
        { provide: KAFKA_OPTIONS, useValue: opts },
        { provide: KafkaNames, useValue: names },
        { provide: KAFKA, useFactory: () => createKafkaClient({ clientId: opts.clientId, brokers: opts.brokers }) },
        { provide: TopicProvisioner, inject: [KAFKA], useFactory: (kafka: Kafka) => new TopicProvisioner(kafka, opts.topics) },
        { provide: EventPublisher, inject: [KAFKA], useFactory: (kafka: Kafka) => new EventPublisher(kafka, opts.producer) },
        {
          provide: KafkaEventServer,
          inject: [KAFKA, TopicProvisioner],
          useFactory: (kafka: Kafka, provisioner: TopicProvisioner) => new KafkaEventServer(kafka, names, provisioner, { app: opts.app, timing: opts.consumerTiming, ...opts.consumer }),
        },
        { provide: KafkaEventClient, inject: [EventPublisher], useFactory: (publisher: EventPublisher) => new KafkaEventClient(publisher, names, opts.source, opts.app) },
        KafkaLifecycle,
      ],
      exports: [KAFKA, EventPublisher, KafkaNames, TopicProvisioner, KafkaEventServer, KafkaEventClient],
    };
  }
}
