import { DatabaseCapabilities } from './database-capabilities';

describe('DatabaseCapabilities', () => {
  it('MongoDB on a replica set: transactions, retryable writes, change streams, TTL indexes', () => {
    const c = DatabaseCapabilities.fromDescription({ hello: { setName: 'rs0', logicalSessionTimeoutMinutes: 30 }, buildInfo: { version: '7.0.14' } });
    expect(c.describe()).toEqual({ server: 'mongodb', version: '7.0.14', topology: 'replica-set', transactions: true, retryableWrites: true, changeStreams: true, ttlIndexes: true });
  });

  it('MongoDB behind mongos counts as clustered', () => {
    const c = DatabaseCapabilities.fromDescription({ hello: { msg: 'isdbgrid' }, buildInfo: { version: '8.0.1' } });
    expect([c.topology, c.transactions, c.retryableWrites]).toEqual(['sharded', true, true]);
  });

  it('a standalone mongod: TTL indexes only (the driver does not retry writes on a standalone)', () => {
    const c = DatabaseCapabilities.fromDescription({ hello: {}, buildInfo: { version: '7.0.14' } });
    expect(c.describe()).toMatchObject({ topology: 'standalone', transactions: false, retryableWrites: false, changeStreams: false, ttlIndexes: true });
  });

  it('FerretDB: none of them, even if it reported a set name', () => {
    const c = DatabaseCapabilities.fromDescription({ hello: { setName: 'x', logicalSessionTimeoutMinutes: 30 }, buildInfo: { version: '7.0.42', ferretdbVersion: 'v1.24.2' } });
    expect(c.describe()).toEqual({ server: 'ferretdb', version: 'v1.24.2', topology: 'standalone', transactions: false, retryableWrites: false, changeStreams: false, ttlIndexes: false });
  });
});
