import { DatabaseCapabilities, inTransactionIfSupported } from './database-capabilities';

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

describe('inTransactionIfSupported', () => {
  const fakeConnection = () => {
    const calls: string[] = [];
    const session = {
      withTransaction: async (fn: () => Promise<void>) => {
        calls.push('begin');
        await fn();
        calls.push('commit');
      },
      endSession: async () => void calls.push('end'),
    };
    return { calls, session, connection: { startSession: async () => session } };
  };
  const replicaSet = DatabaseCapabilities.fromDescription({ hello: { setName: 'rs0' }, buildInfo: { version: '7.0.14' } });
  const ferret = DatabaseCapabilities.fromDescription({ hello: {}, buildInfo: { ferretdbVersion: 'v1.24.2' } });

  it('runs the writes in one transaction, with the session passed in, where the server has transactions', async () => {
    const { calls, session, connection } = fakeConnection();
    const out = await inTransactionIfSupported(replicaSet, connection as never, async (s) => {
      calls.push(s === session ? 'writes in session' : 'writes without session');
      return 42;
    });
    expect(out).toBe(42);
    expect(calls).toEqual(['begin', 'writes in session', 'commit', 'end']);
  });

  it('runs them one by one, without a session, elsewhere', async () => {
    const { calls, connection } = fakeConnection();
    await inTransactionIfSupported(ferret, connection as never, async (s) => void calls.push(s ? 'session' : 'no session'));
    expect(calls).toEqual(['no session']);
  });
});
