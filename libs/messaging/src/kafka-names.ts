/**
 * Resolves topic and consumer-group names with an optional prefix, so several isolated
 * deployments (or test runs) can share one Kafka cluster.
 */
export class KafkaNames {
  constructor(readonly prefix = '') {}
  topic(name: string): string {
    return this.prefix + name;
  }
  group(name: string): string {
    return this.prefix + name;
  }
}
