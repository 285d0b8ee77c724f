/**
 * Errors that say a dependency (database, broker) is unreachable, not that the message is
 * bad. A consumer waits these out instead of dead-lettering the message.
 */
export function isInfrastructureError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; code?: string; errorLabelSet?: Set<string>; retriable?: boolean };
  const name = e.name ?? '';
  if (/^Mongo(Network|ServerSelection|NotConnected|PoolCleared|NetworkTimeout)/.test(name)) return true;
  if (e.errorLabelSet instanceof Set && (e.errorLabelSet.has('RetryableWriteError') || e.errorLabelSet.has('ResetPool'))) return true;
  if (name.startsWith('KafkaJS')) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(e.code ?? '')) return true;
  return false;
}
