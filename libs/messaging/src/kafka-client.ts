import { Logger } from '@nestjs/common';
import { Kafka, logLevel, LogEntry } from 'kafkajs';

const levelNames: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs client whose logs go through Nest's logger (JSON in production). */
export function createKafkaClient(opts: { clientId: string; brokers: string[] }): Kafka {
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  const logger = new Logger('kafkajs');
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 200, maxRetryTime: 5000, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        const method = levelNames[level] ?? 'log';
        logger[method]({ ...extra, msg: message });
      },
  });
}
