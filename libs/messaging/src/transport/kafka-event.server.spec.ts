import { Controller, INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { EventTypes } from '@parley/contracts';
import { PoisonMessageError } from '../infrastructure-error';
import { KafkaNames } from '../kafka-names';
import { batch, fakeKafka, headersOf, message, runBatch, TOPIC } from '../testing/fake-kafka';
import { connectEventTransport } from './connect-event-transport';
import { KafkaEventContext } from './kafka-event.context';
import { EventOf, KafkaEventServer } from './kafka-event.server';

const seen: Array<Record<string, unknown>> = [];
const elsewhere: string[] = [];

@Controller()
class TestEventsController {
  @EventPattern(EventTypes.CommentSubmitted)
  async onSubmitted(@Payload() e: EventOf<typeof EventTypes.CommentSubmitted>, @Ctx() ctx: KafkaEventContext) {
    if (e.id === 'poison') throw new PoisonMessageError('cannot be applied');
    seen.push({ id: e.id, commentId: e.data.commentId, topic: ctx.getTopic(), partition: ctx.getPartition(), offset: ctx.getOffset(), key: ctx.getKey(), group: ctx.getGroup(), type: ctx.getEvent().type });
  }

  @EventPattern(EventTypes.CommentSubmitted, { group: 'comments-api.other' })
  async alsoOnSubmitted(@Payload() e: EventOf<typeof EventTypes.CommentSubmitted>) {
    elsewhere.push(e.id);
  }

  @EventPattern(EventTypes.RuleSetActivated, { broadcast: 'ruleset' })
  async onActivated() {}
}

describe('KafkaEventServer (the Nest transport) on a fake Kafka', () => {
  const fake = fakeKafka();
  let app: INestApplication;
  let server: KafkaEventServer;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [TestEventsController],
      providers: [
        { provide: KafkaEventServer, useFactory: () => new KafkaEventServer(fake.kafka, new KafkaNames('ns.'), fake.provisioner, { app: 'comments-api', group: 'comments-api', replicaId: 'r1' }) },
        // An HTTP guard that refuses everything: the event transport must not inherit it.
        { provide: APP_GUARD, useValue: { canActivate: () => false } },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    server = connectEventTransport(app);
    await app.init();
    await app.startAllMicroservices();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('starts one consumer per group, on the topics the catalog gives the handled types, and provisions them', () => {
    expect(fake.consumers.map((c) => c.groupId).sort()).toEqual(['ns.comments-api', 'ns.comments-api.other', 'ns.comments-api.ruleset.r1']);
    expect(server.subscriptions()).toEqual(
      expect.arrayContaining([
        { type: EventTypes.CommentSubmitted, groupId: 'ns.comments-api', mode: 'group', topic: 'ns.parley.comments.v1' },
        { type: EventTypes.RuleSetActivated, groupId: 'ns.comments-api.ruleset.r1', mode: 'broadcast', topic: 'ns.parley.rulesets.v1' },
      ]),
    );
    const broadcast = fake.consumers.find((c) => c.groupId.endsWith('.r1'))!;
    expect(broadcast.subscribed).toEqual({ topics: ['ns.parley.rulesets.v1'], fromBeginning: false });
    expect([...new Set(fake.provisioned)].sort()).toEqual(
      ['ns.comments-api.dlq', 'ns.comments-api.other.dlq', 'ns.comments-api.other.retry', 'ns.comments-api.retry', 'ns.parley.comments.v1', 'ns.parley.rulesets.v1'].sort(),
    );
  });

  it('hands @Payload() the CloudEvent and @Ctx() where it was read; a handler error keeps its meaning through Nest (poison: dead letter)', async () => {
    const own = fake.consumers.find((c) => c.groupId === 'ns.comments-api')!;
    const b = batch([message(4, 'c-1', 'e-1'), message(5, 'c-2', 'poison')], 'ns.parley.comments.v1', 1);
    await runBatch(own, b);
    expect(seen).toEqual([{ id: 'e-1', commentId: 'e-1', topic: 'ns.parley.comments.v1', partition: 1, offset: '4', key: 'c-1', group: 'ns.comments-api', type: EventTypes.CommentSubmitted }]);
    expect(b.resolved).toEqual(['4', '5']);
    const letters = fake.producer.sent.filter((s) => s.topic === 'ns.comments-api.dlq').map(headersOf);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ ce_id: 'poison', dlq_error: 'cannot be applied', dlq_error_class: 'PoisonMessageError' });
    // Each group calls only its own handler.
    expect(elsewhere).toEqual([]);
    await runBatch(fake.consumers.find((c) => c.groupId === 'ns.comments-api.other')!, batch([message(0, 'c-3', 'e-3')], TOPIC));
    expect(elsewhere).toEqual(['e-3']);
    expect(seen).toHaveLength(1);
  });

  it('reports membership per group and stops every consumer on close', async () => {
    const own = fake.consumers.find((c) => c.groupId === 'ns.comments-api')!;
    own.emit(own.events.GROUP_JOIN, { memberId: 'm-1', memberAssignment: { 'ns.parley.comments.v1': [0, 1, 2] } });
    expect(server.memberships().find((m) => m.groupId === 'ns.comments-api')).toMatchObject({ state: 'joined', assignment: { 'ns.parley.comments.v1': [0, 1, 2] } });
    await server.close();
    expect(fake.consumers.every((c) => c.stopped)).toBe(true);
  });
});
