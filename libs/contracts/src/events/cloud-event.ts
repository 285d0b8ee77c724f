/**
 * CloudEvents 1.0 envelope, carried over Kafka in binary mode: attributes in `ce_*`
 * headers, the data as the JSON message value.
 */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject?: string;
  time: string;
  datacontenttype: 'application/json';
  traceparent?: string;
  data: T;
}

export type KafkaHeaders = Record<string, string>;

export function toKafkaHeaders(event: Omit<CloudEvent, 'data'>): KafkaHeaders {
  const headers: KafkaHeaders = {
    ce_specversion: event.specversion,
    ce_id: event.id,
    ce_source: event.source,
    ce_type: event.type,
    ce_time: event.time,
    'content-type': event.datacontenttype,
  };
  if (event.subject) headers.ce_subject = event.subject;
  if (event.traceparent) headers.traceparent = event.traceparent;
  return headers;
}

export class MalformedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedEventError';
  }
}

type RawHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined;

function header(headers: RawHeaders, name: string): string | undefined {
  const v = headers?.[name];
  if (v === undefined) return undefined;
  const first = Array.isArray(v) ? v[0] : v;
  return first === undefined ? undefined : first.toString();
}

/** Parses a Kafka message into a CloudEvent; throws MalformedEventError naming what is wrong. */
export function fromKafkaMessage(headers: RawHeaders, value: Buffer | null): CloudEvent {
  const missing = ['ce_specversion', 'ce_id', 'ce_source', 'ce_type'].filter((h) => !header(headers, h));
  if (missing.length) throw new MalformedEventError(`missing CloudEvents header(s): ${missing.join(', ')}`);
  if (header(headers, 'ce_specversion') !== '1.0') {
    throw new MalformedEventError(`unsupported ce_specversion "${header(headers, 'ce_specversion')}"`);
  }
  if (!value || value.length === 0) throw new MalformedEventError('empty message value');
  let data: unknown;
  try {
    data = JSON.parse(value.toString('utf8'));
  } catch (err) {
    throw new MalformedEventError(`value is not JSON: ${(err as Error).message}`);
  }
  return {
    specversion: '1.0',
    id: header(headers, 'ce_id')!,
    source: header(headers, 'ce_source')!,
    type: header(headers, 'ce_type')!,
    subject: header(headers, 'ce_subject'),
    time: header(headers, 'ce_time') ?? new Date().toISOString(),
    datacontenttype: 'application/json',
    traceparent: header(headers, 'traceparent'),
    data,
  };
}
