import { BaseRpcContext } from '@nestjs/microservices';
import type { ConsumedEvent } from '../event-consumer';

type KafkaEventContextArgs = [event: ConsumedEvent, groupId: string];

/**
 * What `@Ctx()` gives an event handler of the Kafka event transport: the CloudEvent and where
 * it was read (topic, partition, offset, key) by which consumer group. For an event that came
 * back through the retry topic, topic, partition and offset are those of the original message.
 */
export class KafkaEventContext extends BaseRpcContext<KafkaEventContextArgs> {
  constructor(args: KafkaEventContextArgs) {
    super(args);
  }

  /** The CloudEvent, attributes and data. */
  getEvent(): ConsumedEvent {
    return this.args[0];
  }

  getTopic(): string {
    return this.args[0].topic;
  }

  getPartition(): number {
    return this.args[0].partition;
  }

  getOffset(): string {
    return this.args[0].offset;
  }

  /** The Kafka message key (for comment events, the comment id). */
  getKey(): string | null {
    return this.args[0].key;
  }

  /** The consumer group (prefixed) that read the event. */
  getGroup(): string {
    return this.args[1];
  }
}
