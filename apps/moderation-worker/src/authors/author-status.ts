import { Injectable, Logger } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import type { UserSanctionedV1 } from '@parley/contracts';
import type { AuthorContext } from '@parley/moderation-rules';
import { ReadBatcher } from '@parley/platform';

/** An author's standing as the worker last heard it (parley.user.sanctioned.v1); `_id` is the user id. */
@Schema({ collection: 'author_status', versionKey: false })
export class AuthorStatus {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) status!: 'active' | 'banned' | 'suspended';
  @Prop({ type: Date, default: null }) until!: Date | null;
  @Prop({ required: true }) sanctionId!: string;
  @Prop({ required: true }) issuedAt!: Date;
}
export const AuthorStatusSchema = SchemaFactory.createForClass(AuthorStatus);

/** Keeps per-author sanctions for `context.author.status`. A sanction older than the stored one changes nothing. */
@Injectable()
export class AuthorStatusService {
  private readonly logger = new Logger(AuthorStatusService.name);

  /** Status reads of concurrent decisions share one `{ _id: { $in } }` query. */
  private readonly reads: ReadBatcher<string, AuthorStatus>;

  constructor(@InjectModel(AuthorStatus.name) private readonly statuses: Model<AuthorStatus>) {
    this.reads = new ReadBatcher(async (ids) => new Map((await this.statuses.find({ _id: { $in: ids } }).lean<AuthorStatus[]>().exec()).map((s) => [s._id, s])));
  }

  /**
   * One conditional upsert: applies when no status is stored or the stored one is older. A
   * stored newer (or the same) sanction makes the upsert's insert a duplicate key: nothing changes.
   */
  async apply(s: UserSanctionedV1): Promise<boolean> {
    if (s.kind === 'warning' || s.kind === 'premoderation') return false; // neither stops posting (premoderation is comments-api's hold)
    if (s.scope === 'notices') return false; // nor does a suspension of notice handling (DSA Art. 23(2))
    const issuedAt = new Date(s.issuedAt);
    const status: AuthorStatus['status'] = s.kind === 'ban' ? 'banned' : s.kind === 'suspension' ? 'suspended' : 'active';
    const until = s.kind === 'suspension' && s.until ? new Date(s.until) : null;
    try {
      await this.statuses.updateOne({ _id: s.userId, issuedAt: { $lt: issuedAt } }, { $set: { status, until, sanctionId: s.sanctionId, issuedAt } }, { upsert: true }).exec();
    } catch (err) {
      if ((err as { code?: number }).code === 11000) return false;
      throw err;
    }
    this.logger.log({ userId: s.userId, status, until, sanctionId: s.sanctionId }, 'author status updated');
    return true;
  }

  /** The author's status for the rules; an expired suspension is `active`. */
  async statusOf(userId: string, now: Date): Promise<Pick<AuthorContext, 'status' | 'suspendedUntil'>> {
    return statusAt(await this.reads.load(userId), now);
  }

  /**
   * Starts reading the author's status now (beside other reads of the same decision), for a
   * moment given later: resolves to a function of that moment.
   */
  async read(userId: string): Promise<(now: Date) => Pick<AuthorContext, 'status' | 'suspendedUntil'>> {
    const s = await this.reads.load(userId);
    return (now) => statusAt(s, now);
  }
}

/** A stored status as the rules see it at `now`: an expired suspension is `active`. */
function statusAt(s: AuthorStatus | undefined, now: Date): Pick<AuthorContext, 'status' | 'suspendedUntil'> {
  if (!s || s.status === 'active') return { status: 'active' };
  if (s.status === 'suspended' && s.until && new Date(s.until) <= now) return { status: 'active' };
  return s.status === 'suspended' && s.until ? { status: 'suspended', suspendedUntil: new Date(s.until) } : { status: s.status };
}
