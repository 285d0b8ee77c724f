import { ApiProperty } from '@nestjs/swagger';
import { REPORT_REASONS, ReportReason } from '@parley/contracts';

export class NoticeAcknowledgementView {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b:reader-9', description: 'Reference of the notice, to quote in any follow-up.' }) reference!: string;
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z' }) receivedAt!: string;
  @ApiProperty({ example: 'reader@example.org', description: 'Where the decision on the notice will be sent.' }) email!: string;
  @ApiProperty({ example: 'We have received your notice of illegal content and will review it without undue delay.' }) message!: string;
}

export class ReportView {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b:reader-9' }) id!: string;
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b' }) commentId!: string;
  @ApiProperty({ enum: REPORT_REASONS, example: 'illegal' }) reason!: ReportReason;
  @ApiProperty({ example: '2026-11-26T12:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: NoticeAcknowledgementView, nullable: true, description: 'Confirmation of receipt of a DSA Art. 16 notice (reason `illegal`); null otherwise.' })
  acknowledgement!: NoticeAcknowledgementView | null;
}
