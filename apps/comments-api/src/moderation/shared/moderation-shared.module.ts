import { Global, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Topics } from '@parley/contracts';
import { ensureTopics, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { ArticlesModule } from '../../articles/articles.module';
import { CommentsModule } from '../../comments/comments.module';
import { CommentsApiConfig } from '../../config/comments-api.config';
import { AuditEntry, AuditEntrySchema } from '../audit/audit-entry.schema';
import { AuditService } from '../audit/audit.service';
import { ModerationConfig } from './moderation.config';

/** Creates the topics moderation produces to that comments-api did not provision (users, cases). */
@Injectable()
class ModerationTopics implements OnModuleInit {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly names: KafkaNames,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {}
  async onModuleInit() {
    const topics = [Topics.Users, Topics.ModerationCases].map((t) => this.names.topic(t));
    for (let attempt = 1; ; attempt++) {
      try {
        return await ensureTopics(this.kafka, topics, this.config.KAFKA_TOPIC_PARTITIONS, this.config.KAFKA_REPLICATION_FACTOR);
      } catch (err) {
        if (attempt >= 30) throw err;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
}

/** Shared by every moderation feature module: the comments repository (CommentsModule), the audit trail, settings. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: AuditEntry.name, schema: AuditEntrySchema },
    ]),
    CommentsModule,
    ArticlesModule,
  ],
  providers: [{ provide: ModerationConfig, useFactory: () => new ModerationConfig() }, ModerationTopics, AuditService],
  exports: [MongooseModule, ModerationConfig, AuditService, CommentsModule, ArticlesModule],
})
export class ModerationSharedModule {}
