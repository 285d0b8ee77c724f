import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CommentsModule } from '../comments/comments.module';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { MisuseModule } from '../moderation/misuse/misuse.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { Report, ReportSchema } from './schemas/report.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: Report.name, schema: ReportSchema }]), CommentsModule, RestrictionsModule, MisuseModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
