import { Controller, Get, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Model } from 'mongoose';
import { StatementOfReasons, toTransparencyBatches } from '@parley/moderation-rules';
import { Roles } from '@parley/platform';
import { ApiProblems } from '../../common/problem-docs';
import { DateRangeQuery } from '../shared/dto';
import { Comment } from '../../comments/schemas/comment.schema';

/** Statements of reasons of moderators' decisions, as DSA Transparency Database request bodies. */
@ApiTags('moderation')
@ApiBearerAuth()
@Controller('v1/moderation/transparency')
export class TransparencyController {
  constructor(@InjectModel(Comment.name) private readonly comments: Model<Comment>) {}

  @Get('statements')
  @Roles('admin')
  @ApiOperation({ summary: 'Statements of reasons of human decisions in a period, in batches of 100 for POST /api/v1/statements (admins).' })
  @ApiOkResponse({ description: '`{ count, batches: [{ statements: [...] }] }`' })
  @ApiProblems(400, 401, 403)
  async statements(@Query() q: DateRangeQuery) {
    const decidedAt: Record<string, Date> = {};
    if (q.from) decidedAt.$gte = q.from;
    if (q.to) decidedAt.$lt = q.to;
    const filter: Record<string, unknown> = { modStatement: { $type: 'object' } };
    if (Object.keys(decidedAt).length) filter.decidedAt = decidedAt;
    const rows = await this.comments.find(filter, { modStatement: 1 }).sort({ _id: 1 }).limit(10_000).lean<Array<{ modStatement: StatementOfReasons }>>().exec();
    const statements = rows.map((r) => r.modStatement);
    return { count: statements.length, batches: toTransparencyBatches(statements) };
  }
}
