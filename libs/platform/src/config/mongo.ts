import { Logger } from '@nestjs/common';
import type { MongooseModuleOptions } from '@nestjs/mongoose';
import mongoose, { Connection } from 'mongoose';
import { Counter, register } from 'prom-client';

const commandsCounter = (): Counter<'command'> =>
  (register.getSingleMetric('parley_db_commands_total') as Counter<'command'> | undefined) ??
  new Counter({ name: 'parley_db_commands_total', help: 'Database commands sent by this process (round trips), by command name', labelNames: ['command'] });

/**
 * Counts every command the driver sends (command monitoring) into parley_db_commands_total, and
 * logs each change of the driver's view of a database server (reachable, unknown, its type) with
 * the error that caused it: an outage and the recovery from it can be read from the app's log.
 */
export function instrumentDatabaseClient(connection: Connection): Connection {
  const counter = commandsCounter();
  const client = connection.getClient();
  client.on('commandStarted', (e) => counter.inc({ command: e.commandName }));
  const logger = new Logger('Database');
  client.on('serverDescriptionChanged', (e) => {
    const from = e.previousDescription.type;
    const to = e.newDescription.type;
    if (from === to) return;
    const fields = { server: e.address, from, to, err: e.newDescription.error?.message };
    if (to === 'Unknown') logger.warn(fields, 'database server unreachable');
    else logger.log(fields, 'database server state changed');
  });
  return connection;
}

/**
 * Connection options shared by the apps: fail fast when the database is away (a request waits at
 * most serverSelectionTimeoutMS for a reachable server), reconnect by itself,
 * retryable writes on (the driver uses them where the server has them: a MongoDB replica set or
 * sharded cluster; see DatabaseCapabilities), every command counted (parley_db_commands_total).
 *
 * Also turns off mongoose's capture of each query's calling stack (`new Error().stack` on every
 * exec, kept for error messages): a stack capture on every query is CPU spent for a message the
 * apps' own error handling already gives.
 */
export function mongooseOptions(dbName: string): MongooseModuleOptions {
  mongoose.set('skipOriginalStackTraces', true);
  return {
    dbName,
    serverSelectionTimeoutMS: 5000,
    // The driver's default. It also bounds the server monitor's check and a new connection's
    // handshake, and either timing out counts as an outage: the pool is cleared and operations
    // in flight fail. At 5 s a busy machine (load 35 on 2 cores) had false outages every few
    // seconds; an unreachable database is still noticed at once (connection refused) and a
    // request still waits at most serverSelectionTimeoutMS.
    connectTimeoutMS: 30_000,
    heartbeatFrequencyMS: 2000,
    maxPoolSize: 50,
    retryWrites: true,
    retryAttempts: 30,
    retryDelay: 1000,
    monitorCommands: true,
    connectionFactory: instrumentDatabaseClient,
  };
}
