import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, CurrentUser } from '@parley/platform';
import { ApiProblems } from '../../common/problem-docs';
import { appealDeadline } from '../shared/taxonomy';
import { UserActionsService } from '../user-actions/user-actions.service';
import { Appeal } from './appeal.schema';

const RESTRICTION = { ban: 'account-banned', suspend: 'account-suspended', premoderate: 'account-premoderated' } as const;

export class MyRestrictionComplaintView {
  @ApiProperty({ example: 'account:0b7c…' }) id!: string;
  @ApiProperty({ enum: ['open', 'decided'] }) status!: 'open' | 'decided';
  @ApiPropertyOptional({ enum: ['upheld', 'overturned'], nullable: true }) outcome!: 'upheld' | 'overturned' | null;
  @ApiProperty({ example: '2026-12-01T12:00:00.000Z' }) createdAt!: string;
}

export class MyRestrictionView {
  @ApiProperty({ nullable: true, example: '0b7c2d1e-…', description: 'The account decision (sanction id); null for a restriction set without one (no statement).' }) id!: string | null;
  @ApiProperty({ enum: ['ban', 'suspend', 'premoderate'] }) kind!: 'ban' | 'suspend' | 'premoderate';
  @ApiProperty({ enum: Object.values(RESTRICTION) }) restriction!: (typeof RESTRICTION)[keyof typeof RESTRICTION];
  @ApiProperty({ example: 'Repeated insults towards other readers' }) reason!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) until!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) issuedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When you were informed; the six-month complaint window runs from it.' }) informedAt!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The statement of reasons (DSA Art. 17(3)): restriction and duration, facts, source, automated means, ground, redress (internal complaint, Art. 21 out-of-court settlement, courts), links.' })
  statement!: Record<string, unknown> | null;
  @ApiProperty({ description: 'Whether a complaint can be made now (within six months of being informed, none made yet).' }) appealable!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) appealDeadline!: string | null;
  @ApiProperty({ nullable: true, example: '/v1/me/account-decisions/0b7c…/appeals', description: 'Where to POST `{ explanation }` to complain.' }) complaintPath!: string | null;
  @ApiProperty({ type: MyRestrictionComplaintView, nullable: true, description: 'Your complaint against this decision, once made.' }) complaint!: MyRestrictionComplaintView | null;
}

export class MyRestrictionsView {
  @ApiProperty({ type: [MyRestrictionView] }) items!: MyRestrictionView[];
}

/** The signed-in reader's own account restrictions in force, with their statements of reasons (DSA Art. 17), for the widget. */
@ApiTags('appeals')
@ApiBearerAuth()
@Controller('v1/me/restrictions')
export class MyRestrictionsController {
  constructor(
    private readonly users: UserActionsService,
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Your account restrictions in force (ban, suspension, premoderation), each with its statement of reasons and how to complain (signed-in; only your own).',
  })
  @ApiOkResponse({ type: MyRestrictionsView })
  @ApiProblems(401)
  async mine(@CurrentUser() user: AuthenticatedUser): Promise<MyRestrictionsView> {
    const inForce = await this.users.restrictionsInForce(user.id);
    const ids = inForce.map((r) => r.action?._id).filter((id): id is string => !!id);
    const complaints = ids.length
      ? await this.appeals.find({ _id: { $in: ids.map((id) => `account:${id}`) } }, { status: 1, outcome: 1, createdAt: 1 }).lean<Array<Pick<Appeal, '_id' | 'status' | 'outcome' | 'createdAt'>>>().exec()
      : [];
    const now = new Date();
    return {
      items: inForce.map(({ kind, action, reason, until }) => {
        const complaint = action ? complaints.find((c) => c._id === `account:${action._id}`) : undefined;
        const informedAt = action ? new Date(action.informedAt ?? action.issuedAt) : null;
        const deadline = informedAt ? appealDeadline(informedAt) : null;
        return {
          id: action?._id ?? null,
          kind,
          restriction: RESTRICTION[kind],
          reason,
          until: until ? until.toISOString() : null,
          issuedAt: action ? new Date(action.issuedAt).toISOString() : null,
          informedAt: informedAt ? informedAt.toISOString() : null,
          statement: action?.statement ?? null,
          appealable: !!action && !complaint && !!deadline && deadline > now,
          appealDeadline: deadline ? deadline.toISOString() : null,
          complaintPath: action ? `/v1/me/account-decisions/${encodeURIComponent(action._id)}/appeals` : null,
          complaint: complaint ? { id: complaint._id, status: complaint.status, outcome: complaint.outcome ?? null, createdAt: new Date(complaint.createdAt).toISOString() } : null,
        };
      }),
    };
  }
}
