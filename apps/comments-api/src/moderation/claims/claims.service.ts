import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, DatabaseCapabilities, expireDocuments, ExpiryHandle, ProblemException } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { ModerationConfig } from '../shared/moderation.config';
import { Claim } from './claim.schema';

export interface ClaimView {
  commentId: string;
  moderatorId: string;
  moderatorName: string;
  claimedAt: string;
  expiresAt: string;
}

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;
export const toClaimView = (c: Claim): ClaimView => ({
  commentId: c._id,
  moderatorId: c.moderatorId,
  moderatorName: c.moderatorName,
  claimedAt: new Date(c.claimedAt).toISOString(),
  expiresAt: new Date(c.expiresAt).toISOString(),
});

export const claimedByOther = (c: Claim) =>
  new ProblemException(409, 'claimed', 'Claimed by another moderator', `${c.moderatorName} is reviewing this comment until ${new Date(c.expiresAt).toISOString()}`, {
    claim: toClaimView(c),
  });

/**
 * Leases on comments so two moderators never review the same one at once. A claim is one
 * document per comment; taking it is a conditional upsert (free, lapsed or already ours), so a
 * race between two moderators ends in one winner and one duplicate-key conflict.
 */
@Injectable()
export class ClaimsService implements OnModuleInit, OnModuleDestroy {
  private expiry?: ExpiryHandle;

  constructor(
    @InjectModel(Claim.name) private readonly claims: Model<Claim>,
    private readonly config: ModerationConfig,
    private readonly audit: AuditService,
    @Inject(DatabaseCapabilities) private readonly caps: DatabaseCapabilities,
  ) {}

  /** Lapsed claims are removed an hour after they lapse (TTL index, or a sweep where the server has none). */
  async onModuleInit() {
    this.expiry = await expireDocuments(this.claims, 'expiresAt', this.caps, { graceMs: 3_600_000 });
  }

  onModuleDestroy() {
    this.expiry?.stop();
  }

  get leaseMs(): number {
    return this.config.claimLeaseSeconds * 1000;
  }

  /** Claims or renews; 409 when another moderator holds an unexpired claim. */
  async claim(commentId: string, mod: AuthenticatedUser): Promise<ClaimView> {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.leaseMs);
    try {
      await this.claims
        .updateOne(
          { _id: commentId, $or: [{ expiresAt: { $lte: now } }, { moderatorId: mod.id }] },
          { $set: { moderatorId: mod.id, moderatorName: mod.name, expiresAt }, $setOnInsert: { claimedAt: now } },
          { upsert: true },
        )
        .exec();
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const holder = await this.active(commentId);
      if (holder && holder.moderatorId !== mod.id) throw claimedByOther(holder);
      return this.claim(commentId, mod);
    }
    const c = await this.claims.findById(commentId).lean<Claim>().exec();
    if (!c || c.moderatorId !== mod.id) throw claimedByOther(c!);
    await this.audit.record({ actor: mod.id, automated: false, action: 'claim', commentId, after: { expiresAt: expiresAt.toISOString() } });
    return toClaimView(c);
  }

  /** Releases our claim (no-op when it is not ours). */
  async release(commentId: string, mod: AuthenticatedUser): Promise<boolean> {
    const res = await this.claims.deleteOne({ _id: commentId, moderatorId: mod.id }).exec();
    if (res.deletedCount) await this.audit.record({ actor: mod.id, automated: false, action: 'release', commentId });
    return res.deletedCount > 0;
  }

  /** The unexpired claim on a comment, if any. */
  async active(commentId: string): Promise<Claim | null> {
    return this.claims.findOne({ _id: commentId, expiresAt: { $gt: new Date() } }).lean<Claim>().exec();
  }

  /** 409 when someone else holds an unexpired claim (deciding needs no claim, only no one else's). */
  async assertNotClaimedByOther(commentId: string, mod: AuthenticatedUser): Promise<void> {
    const c = await this.active(commentId);
    if (c && c.moderatorId !== mod.id) throw claimedByOther(c);
  }

  /** Unexpired claims on these comments, by comment id. */
  async activeFor(commentIds: string[]): Promise<Map<string, ClaimView>> {
    if (!commentIds.length) return new Map();
    const rows = await this.claims.find({ _id: { $in: commentIds }, expiresAt: { $gt: new Date() } }).lean<Claim[]>().exec();
    return new Map(rows.map((c) => [c._id, toClaimView(c)]));
  }

  async mine(mod: AuthenticatedUser): Promise<ClaimView[]> {
    const rows = await this.claims.find({ moderatorId: mod.id, expiresAt: { $gt: new Date() } }).sort({ expiresAt: 1 }).limit(500).lean<Claim[]>().exec();
    return rows.map(toClaimView);
  }

  /** Drops any claim once the comment is decided. */
  async clear(commentId: string): Promise<void> {
    await this.claims.deleteOne({ _id: commentId }).exec();
  }
}
