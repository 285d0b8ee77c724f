import type { MongooseModuleOptions } from '@nestjs/mongoose';
import mongoose, { Connection } from 'mongoose';
import { Counter, register } from 'prom-client';

const commandsCounter = (): Counter<'command'> =>
  (register.getSingleMetric('parley_db_commands_total') as Counter<'command'> | undefined) ??
  new Counter({ name: 'parley_db_commands_total', help: 'Database commands sent by this process (round trips), by command name', labelNames: ['command'] });

/** Counts every command the driver sends (command monitoring) into parley_db_commands_total. */
export function monitorCommands(connection: Connection): Connection {
  const counter = commandsCounter();
  connection.getClient().on('commandStarted', (e) => counter.inc({ command: e.commandName }));
  return connection;
}

/**
 * Connection options shared by the apps: fail fast when the database is away, reconnect by itself,
 * retryable writes on (the driver uses them where the server has them: a MongoDB replica set or
 * sharded cluster; see DatabaseCapabilities), every command counted (parley_db_commands_total).
 *
 * Also turns off mongoose's capture of each query's calling stack (`new Error().stack` on every
 * exec, kept for error messages): with Node's --enable-source-maps every capture maps the stack
 * through the bundle's source map, 3 % of comments-api's CPU under the pipeline benchmark.
 */
export function mongooseOptions(dbName: string): MongooseModuleOptions {
  mongoose.set('skipOriginalStackTraces', true);
  return {
    dbName,
    serverSelectionTimeoutMS: 5000,
    connectTimeoutMS: 5000,
    heartbeatFrequencyMS: 2000,
    maxPoolSize: 50,
    retryWrites: true,
    retryAttempts: 30,
    retryDelay: 1000,
    monitorCommands: true,
    connectionFactory: monitorCommands,
  };
}
