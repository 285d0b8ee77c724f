import { EventTypes } from './event-types';
import { fromKafkaMessage, MalformedEventError, toKafkaHeaders } from './cloud-event';
import { validateEventData } from './registry';

const submitted = {
  commentId: '665f1c2e8a1b2c3d4e5f6a7b',
  revision: 1,
  articleId: 'a1',
  authorId: 'u1',
  authorName: 'U',
  parentId: null,
  body: 'hi',
  createdAt: '2026-11-26T12:00:00.000Z',
  article: { section: null, premoderation: false, open: true },
};

describe('CloudEvents over Kafka (binary mode)', () => {
  const attrs = { specversion: '1.0' as const, id: 'e1', source: '/s', type: EventTypes.CommentSubmitted, subject: 'c1', time: '2026-11-26T12:00:00.000Z', datacontenttype: 'application/json' as const, traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' };

  it('round-trips attributes through ce_ headers and data through the value', () => {
    const headers = toKafkaHeaders(attrs);
    expect(headers).toMatchObject({ ce_specversion: '1.0', ce_id: 'e1', ce_type: EventTypes.CommentSubmitted, ce_subject: 'c1', 'content-type': 'application/json', traceparent: attrs.traceparent });
    const bufHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)]));
    const ce = fromKafkaMessage(bufHeaders, Buffer.from(JSON.stringify(submitted)));
    expect(ce).toMatchObject({ ...attrs, data: submitted });
  });

  it('names the missing headers of a message that is not a CloudEvent', () => {
    expect(() => fromKafkaMessage({ ce_id: Buffer.from('x') }, Buffer.from('{}'))).toThrow(new MalformedEventError('missing CloudEvents header(s): ce_specversion, ce_source, ce_type'));
  });

  it('refuses a value that is not JSON', () => {
    expect(() => fromKafkaMessage(toKafkaHeaders(attrs), Buffer.from('{nope'))).toThrow(/value is not JSON/);
  });

  it('validates data against the schema of its type and says what is wrong', () => {
    expect(validateEventData(EventTypes.CommentSubmitted, submitted)).toEqual([]);
    const problems = validateEventData(EventTypes.CommentSubmitted, { ...submitted, revision: 0, extra: true });
    expect(problems.join(' ')).toMatch(/revision must be >= 1/);
    expect(problems.join(' ')).toMatch(/must NOT have additional properties/);
    expect(validateEventData('parley.unknown.v1', {})).toEqual(['unknown event type "parley.unknown.v1"']);
  });
});
