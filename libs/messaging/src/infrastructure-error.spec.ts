import { MalformedEventError } from '@parley/contracts';
import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { classifyFailure, PoisonMessageError } from './infrastructure-error';

const protocolError = (type: string, code: number, retriable: boolean) => new KafkaJSProtocolError({ type, code, retriable, message: type } as unknown as Error);
// What kafkajs's retrier throws: a non-retriable answer wrapped with itself as the cause, a retriable one after the last retry.
const nonRetriable = (e: Error) => new (KafkaJSNonRetriableError as unknown as new (e: Error, o: { cause: Error }) => Error)(e, { cause: e });
const retriesExceeded = (e: Error) => new KafkaJSNumberOfRetriesExceeded(e, { retryCount: 5, retryTime: 2000 });

describe('classifyFailure', () => {
  it('poison: malformed events, PoisonMessageError, and Kafka answers that say the request can never succeed', () => {
    expect(classifyFailure(new MalformedEventError('bad'))).toBe('poison');
    expect(classifyFailure(new PoisonMessageError('bad'))).toBe('poison');
    expect(classifyFailure(nonRetriable(protocolError('MESSAGE_TOO_LARGE', 10, false)))).toBe('poison');
    expect(classifyFailure(protocolError('INVALID_RECORD', 87, false))).toBe('poison');
  });

  it('outage: retriable Kafka errors, also once kafkajs gave up retrying them, and unreachable databases', () => {
    expect(classifyFailure(retriesExceeded(new KafkaJSConnectionError('Connection error')))).toBe('outage');
    expect(classifyFailure(retriesExceeded(protocolError('NOT_ENOUGH_REPLICAS', 19, true)))).toBe('outage');
    expect(classifyFailure(protocolError('NOT_LEADER_FOR_PARTITION', 6, true))).toBe('outage');
    expect(classifyFailure(Object.assign(new Error('x'), { name: 'MongoNetworkError' }))).toBe('outage');
    expect(classifyFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe('outage');
  });

  it('outage, not poison: non-retriable answers about the client, the cluster or the producer state hold for every message alike', () => {
    expect(classifyFailure(nonRetriable(protocolError('TOPIC_AUTHORIZATION_FAILED', 29, false)))).toBe('outage');
    expect(classifyFailure(protocolError('SASL_AUTHENTICATION_FAILED', 58, false))).toBe('outage');
    expect(classifyFailure(nonRetriable(protocolError('BROKER_NOT_AVAILABLE', 8, false)))).toBe('outage');
    expect(classifyFailure(nonRetriable(protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER', 45, false)))).toBe('outage');
    expect(classifyFailure(nonRetriable(protocolError('UNKNOWN_PRODUCER_ID', 59, false)))).toBe('outage');
  });

  it('failure: anything else, including a bug kafkajs wrapped as non-retriable', () => {
    expect(classifyFailure(new Error('boom'))).toBe('failure');
    expect(classifyFailure(nonRetriable(new TypeError('x is undefined')))).toBe('failure');
    expect(classifyFailure(undefined)).toBe('failure');
  });
});
