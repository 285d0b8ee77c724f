import { ClientProxy, ReadPacket, WritePacket } from '@nestjs/microservices';
import { AppName, eventCatalog, EventDataByType, EventType } from '@parley/contracts';
import { randomUUID } from 'node:crypto';
import { lastValueFrom } from 'rxjs';
import { EventPublisher } from '../event-publisher';
import { KafkaNames } from '../kafka-names';

/** What `emit(type, …)` sends: the data, the partition key, and optional CloudEvents attributes. */
export interface OutgoingEventOf<T extends EventType> {
  data: EventDataByType[T];
  /** Kafka message key: everything about one comment shares its key, so it stays in order. */
  key: string;
  /** CloudEvents id; a stable id (derived from the cause) makes a redelivered cause publish the same event. */
  id?: string;
  subject?: string;
  time?: string;
  traceparent?: string;
}

/**
 * A Nest ClientProxy that emits CloudEvents through the app's EventPublisher (acks from all
 * in-sync replicas): `emit(EventTypes.X, { data, key })` publishes to the topic the event
 * catalog gives type X (prefixed), with the app as the CloudEvents source. Events only:
 * `send()` (request-response) is refused.
 */
export class KafkaEventClient extends ClientProxy {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly names: KafkaNames,
    /** CloudEvents source of this app's events (EventSources). */
    private readonly source: string,
    /** The app, as the catalog names it: it may emit only the types the catalog says it produces. */
    private readonly app: AppName,
  ) {
    super();
  }

  /** Publishes one event and resolves once Kafka acknowledged it. */
  emitEvent<T extends EventType>(type: T, event: OutgoingEventOf<T>): Promise<void> {
    return lastValueFrom(this.emit(type, event), { defaultValue: undefined });
  }

  async connect(): Promise<void> {
    await this.publisher.connect();
  }

  /** The publisher is shared with the outbox relays; KafkaModule disconnects it at shutdown. */
  close(): void {}

  protected async dispatchEvent<T = unknown>(packet: ReadPacket<OutgoingEventOf<EventType>>): Promise<T> {
    const type = packet.pattern as EventType;
    const entry = eventCatalog[type];
    if (!entry) throw new Error(`emit(${String(packet.pattern)}): not an event type of the catalog`);
    if (!entry.producers.includes(this.app)) throw new Error(`emit(${type}): the event catalog names ${entry.producers.join(', ')} as its producers, not ${this.app}`);
    const e = packet.data;
    await this.publisher.publish([
      {
        topic: this.names.topic(entry.topic),
        key: e.key,
        event: {
          specversion: '1.0',
          id: e.id ?? randomUUID(),
          source: this.source,
          type,
          subject: e.subject ?? e.key,
          time: e.time ?? new Date().toISOString(),
          datacontenttype: 'application/json',
          traceparent: e.traceparent,
          data: e.data,
        },
      },
    ]);
    return undefined as T;
  }

  protected publish(_packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({ err: new Error('the Kafka event client emits events only; send() is not supported'), isDisposed: true });
    return () => undefined;
  }

  unwrap<T>(): T {
    return this.publisher as T;
  }

  override on(): void {}
}
