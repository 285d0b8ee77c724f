import { BeforeApplicationShutdown } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { AppName, eventCatalog, EventDataByType, EventType, isKnownEventType } from '@parley/contracts';
import type { Kafka } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { ConsumedEvent, ConsumerTiming, EventConsumer, EventConsumerOptions, GroupMembership } from '../event-consumer';
import { KafkaNames } from '../kafka-names';
import { TopicProvisioner } from '../topic-provisioner';
import { KafkaEventContext } from './kafka-event.context';

/** Identifies the Kafka event transport (e.g. `@EventPattern(type, KAFKA_EVENTS)` to pin a handler to it). */
export const KAFKA_EVENTS = Symbol('parley-kafka-events');

/**
 * The second argument of `@EventPattern(type, extras)` on this transport:
 * - `group`: the consumer group (unprefixed) that handles it, when not the app's own;
 * - `broadcast`: a channel name; every replica hears every such event (a group of its own
 *   per process, `<app group>.<channel>.<replica id>`, that starts at the end and never commits).
 */
export interface EventHandlerExtras {
  group?: string;
  broadcast?: string;
}

/** Engine settings of one consumer group (see EventConsumerOptions). */
export type GroupSettings = Pick<EventConsumerOptions, 'partitionsConsumedConcurrently' | 'concurrencyPerPartition' | 'maxAttempts' | 'retryDelaysMs' | 'fromBeginning'>;

export interface KafkaEventServerOptions {
  /** The app, as the event catalog names it. */
  app: AppName;
  /** The app's own consumer group (unprefixed), for handlers that name none. */
  group: string;
  /** Names this process among the replicas (broadcast groups). */
  replicaId: string;
  /** Fetch wait, heartbeat and session timeout of every group's consumer. */
  timing?: ConsumerTiming;
  /** Settings of every group, and per group (unprefixed name). */
  defaults?: GroupSettings;
  groups?: Record<string, GroupSettings>;
}

/** One registered `@EventPattern` handler, as the transport consumes it. */
export interface EventSubscription {
  type: EventType;
  /** The consumer group, prefixed. */
  groupId: string;
  mode: 'group' | 'broadcast';
  /** The topic, prefixed. */
  topic: string;
}

interface Registration {
  type: EventType;
  handler: MessageHandler;
  extras: EventHandlerExtras;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the shape Nest's Server<EventsMap> requires
interface Events extends Record<string, Function> {
  /** A consumer (re)joined its group. */
  joined: (membership: GroupMembership) => void;
}

/**
 * A Nest microservice transport over the consumer engine (EventConsumer): `listen()` groups
 * the registered `@EventPattern` handlers by consumer group and starts one engine per group
 * on the topics the event catalog gives their event types; `close()` stops them. Each event
 * is validated against its schema before its handler sees it; `@Payload()` is the CloudEvent
 * and `@Ctx()` a KafkaEventContext. Request-response (`@MessagePattern`) is not offered:
 * everything on Kafka here is an event.
 */
export class KafkaEventServer extends Server<Events> implements CustomTransportStrategy, BeforeApplicationShutdown {
  override readonly transportId = KAFKA_EVENTS;
  private readonly registrations: Registration[] = [];
  private engines: EventConsumer[] = [];
  private readonly listeners: { [K in keyof Events]: Events[K][] } = { joined: [] };
  private started?: Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    private readonly names: KafkaNames,
    private readonly provisioner: TopicProvisioner,
    private readonly opts: KafkaEventServerOptions,
  ) {
    super();
  }

  /** Nest registers each `@EventPattern` method here; every handler is kept (no chaining: each group calls only its own). */
  override addHandler(pattern: unknown, callback: MessageHandler, isEventHandler = false, extras: Record<string, unknown> = {}): void {
    const type = this.normalizePattern(pattern as string);
    if (!isEventHandler) throw new Error(`@MessagePattern(${type}): the Kafka event transport carries events only; use @EventPattern`);
    if (!isKnownEventType(type)) throw new Error(`@EventPattern(${type}): not an event type of the catalog (libs/contracts)`);
    callback.isEventHandler = true;
    callback.extras = extras;
    this.registrations.push({ type, handler: callback, extras: extras as EventHandlerExtras });
    this.messageHandlers.set(type, callback);
  }

  /** What this app consumes: each handler's event type, group and topic. */
  subscriptions(): EventSubscription[] {
    return this.registrations.map((r) => ({ type: r.type, groupId: this.groupIdOf(r.extras), mode: r.extras.broadcast ? 'broadcast' : 'group', topic: this.names.topic(eventCatalog[r.type].topic) }));
  }

  private groupIdOf(extras: EventHandlerExtras): string {
    if (extras.broadcast) return this.names.group(`${this.opts.group}.${extras.broadcast}.${this.opts.replicaId}`);
    return this.names.group(extras.group ?? this.opts.group);
  }

  private settingsOf(extras: EventHandlerExtras): GroupSettings {
    const own = this.opts.groups?.[extras.broadcast ? `${this.opts.group}.${extras.broadcast}` : (extras.group ?? this.opts.group)];
    return { ...this.opts.defaults, ...own };
  }

  /** One engine per consumer group, each with the handlers and topics of its event types. */
  private plan(): EventConsumer[] {
    const byGroup = new Map<string, Registration[]>();
    for (const r of this.registrations) {
      const id = this.groupIdOf(r.extras);
      byGroup.set(id, [...(byGroup.get(id) ?? []), r]);
    }
    return [...byGroup].map(([groupId, regs]) => {
      const handlers: Record<string, (e: ConsumedEvent) => Promise<void>> = {};
      for (const r of regs) {
        if (handlers[r.type]) throw new Error(`two handlers of ${r.type} in consumer group ${groupId}: give one of them another group`);
        handlers[r.type] = (event) => this.invoke(r.handler, event, groupId);
      }
      const engine = new EventConsumer(this.kafka, {
        ...this.settingsOf(regs[0]!.extras),
        groupId,
        mode: regs[0]!.extras.broadcast ? 'broadcast' : 'group',
        topics: [...new Set(regs.map((r) => this.names.topic(eventCatalog[r.type].topic)))],
        handlers,
        provisioner: this.provisioner,
        timing: this.opts.timing,
      });
      engine.onJoined((m) => this.listeners.joined.forEach((l) => l(m)));
      return engine;
    });
  }

  /** Runs the Nest handler (guards, pipes, interceptors, filters included) and waits for it. */
  private async invoke(handler: MessageHandler, event: ConsumedEvent, groupId: string): Promise<void> {
    const result = await handler(event, new KafkaEventContext([event, groupId]));
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }

  listen(callback: (err?: unknown) => void): void {
    this.started ??= (async () => {
      this.engines = this.plan();
      await this.provisioner.ensure([...new Set(this.subscriptions().map((s) => s.topic))], 60);
      await Promise.all(this.engines.map((e) => e.start()));
    })();
    this.started.then(
      () => callback(),
      (err) => callback(err),
    );
  }

  /** Stops every engine: no new messages, the ones in hand finish, offsets are committed. */
  async close(): Promise<void> {
    const engines = this.engines;
    this.engines = [];
    await Promise.all(engines.map((e) => e.stop().catch(() => undefined)));
  }

  /** Consumers stop before the HTTP server and the database close. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.close();
  }

  /** Where each consumer stands in its group (readiness). */
  memberships(): GroupMembership[] {
    return this.engines.map((e) => e.membership());
  }

  /** Whether `listen()` was called (the app connected the transport). */
  get listening(): boolean {
    return this.started !== undefined;
  }

  on<K extends keyof Events>(event: K, callback: Events[K]): void {
    this.listeners[event].push(callback);
  }

  unwrap<T>(): T {
    return this.engines as T;
  }
}

/** The `@Payload()` of a handler of event type T: the CloudEvent with its typed data and where it was read. */
export type EventOf<T extends EventType> = ConsumedEvent<EventDataByType[T]>;
