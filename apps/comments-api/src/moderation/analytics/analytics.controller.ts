import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { ApiProblems } from '../../common/problem-docs';
import { csvLine } from './analytics-csv';
import { AnalyticsQuery } from './analytics.query';
import { analyticsCsvRows, ModerationAnalyticsService } from './moderation-analytics.service';
import { bucketCount, MAX_BUCKETS, parseUtcDay } from './utc-buckets';

const DAY_MS = 86_400_000;
/** The days a comment id can carry (its 32-bit creation second): 1970 to early 2106. */
const FIRST_DAY = '1970-01-01';
const LAST_DAY = '2105-12-31';

function badField(field: string, message: string, detail: string): ProblemException {
  return new ProblemException(400, 'bad-request', 'Bad Request', detail, { errors: [{ field, message }] });
}

/** Moderation analytics (issue #16): figures per UTC day or week, as JSON or CSV. */
@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('v1/moderation/analytics')
export class AnalyticsController {
  constructor(private readonly analytics: ModerationAnalyticsService) {}

  @Get()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Moderation analytics per UTC day or week, as JSON or CSV (moderators).',
    description:
      'Per bucket and for the whole period: comments, decisions by outcome (automated and human), by rule, by reason and by moderator, median and p90 time from entering a queue to a moderator\u2019s decision, reports by reason, notices, appeals received and decided; the queues at the end of each bucket (from snapshots) and now. Optionally for one section. See docs/analytics.md for the definitions.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: '`{ granularity, timezone, from, to, scope, buckets: [figures with the backlog at the bucket\u2019s end], totals: figures, backlog }` (`format=json`), or `period,start,end,metric,key,value` rows (`format=csv`).' })
  @ApiProblems(400, 401, 403, 422)
  async report(@Query() q: AnalyticsQuery, @Res({ passthrough: true }) res: Response, @CurrentUser() user: AuthenticatedUser) {
    const to = q.to !== undefined ? parseUtcDay(q.to) : parseUtcDay(new Date().toISOString().slice(0, 10));
    if (!to) throw badField('to', 'is not a calendar date', `to (${q.to}) is not a calendar date`);
    const from = q.from !== undefined ? parseUtcDay(q.from) : new Date(to.getTime() - (q.granularity === 'week' ? 77 : 29) * DAY_MS);
    if (!from) throw badField('from', 'is not a calendar date', `from (${q.from}) is not a calendar date`);
    for (const [field, d] of [['from', from], ['to', to]] as const) {
      const day = d.toISOString().slice(0, 10);
      if (day < FIRST_DAY || day > LAST_DAY) throw badField(field, `must be between ${FIRST_DAY} and ${LAST_DAY}`, `${field} must be between ${FIRST_DAY} and ${LAST_DAY}`);
    }
    if (from > to) throw badField('to', 'must not be before from', 'to must not be before from');
    const n = bucketCount(from, to, q.granularity);
    if (n > MAX_BUCKETS) throw badField(q.from !== undefined ? 'from' : 'to', `gives ${n} buckets; at most ${MAX_BUCKETS}`, `The period has ${n} ${q.granularity}s; at most ${MAX_BUCKETS} per request`);
    const report = await this.analytics.report(from, to, q.granularity, { site: user.site, section: q.section, ...(user.sections ? { sections: user.sections } : {}) });
    if (q.format === 'csv') {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="moderation-analytics-${report.from.slice(0, 10)}-${q.granularity}.csv"`);
      return analyticsCsvRows(report).map(csvLine).join('');
    }
    return report;
  }
}
