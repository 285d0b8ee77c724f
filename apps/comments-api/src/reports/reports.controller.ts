import { Body, Controller, Headers, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '@parley/platform';
import { CommentIdPipe, ApiCommentIdParam } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { CreateReportDto } from './dto/create-report.dto';
import { ReportView } from './report.view';
import { ReportsService } from './reports.service';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/comments/:id/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @ApiOperation({ summary: 'Report a comment (once per reader). Reason `illegal` needs a DSA Art. 16 notice and is acknowledged.' })
  @ApiCommentIdParam()
  @ApiCreatedResponse({ type: ReportView })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422)
  report(@Param('id', CommentIdPipe) id: string, @Body() dto: CreateReportDto, @CurrentUser() user: AuthenticatedUser, @Headers('traceparent') tp?: string): Promise<ReportView> {
    return this.reports.report(id, dto, user, tp && TRACEPARENT.test(tp) ? tp : undefined);
  }
}
