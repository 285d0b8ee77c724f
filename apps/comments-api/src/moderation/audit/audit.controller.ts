import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Response } from 'express';
import { CurrentSite, Roles } from '@parley/platform';
import { COMMENT_ID_PATTERN, USER_ID_PATTERN } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { DateRangeQuery } from '../shared/dto';
import { AuditService } from './audit.service';

export class AuditQuery extends DateRangeQuery {
  @ApiPropertyOptional({ description: 'Only actions on this comment.' })
  @IsOptional()
  @Matches(COMMENT_ID_PATTERN, { message: 'commentId must be a 24-character hexadecimal comment id' })
  commentId?: string;

  @ApiPropertyOptional({ description: 'Only actions concerning this user (author or sanctioned user).' })
  @IsOptional()
  @Matches(USER_ID_PATTERN, { message: 'userId must be a user id' })
  userId?: string;

  @ApiPropertyOptional({ description: 'Only actions by this actor (`system` for automated ones).' })
  @IsOptional()
  @Matches(USER_ID_PATTERN, { message: 'actor must be a user id or system' })
  actor?: string;
}

export class AuditExportQuery extends AuditQuery {}

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('v1/moderation/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'The audit trail (moderators): every action, automated or human, oldest first; per comment, user or actor.' })
  @ApiOkResponse({ description: '`{ items: [{ id, at, actor, automated, action, commentId, userId, before, after, note }], nextCursor }`' })
  @ApiProblems(400, 401, 403)
  list(@Query() q: AuditQuery, @CurrentSite() site: string) {
    return this.audit.list({ ...q, site }, q.limit, q.cursor);
  }

  @Get('export')
  @Roles('admin')
  @ApiOperation({ summary: 'Export the audit trail as JSON lines (admins).' })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'One JSON object per line, oldest first.' })
  @ApiProblems(400, 401, 403)
  async export(@Query() q: AuditExportQuery, @Res() res: Response, @CurrentSite() site: string): Promise<void> {
    res.status(200).type('application/x-ndjson');
    res.setHeader('Content-Disposition', 'attachment; filename="parley-audit.jsonl"');
    for await (const e of this.audit.all({ ...q, site })) {
      if (!res.write(JSON.stringify(e) + '\n')) await new Promise((r) => res.once('drain', r));
    }
    res.end();
  }
}
