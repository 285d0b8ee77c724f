import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { compileRuleSet, toTransparencyBatches, validateRuleSet } from '@parley/moderation-rules';
import { DeploymentWide, AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { DecisionLogService } from '../decisions/decision-log.service';
import { ActiveRuleSet } from '../moderation/active-rule-set';
import { parseEvaluationContext } from './evaluation-context';
import { RuleSetStore } from './rule-set-store.service';
import { StoredRuleSet } from './rule-set.schema';
import { BacktestBody, EvaluateBody, ExportQuery, ListQuery, RuleSetBody, VersionParam } from './rule-sets.dto';
import { RuleSetsService, toFieldErrors } from './rule-sets.service';

const summary = (s: Omit<StoredRuleSet, 'definition'>, activeVersion: number) => ({
  version: s._id,
  name: s.name,
  note: s.note,
  rules: s.ruleCount,
  createdBy: s.createdBy,
  createdAt: new Date(s.createdAt).toISOString(),
  active: s._id === activeVersion,
});

/** Rule-set versions: moderators read, validate and dry-run; admins create and activate (rollback = activate an older one). */
@DeploymentWide()
@Controller('v1/rule-sets')
export class RuleSetsController {
  constructor(
    private readonly store: RuleSetStore,
    private readonly service: RuleSetsService,
    private readonly active: ActiveRuleSet,
  ) {}

  @Get()
  @Roles('moderator', 'admin')
  async list(@Query() q: ListQuery) {
    const [state, items, history] = await Promise.all([this.store.active(), this.store.list(q.limit ?? 50, q.before), this.store.history(20)]);
    return {
      active: { version: state.version, activationSeq: state.activationSeq, activatedBy: state.activatedBy, activatedAt: state.activatedAt?.toISOString() ?? null },
      /** The version this replica decides with right now. */
      loadedByThisReplica: this.active.version,
      items: items.map((s) => summary(s, state.version)),
      activations: history.map((a) => ({ activationSeq: a._id, version: a.version, previousVersion: a.previousVersion, rollback: a.rollback, activatedBy: a.activatedBy, activatedAt: new Date(a.activatedAt).toISOString() })),
    };
  }

  @Get('active')
  @Roles('moderator', 'admin')
  async getActive() {
    const state = await this.store.active();
    const { stored, definition } = await this.store.mustGet(state.version);
    return { ...summary(stored, state.version), definition, effectiveRules: this.active.definition.rules.map((r) => r.id), loadedByThisReplica: this.active.version };
  }

  @Get(':version')
  @Roles('moderator', 'admin')
  async get(@Param() p: VersionParam) {
    const [state, { stored, definition }] = await Promise.all([this.store.active(), this.store.mustGet(p.version)]);
    return { ...summary(stored, state.version), definition };
  }

  @Post('validate')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  validate(@Body() body: RuleSetBody) {
    const { note: _note, ...def } = body;
    const result = validateRuleSet(def);
    if (result.ok === false) return { valid: false, errors: toFieldErrors(result.errors) };
    const compiled = compileRuleSet(result.value);
    return { valid: true, errors: [], rules: compiled.rules, termCount: compiled.termCount };
  }

  @Post()
  @Roles('admin')
  async create(@Body() body: RuleSetBody, @CurrentUser() user: AuthenticatedUser) {
    const { note, ...def } = body;
    const valid = this.service.validated(def);
    compileRuleSet(valid); // the validator accepted it, so this compiles
    const stored = await this.store.create(valid, user.id, note ?? null);
    const state = await this.store.active();
    return { ...summary(stored, state.version), definition: JSON.parse(stored.definition) };
  }

  @Post(':version/activate')
  @HttpCode(200)
  @Roles('admin')
  async activate(@Param() p: VersionParam, @CurrentUser() user: AuthenticatedUser) {
    const { changed, state, rollback } = await this.store.activate(p.version, user.id);
    await this.active.refresh('activation');
    return { version: state.version, previousVersion: changed ? state.previousVersion : state.version, rollback, changed, activationSeq: state.activationSeq, activatedBy: state.activatedBy, activatedAt: state.activatedAt?.toISOString() ?? null };
  }

  @Post(':version/backtest')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  backtest(@Param() p: VersionParam, @Body() body: BacktestBody) {
    return this.service.backtest(p.version, body.limit ?? 500);
  }
}

/** Dry run on the worker (comments-api does not proxy it). */
@Controller('v1/moderation')
export class EvaluateController {
  constructor(private readonly service: RuleSetsService) {}

  @Post('evaluate')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  evaluate(@Body() body: EvaluateBody) {
    if (body.version !== undefined && body.ruleSet !== undefined) {
      throw new ProblemException(400, 'invalid-request', 'Invalid request', 'Give either version or ruleSet, not both', { errors: [{ field: 'ruleSet', message: 'cannot be combined with version' }] });
    }
    const { context, errors } = parseEvaluationContext(body.context);
    if (errors.length) throw new ProblemException(400, 'invalid-request', 'Invalid request', `Invalid request: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, { errors });
    return this.service.dryRun({ body: body.body, context, version: body.version, ruleSet: body.ruleSet });
  }
}

interface Cursor {
  at: Date;
  id: string;
}
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify({ t: c.at.getTime(), id: c.id })).toString('base64url');
function decodeCursor(raw: string): Cursor {
  try {
    const { t, id } = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { t: unknown; id: unknown };
    if (typeof t === 'number' && Number.isFinite(t) && typeof id === 'string' && id.length <= 200) return { at: new Date(t), id };
  } catch {
    // fall through
  }
  throw new ProblemException(400, 'invalid-request', 'Invalid request', 'cursor must be the nextCursor of a previous answer', { errors: [{ field: 'cursor', message: 'is not a cursor of this endpoint' }] });
}

/** DSA statements of reasons of the worker's restrictive decisions, in DSA Transparency Database request bodies. */
@DeploymentWide()
@Controller('v1/statements-of-reasons')
export class StatementsController {
  constructor(private readonly log: DecisionLogService) {}

  @Get('export')
  @Roles('admin')
  async export(@Query() q: ExportQuery) {
    const limit = q.limit ?? 1000;
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    const docs = await this.log.statementsSince(new Date(q.since), after, limit);
    const statements = docs.map((d) => d.statement!).filter(Boolean);
    const last = docs[docs.length - 1];
    return {
      since: new Date(q.since).toISOString(),
      count: statements.length,
      batches: toTransparencyBatches(statements),
      nextCursor: docs.length === limit && last ? encodeCursor({ at: new Date(last.decidedAt), id: last._id }) : null,
    };
  }
}
