import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { HEALTH_INDICATORS, HealthController, HealthIndicator } from './health.controller';
import { kafkaHealth, mongoHealth } from './health-indicators';
import { MetricsController } from '../metrics/metrics.controller';

@Injectable()
class HealthIndicatorsCloser implements OnApplicationShutdown {
  constructor(@Inject(HEALTH_INDICATORS) private readonly indicators: Array<HealthIndicator & { close?: () => Promise<void> }>) {}
  async onApplicationShutdown() {
    await Promise.all(this.indicators.map((i) => i.close?.()));
  }
}

/** `/health`, `/health/live` and `/metrics` (Prometheus) for an app that depends on MongoDB and Kafka. */
@Module({})
export class HealthModule {
  /** @param kafkaToken the injection token of the app's kafkajs client */
  static forRoot(kafkaToken: symbol): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: HEALTH_INDICATORS,
          inject: [getConnectionToken(), kafkaToken],
          useFactory: (connection: Connection, kafka: Kafka) => [mongoHealth(connection), kafkaHealth(kafka)],
        },
        HealthIndicatorsCloser,
      ],
    };
  }
}
