import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { outboxRelayProvider } from '../shared/outbox';
import { TrustedFlaggersModule } from '../trusted-flaggers/trusted-flaggers.module';
import { Notice, NoticeSchema, ReportRef, ReportRefSchema } from './notice.schema';
import { NOTICES_RELAY, NoticesService } from './notices.service';
import { PublicNoticesController } from './public-notices.controller';

/** Notices' storage and outbox, and the public notice form; the moderators' notices controller lives with the decisions it takes. */
@Module({
  controllers: [PublicNoticesController],
  imports: [
    MongooseModule.forFeature([
      { name: Notice.name, schema: NoticeSchema },
      { name: ReportRef.name, schema: ReportRefSchema },
    ]),
    TrustedFlaggersModule,
  ],
  providers: [NoticesService, ...outboxRelayProvider(NOTICES_RELAY, Notice.name)],
  exports: [NoticesService, MongooseModule],
})
export class NoticesModule {}
