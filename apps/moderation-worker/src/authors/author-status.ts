import { Injectable, Logger } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import type { UserSanctionedV1 } from '@parley/contracts';
import type { AuthorContext } from '@parley/moderation-rules';

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

  constructor(@InjectModel(AuthorStatus.name) private readonly statuses: Model<AuthorStatus>) {}

  async apply(s: UserSanctionedV1): Promise<boolean> {
    if (s.kind === 'warning') return false; // a warning does not restrict posting
    const issuedAt = new Date(s.issuedAt);
    const existing = await this.statuses.findById(s.userId).lean<AuthorStatus>().exec();
    if (existing && (existing.sanctionId === s.sanctionId || new Date(existing.issuedAt) > issuedAt)) return false;
    const status: AuthorStatus['status'] = s.kind === 'ban' ? 'banned' : s.kind === 'suspension' ? 'suspended' : 'active';
    const until = s.kind === 'suspension' && s.until ? new Date(s.until) : null;
    await this.statuses.updateOne({ _id: s.userId }, { $set: { status, until, sanctionId: s.sanctionId, issuedAt } }, { upsert: true }).exec();
    this.logger.log({ userId: s.userId, status, until, sanctionId: s.sanctionId }, 'author status updated');
    return true;
  }

  /** The author's status for the rules; an expired suspension is `active`. */
  async statusOf(userId: string, now: Date): Promise<Pick<AuthorContext, 'status' | 'suspendedUntil'>> {
    const s = await this.statuses.findById(userId).lean<AuthorStatus>().exec();
    if (!s || s.status === 'active') return { status: 'active' };
    if (s.status === 'suspended' && s.until && new Date(s.until) <= now) return { status: 'active' };
    return s.status === 'suspended' && s.until ? { status: 'suspended', suspendedUntil: new Date(s.until) } : { status: s.status };
  }
}
