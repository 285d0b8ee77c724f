import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { ClientSession, Connection } from 'mongoose';

/** What `hello` and `buildInfo` tell about the connected server (the fields we read). */
export interface ServerDescription {
  hello: { setName?: string; msg?: string; logicalSessionTimeoutMinutes?: number | null };
  buildInfo: { version?: string; ferretdbVersion?: string };
}

/**
 * What the connected database offers beyond single-document atomic writes, which every
 * supported server gives (MongoDB 7/8, and the project's own FerretDB build used in development
 * and tests). Detected once at start-up from `hello` and `buildInfo`, and logged:
 *
 * - `transactions`: multi-document transactions (a replica set or a sharded cluster of MongoDB);
 * - `retryableWrites`: the driver retries a write once after a network error or a primary
 *   change (same condition; on a standalone server the driver does not retry even with
 *   `retryWrites=true`, which every app sets);
 * - `changeStreams`: `watch()` (same condition);
 * - `ttlIndexes`: indexes with `expireAfterSeconds` (MongoDB; FerretDB v1 refuses them).
 *
 * Code that uses one of these keeps a fallback for servers without it (docs/data.md lists both).
 */
export class DatabaseCapabilities {
  constructor(
    readonly server: 'mongodb' | 'ferretdb',
    readonly version: string,
    readonly topology: 'standalone' | 'replica-set' | 'sharded',
  ) {}

  static fromDescription({ hello, buildInfo }: ServerDescription): DatabaseCapabilities {
    const server = typeof buildInfo.ferretdbVersion === 'string' ? 'ferretdb' : 'mongodb';
    const topology = hello.msg === 'isdbgrid' ? 'sharded' : hello.setName ? 'replica-set' : 'standalone';
    return new DatabaseCapabilities(server, String(buildInfo.ferretdbVersion ?? buildInfo.version ?? 'unknown'), server === 'ferretdb' ? 'standalone' : topology);
  }

  static async detect(connection: Connection): Promise<DatabaseCapabilities> {
    await connection.asPromise();
    const admin = connection.db!.admin();
    const [hello, buildInfo] = await Promise.all([admin.command({ hello: 1 }), admin.command({ buildInfo: 1 })]);
    return DatabaseCapabilities.fromDescription({ hello, buildInfo });
  }

  /** MongoDB on a replica set or sharded cluster: sessions with transaction numbers. */
  private get clustered(): boolean {
    return this.server === 'mongodb' && this.topology !== 'standalone';
  }
  get transactions(): boolean {
    return this.clustered;
  }
  get retryableWrites(): boolean {
    return this.clustered;
  }
  get changeStreams(): boolean {
    return this.clustered;
  }
  get ttlIndexes(): boolean {
    return this.server === 'mongodb';
  }

  describe() {
    return { server: this.server, version: this.version, topology: this.topology, transactions: this.transactions, retryableWrites: this.retryableWrites, changeStreams: this.changeStreams, ttlIndexes: this.ttlIndexes };
  }
}

/**
 * Runs `fn` in a multi-document transaction when the server has them (the session is passed
 * in; the driver retries the whole callback on a transient error), otherwise without a session:
 * `fn` must then be written so that each of its writes is safe on its own (see docs/data.md).
 */
export async function inTransactionIfSupported<T>(caps: DatabaseCapabilities, connection: Connection, fn: (session: ClientSession | undefined) => Promise<T>): Promise<T> {
  if (!caps.transactions) return fn(undefined);
  const session = await connection.startSession();
  try {
    let out!: T;
    await session.withTransaction(async () => {
      out = await fn(session);
    });
    return out;
  } finally {
    await session.endSession();
  }
}

@Injectable()
class CapabilitiesLog implements OnApplicationBootstrap {
  private readonly logger = new Logger('DatabaseCapabilities');
  constructor(@Inject(DatabaseCapabilities) private readonly caps: DatabaseCapabilities) {}
  onApplicationBootstrap() {
    const caps = this.caps.describe();
    const missing = (['transactions', 'retryableWrites', 'changeStreams', 'ttlIndexes'] as const).filter((k) => !caps[k]);
    this.logger.log({ ...caps, fallbacks: missing }, missing.length ? `database detected; without ${missing.join(', ')}: fallbacks in use` : 'database detected; every capability in use');
  }
}

/** Provides DatabaseCapabilities (detected on the app's default connection) to the whole app. */
@Global()
@Module({
  providers: [{ provide: DatabaseCapabilities, inject: [getConnectionToken()], useFactory: (c: Connection) => DatabaseCapabilities.detect(c) }, CapabilitiesLog],
  exports: [DatabaseCapabilities],
})
export class DatabaseCapabilitiesModule {}
