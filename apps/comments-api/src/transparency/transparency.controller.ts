import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DeploymentWide, ProblemException, Roles } from '@parley/platform';
import { ApiProblems } from '../common/problem-docs';
import { StatementsRepository, toStatementView } from './statements.repository';
import { StatementsExportQuery, TransparencyReportQuery } from './transparency.dto';
import { reportToCsv, TransparencyReportService } from './transparency-report.service';
import { TransparencySubmitter } from './transparency-submitter.service';

/** Longest period of one report (the active-recipient figures are counted month by month). */
const MAX_PERIOD_MS = 10 * 366 * 24 * 3600 * 1000;

/** Statements of reasons (DSA Arts 17 and 24(5)), their submission, and the transparency report (Arts 15 and 24). */
@ApiTags('moderation')
@ApiBearerAuth()
@DeploymentWide()
@Controller('v1/moderation/transparency')
export class TransparencyController {
  constructor(
    private readonly statements: StatementsRepository,
    private readonly submitter: TransparencySubmitter,
    private readonly reports: TransparencyReportService,
  ) {}

  @Get('statements')
  @Roles('moderator', 'admin')
  @ApiOperation({
    summary: 'Export of statements of reasons, one per decision, oldest first, page by page (moderators).',
    description: 'Each item has the PUID, the decision, where its submission to the DSA Transparency Database stands, and the statement in the Database\u2019s field names. Follow `nextCursor` until it is null; there is no cap.',
  })
  @ApiOkResponse({ description: '`{ items: [{ puid, decisionId, subject, commentId, userId, action, automated, decidedAt, reverses, submission, statement }], nextCursor }`' })
  @ApiProblems(400, 401, 403)
  async export(@Query() q: StatementsExportQuery) {
    const page = await this.statements.page({ from: q.from, to: q.to, cursor: q.cursor, limit: q.limit, commentId: q.commentId, userId: q.userId });
    return { items: page.items.map(toStatementView), nextCursor: page.nextCursor };
  }

  @Get('submissions')
  @Roles('admin')
  @ApiOperation({ summary: 'Where the submission to the DSA Transparency Database stands: statements per state (admins).' })
  @ApiOkResponse({ description: '`{ enabled, counts: { pending, accepted, refused, not-submitted }, nextAttemptAt }`' })
  @ApiProblems(401, 403)
  @Header('cache-control', 'no-store')
  submissions() {
    return this.submitter.status();
  }

  @Get('report')
  @Roles('admin')
  @ApiOperation({
    summary: 'Transparency report (DSA Arts 15 and 24) for a period, as JSON or CSV (admins).',
    description:
      'Notices by type of illegal content and median time to act; decisions on legal versus terms-of-service grounds, automated versus human; complaints received, decided, reversed and median time to decide; Art. 23 suspensions; average monthly active recipients. See docs/dsa.md for the definitions.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'The report (`format=json`), or `metric,value` rows (`format=csv`).' })
  @ApiProblems(400, 401, 403)
  async report(@Query() q: TransparencyReportQuery, @Res({ passthrough: true }) res: Response) {
    if (q.to <= q.from) throw new ProblemException(400, 'bad-request', 'Bad Request', 'to must be after from', { errors: [{ field: 'to', message: 'must be after from' }] });
    if (q.to.getTime() - q.from.getTime() > MAX_PERIOD_MS) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'A report covers at most ten years', { errors: [{ field: 'to', message: 'must be at most ten years after from' }] });
    }
    const report = await this.reports.report(q.from, q.to);
    if (q.format === 'csv') {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="transparency-report-${q.from.toISOString().slice(0, 10)}-${q.to.toISOString().slice(0, 10)}.csv"`);
      return reportToCsv(report);
    }
    return report;
  }
}
