import { eventCatalog } from '../events/catalog';
import { eventSchemas } from '../events/registry';

type Json = Record<string, unknown>;

const pascal = (s: string) => s.replace(/(^|[.\-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
/** `parley.comment.submitted.v1` → `CommentSubmittedV1` */
export const messageName = (type: string) => pascal(type.replace(/^parley\./, ''));
const channelName = (topic: string) => pascal(topic.replace(/^parley\./, ''));

function stripIds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripIds);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$id').map(([k, v]) => [k, stripIds(v)]));
  }
  return schema;
}

const cloudEventHeaders = {
  type: 'object',
  required: ['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_time', 'content-type'],
  properties: {
    ce_specversion: { type: 'string', const: '1.0', description: 'CloudEvents version' },
    ce_id: { type: 'string', description: 'Unique event id; consumers deduplicate by it' },
    ce_source: { type: 'string', description: 'Producing app, e.g. /parley/comments-api' },
    ce_type: { type: 'string', description: 'Versioned event type' },
    ce_time: { type: 'string', format: 'date-time' },
    ce_subject: { type: 'string', description: 'The entity the event is about (the key)' },
    'content-type': { type: 'string', const: 'application/json' },
    traceparent: { type: 'string', description: 'W3C trace context of the request that caused the event' },
  },
};

/** The AsyncAPI 3.0 document of Parley's Kafka events, built from the shared contracts. */
export function buildAsyncApiDocument(version = '1.0.0'): Json {
  const channels: Json = {};
  const operations: Json = {};
  const messages: Json = {};
  const types = Object.keys(eventCatalog).sort() as Array<keyof typeof eventCatalog>;
  for (const type of types) {
    const entry = eventCatalog[type];
    const msg = messageName(type);
    const ch = channelName(entry.topic);
    messages[msg] = {
      name: type,
      title: msg,
      summary: entry.summary,
      contentType: 'application/json',
      headers: { ...cloudEventHeaders, properties: { ...cloudEventHeaders.properties, ce_type: { type: 'string', const: type } } },
      payload: stripIds(eventSchemas[type]),
      bindings: { kafka: { key: { type: 'string', description: `The ${entry.key}, so all events of one ${entry.key.replace(/Id$/, '')} stay in order on one partition` }, bindingVersion: '0.5.0' } },
    };
    const channel = (channels[ch] ??= { address: entry.topic, messages: {}, description: `Kafka topic ${entry.topic}` }) as { messages: Json };
    channel.messages[msg] = { $ref: `#/components/messages/${msg}` };
    for (const producer of entry.producers) {
      operations[`${producer}.send.${msg}`] = {
        action: 'send',
        channel: { $ref: `#/channels/${ch}` },
        summary: `${producer} publishes ${type}`,
        messages: [{ $ref: `#/channels/${ch}/messages/${msg}` }],
      };
    }
    for (const consumer of entry.consumers) {
      operations[`${consumer}.receive.${msg}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${ch}` },
        summary: `${consumer} consumes ${type} (consumer group "${consumer}")`,
        messages: [{ $ref: `#/channels/${ch}/messages/${msg}` }],
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Parley events',
      version,
      description:
        'Events between Parley apps and for downstream services. CloudEvents 1.0 in Kafka binary mode: attributes in ce_* headers, data as the JSON value. Delivery is at least once: deduplicate by ce_id. Malformed messages go to <consumer group>.dlq. Topic and group names may carry a deployment prefix (KAFKA_TOPIC_PREFIX).',
      license: { name: 'MIT' },
    },
    defaultContentType: 'application/json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The broker npm start provisions' } },
    channels,
    operations,
    components: { messages },
  };
}
