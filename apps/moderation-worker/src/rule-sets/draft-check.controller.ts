import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { evaluate, WriterWarning, writerWarning } from '@parley/moderation-rules';
import { IsString, MaxLength } from 'class-validator';
import { ActiveRuleSet } from '../moderation/active-rule-set';

export class DraftCheckBody {
  @IsString()
  @MaxLength(100_000)
  body!: string;
}

/**
 * The draft check behind comments-api's `POST /v1/articles/:articleId/comments/check`: the text of
 * a draft through the rule set this worker decides with (the active version plus
 * MODERATION_BANNED_TERMS), as the writer may see it. Any signed-in caller; stores nothing.
 * comments-api calls it with the writer's token and rate-limits it; it is not forwarded publicly,
 * so it is not in the public OpenAPI document either.
 */
@ApiExcludeController()
@Controller('v1/moderation')
export class DraftCheckController {
  constructor(private readonly active: ActiveRuleSet) {}

  @Post('draft-check')
  @HttpCode(200)
  check(@Body() dto: DraftCheckBody): WriterWarning & { ruleSetVersion: number } {
    const compiled = this.active.compiled;
    const result = evaluate(compiled, { id: 'draft', body: dto.body }, { now: new Date() });
    return { ...writerWarning(result), ruleSetVersion: this.active.version };
  }
}
