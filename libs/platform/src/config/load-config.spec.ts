import { CommonConfig } from './common.config';
import { ConfigurationError, loadConfig } from './load-config';

const valid = { MONGODB_URI: 'mongodb://127.0.0.1:27017/', AUTH_JWT_SECRET: 'x'.repeat(32) };

describe('loadConfig', () => {
  it('applies defaults and converts types', () => {
    const c = loadConfig(CommonConfig, { ...valid, KAFKA_BROKERS: 'a:1, b:2', KAFKA_TOPIC_PARTITIONS: '12' });
    expect(c.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
    expect(c.KAFKA_TOPIC_PARTITIONS).toBe(12);
    expect(c.LOG_LEVEL).toBe('info');
  });

  it('names each missing or invalid variable', () => {
    let error: unknown;
    try {
      loadConfig(CommonConfig, { KAFKA_BROKERS: 'no-port', KAFKA_TOPIC_PARTITIONS: 'many', AUTH_JWT_SECRET: 'short' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(/MONGODB_URI is not set/);
    expect(message).toMatch(/KAFKA_BROKERS has an invalid value/);
    expect(message).toMatch(/KAFKA_TOPIC_PARTITIONS has an invalid value/);
    expect(message).toMatch(/AUTH_JWT_SECRET .*at least 32 characters/);
  });

  it('names the variable but never prints its value (a short secret, a URI with its password)', () => {
    let message = '';
    try {
      loadConfig(CommonConfig, { MONGODB_URI: 'postgres://app:hunter2-db-password@db/x', AUTH_JWT_SECRET: 'short-secret-42', KAFKA_TOPIC_PARTITIONS: 'many' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/MONGODB_URI has an invalid value/);
    expect(message).toMatch(/AUTH_JWT_SECRET has an invalid value/);
    for (const secret of ['hunter2-db-password', 'short-secret-42', 'many']) expect(message).not.toContain(secret);
  });

  it('treats empty strings as unset so defaults apply', () => {
    expect(loadConfig(CommonConfig, { ...valid, LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
  });

  it('reads the Kafka durability settings and refuses a min.insync.replicas above the replication factor', () => {
    const c = loadConfig(CommonConfig, { ...valid, KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2', KAFKA_PRODUCER_IDEMPOTENT: 'true' });
    expect({ rf: c.KAFKA_REPLICATION_FACTOR, isr: c.KAFKA_MIN_INSYNC_REPLICAS, idempotent: c.KAFKA_PRODUCER_IDEMPOTENT }).toEqual({ rf: 3, isr: 2, idempotent: true });
    expect(loadConfig(CommonConfig, valid)).toMatchObject({ KAFKA_MIN_INSYNC_REPLICAS: undefined, KAFKA_PRODUCER_IDEMPOTENT: false });
    expect(() => loadConfig(CommonConfig, { ...valid, KAFKA_REPLICATION_FACTOR: '1', KAFKA_MIN_INSYNC_REPLICAS: '2' })).toThrow(/KAFKA_MIN_INSYNC_REPLICAS .*must not exceed KAFKA_REPLICATION_FACTOR/);
  });

  it('reads the consumers\' fetch wait, heartbeat and session timeout (kafkajs\'s defaults when unset), refusing a heartbeat above a third of the session', () => {
    expect(loadConfig(CommonConfig, valid)).toMatchObject({ KAFKA_CONSUMER_MAX_WAIT_MS: 5000, KAFKA_CONSUMER_HEARTBEAT_MS: 3000, KAFKA_CONSUMER_SESSION_TIMEOUT_MS: 30_000 });
    expect(loadConfig(CommonConfig, { ...valid, KAFKA_CONSUMER_MAX_WAIT_MS: '250', KAFKA_CONSUMER_HEARTBEAT_MS: '500', KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '6000' })).toMatchObject({ KAFKA_CONSUMER_MAX_WAIT_MS: 250, KAFKA_CONSUMER_HEARTBEAT_MS: 500, KAFKA_CONSUMER_SESSION_TIMEOUT_MS: 6000 });
    expect(() => loadConfig(CommonConfig, { ...valid, KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '6000' })).toThrow(/KAFKA_CONSUMER_HEARTBEAT_MS .*a third of KAFKA_CONSUMER_SESSION_TIMEOUT_MS/);
    expect(() => loadConfig(CommonConfig, { ...valid, KAFKA_CONSUMER_MAX_WAIT_MS: '0' })).toThrow(/KAFKA_CONSUMER_MAX_WAIT_MS/);
  });

  it('reads the trusted proxies of X-Forwarded-For as a list, refusing anything else', () => {
    expect(loadConfig(CommonConfig, valid).HTTP_TRUSTED_PROXIES).toEqual(['loopback']);
    expect(loadConfig(CommonConfig, { ...valid, HTTP_TRUSTED_PROXIES: 'loopback, uniquelocal, 10.1.0.0/16' }).HTTP_TRUSTED_PROXIES).toEqual(['loopback', 'uniquelocal', '10.1.0.0/16']);
    expect(() => loadConfig(CommonConfig, { ...valid, HTTP_TRUSTED_PROXIES: 'everyone' })).toThrow(/HTTP_TRUSTED_PROXIES/);
  });
});
