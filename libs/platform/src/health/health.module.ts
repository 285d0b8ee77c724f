import { DynamicModule, Inject, Injectable, InjectionToken, Module, OnApplicationShutdown } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { HEALTH_INDICATORS, HealthController, HealthIndicator } from './health.controller';
import { ConsumerGroupsSource, consumerGroupsHealth, kafkaHealth, mongoHealth } from './health-indicators';
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
  /**
   * @param kafkaToken the injection token of the app's kafkajs client
   * @param consumersToken the injection token of the app's event transport (its consumer groups' membership)
   */
  static forRoot(kafkaToken: symbol, consumersToken?: InjectionToken): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: HEALTH_INDICATORS,
          inject: [getConnectionToken(), kafkaToken, ...(consumersToken ? [consumersToken] : [])],
          useFactory: (connection: Connection, kafka: Kafka, consumers?: ConsumerGroupsSource) => [
            mongoHealth(connection),
            kafkaHealth(kafka),
            ...(consumers ? [consumerGroupsHealth(consumers)] : []),
          ],
        },
        HealthIndicatorsCloser,
      ],
    };
  }
}
