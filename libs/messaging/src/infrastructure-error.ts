import { MalformedEventError } from '@parley/contracts';

/** Thrown by a handler to send a message straight to the dead-letter topic. */
export class PoisonMessageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PoisonMessageError';
  }
}

/**
 * What a failed handler's error means for its message:
 * - `outage`: a dependency (database, broker) is unreachable; the message is fine. Wait and
 *   retry it in place, holding its partition, until the dependency is back.
 * - `poison`: the message itself can never succeed (malformed, or refused by Kafka for good,
 *   e.g. too large); dead-letter it with the error and move on.
 * - `failure`: anything else (a bug, a bad response): a few attempts in place, then the retry
 *   topic, then the dead-letter topic.
 */
export type FailureKind = 'outage' | 'poison' | 'failure';

/**
 * The Kafka answers that are about the message itself: sending it again can only get the same
 * answer, so it is dead-lettered. kafkajs marks many more answers non-retriable, but those are
 * about the client, the cluster or the producer's state (BROKER_NOT_AVAILABLE,
 * OUT_OF_ORDER_SEQUENCE_NUMBER after a broker failure, authorisation, versions…): they hold for
 * every message alike and are waited out like an outage.
 */
export const MESSAGE_REFUSED_ERRORS = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'INVALID_TIMESTAMP']);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

interface ErrorShape {
  name?: string;
  code?: string | number;
  type?: string;
  retriable?: boolean;
  errorLabelSet?: Set<string>;
  cause?: unknown;
  originalError?: unknown;
}

/** The error and its causes, outermost first (kafkajs wraps the broker's answer in retry errors). */
function causeChain(err: unknown): ErrorShape[] {
  const chain: ErrorShape[] = [];
  let e: unknown = err;
  while (e && typeof e === 'object' && chain.length < 10 && !chain.includes(e as ErrorShape)) {
    chain.push(e as ErrorShape);
    const next = (e as ErrorShape).cause ?? (e as ErrorShape).originalError;
    if (next === e) break;
    e = next;
  }
  return chain;
}

function isMongoOutage(e: ErrorShape): boolean {
  if (/^Mongo(Network|ServerSelection|NotConnected|PoolCleared|NetworkTimeout)/.test(e.name ?? '')) return true;
  return e.errorLabelSet instanceof Set && (e.errorLabelSet.has('RetryableWriteError') || e.errorLabelSet.has('ResetPool'));
}

/**
 * Classifies a handler's error. A Kafka answer about the message itself (MESSAGE_TOO_LARGE,
 * INVALID_RECORD, …: non-retriable in kafkajs) is poison: sending again gets the same answer.
 * Every other Kafka error is an outage: retriable ones (leader moving, broker unreachable, not
 * enough in-sync replicas), also when kafkajs gave up retrying them
 * (`KafkaJSNumberOfRetriesExceeded`), and non-retriable ones about the client, the cluster or
 * the producer's state.
 */
export function classifyFailure(err: unknown): FailureKind {
  if (err instanceof PoisonMessageError || err instanceof MalformedEventError) return 'poison';
  const chain = causeChain(err);
  if (!chain.length) return 'failure';
  if (chain.some(isMongoOutage)) return 'outage';
  if (chain.some((e) => NETWORK_CODES.has(String(e.code ?? '')))) return 'outage';
  const innermost = chain[chain.length - 1]!;
  const kafka = chain.filter((e) => (e.name ?? '').startsWith('KafkaJS'));
  if (kafka.length && (innermost.name ?? '').startsWith('KafkaJS')) {
    // The innermost kafkajs error is the broker's (or the connection's) own answer.
    if (innermost.name === 'KafkaJSProtocolError' && MESSAGE_REFUSED_ERRORS.has(innermost.type ?? '')) return 'poison';
    return 'outage';
  }
  return 'failure';
}

/**
 * Errors that say a dependency (database, broker) is unreachable, not that the message is
 * bad. A consumer waits these out instead of dead-lettering the message.
 */
export function isInfrastructureError(err: unknown): boolean {
  return classifyFailure(err) === 'outage';
}
