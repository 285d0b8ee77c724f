import { EventTypes } from '@parley/contracts';
import { EventPublisher, OutgoingEvent } from '../event-publisher';
import { KafkaNames } from '../kafka-names';
import { KafkaEventClient } from './kafka-event.client';

describe('KafkaEventClient (the Nest ClientProxy for events)', () => {
  const published: OutgoingEvent[] = [];
  const publisher = { publish: async (events: OutgoingEvent[]) => void published.push(...events), connect: async () => {} } as unknown as EventPublisher;
  const client = new KafkaEventClient(publisher, new KafkaNames('ns.'), '/parley/comments-api', 'comments-api');
  const data = { queue: 'flagged' as const, commentId: 'c-1', articleId: 'a-1', reason: 'r', addedAt: '2026-12-05T00:00:00.000Z' };

  it('publishes a CloudEvent to the catalog topic of its type, keyed and with the app as source', async () => {
    await client.emitEvent(EventTypes.QueueItemAdded, { id: 'e-1', key: 'c-1', data });
    expect(published).toEqual([
      {
        topic: 'ns.parley.moderation-cases.v1',
        key: 'c-1',
        event: expect.objectContaining({ specversion: '1.0', id: 'e-1', type: EventTypes.QueueItemAdded, source: '/parley/comments-api', subject: 'c-1', datacontenttype: 'application/json', data }),
      },
    ]);
  });

  it('refuses a type the catalog says another app produces (producer drift)', async () => {
    await expect(client.emitEvent(EventTypes.RuleSetActivated, { key: 'r-1', data: {} as never })).rejects.toThrow(/names moderation-worker as its producers, not comments-api/);
  });

  it('refuses request-response', async () => {
    await expect(new Promise((resolve, reject) => client.send('x', {}).subscribe({ next: resolve, error: reject }))).rejects.toThrow(/emits events only/);
  });
});
