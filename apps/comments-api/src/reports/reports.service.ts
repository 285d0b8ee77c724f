import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CommentReportedV1, EventTypes } from '@parley/contracts';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { CommentsService } from '../comments/comments.service';
import { RestrictionsService } from '../restrictions/restrictions.service';
import { MisuseService } from '../moderation/misuse/misuse.service';
import { CreateReportDto } from './dto/create-report.dto';
import { ReportView } from './report.view';
import { Report, reportId } from './schemas/report.schema';

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;

@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    @InjectModel(Report.name) private readonly reports: Model<Report>,
    private readonly comments: CommentsService,
    private readonly restrictions: RestrictionsService,
    private readonly misuse: MisuseService,
  ) {}

  /**
   * Counts a stored report on its comment. When the count cannot be written (the comment kept
   * changing: 409 concurrent-change, "try again"; or the database failed), the stored report is
   * taken back, so that the reader's next try is a new report rather than "already reported" for a
   * report stored without its count and event.
   */
  private async countStoredReport(id: string, commentId: string, build: Parameters<CommentsService['countReport']>[1]): Promise<number | null> {
    try {
      return await this.comments.countReport(commentId, build);
    } catch (err) {
      // Best effort: when the database itself is away, the delete fails too.
      await this.reports.deleteOne({ _id: id }).exec().catch(() => undefined);
      throw err;
    }
  }

  /**
   * Stores the report (its id makes a second one from the same reader a conflict), then counts
   * it on the comment and appends parley.comment.reported.v1 with the running count.
   */
  async report(commentId: string, dto: CreateReportDto, reporter: AuthenticatedUser, traceparent?: string): Promise<ReportView> {
    if (dto.reason !== 'illegal' && dto.notice) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'notice is only for reason illegal', { errors: [{ field: 'notice', message: 'is only accepted when reason is illegal' }] });
    }
    // A notifier whose notices were manifestly unfounded too often is suspended from notifying (DSA Art. 23(2)).
    const [c] = await Promise.all([this.comments.findInteractive(commentId), this.restrictions.assertMayParticipate(reporter), this.misuse.assertMayNotify(reporter.id, dto.notice?.email)]);
    if (c.authorId === reporter.id) {
      throw new ProblemException(422, 'own-comment', 'Cannot report your own comment', 'Delete or edit your own comment instead of reporting it');
    }
    const id = reportId(commentId, reporter.id);
    const notice = dto.notice ? { explanation: dto.notice.explanation, email: dto.notice.email, goodFaith: true } : null;
    let report: Report;
    try {
      report = (await this.reports.create({ _id: id, commentId, articleId: c.articleId, reporterId: reporter.id, reason: dto.reason, text: dto.text || null, notice })).toObject();
    } catch (err) {
      if (isDuplicateKey(err)) throw new ProblemException(409, 'already-reported', 'Already reported', 'You have already reported this comment');
      throw err;
    }
    const count = await this.countStoredReport(id, commentId, (comment, reportCount) => {
      const data: CommentReportedV1 = {
        reportId: id,
        commentId,
        revision: comment.revision,
        articleId: comment.articleId,
        authorId: comment.authorId,
        reporterId: reporter.id,
        reason: dto.reason,
        text: dto.text || null,
        illegalContentNotice: notice ? { explanation: notice.explanation, goodFaith: true } : null,
        reportCount,
        reportedAt: new Date(report.createdAt).toISOString(),
      };
      return this.comments.outboxEntry(EventTypes.CommentReported, commentId, data, new Date(report.createdAt), traceparent);
    });
    this.logger.log({ commentId, reason: dto.reason, reportCount: count }, 'comment reported');
    return {
      id,
      commentId,
      reason: dto.reason,
      createdAt: new Date(report.createdAt).toISOString(),
      acknowledgement: notice
        ? {
            reference: id,
            receivedAt: new Date(report.createdAt).toISOString(),
            email: notice.email,
            message: 'We have received your notice of illegal content under Article 16 of the Digital Services Act and will review it without undue delay. We will inform you of our decision at this address.',
          }
        : null,
    };
  }
}
