import type { MongooseModuleOptions } from '@nestjs/mongoose';

/** Connection options shared by the apps: fail fast when the database is away, reconnect by itself. */
export function mongooseOptions(dbName: string): MongooseModuleOptions {
  return {
    dbName,
    serverSelectionTimeoutMS: 5000,
    connectTimeoutMS: 5000,
    heartbeatFrequencyMS: 2000,
    maxPoolSize: 50,
    retryWrites: false,
    retryAttempts: 30,
    retryDelay: 1000,
  };
}
