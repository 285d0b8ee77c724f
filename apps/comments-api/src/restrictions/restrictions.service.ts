import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { TtlCache } from '../common/ttl-cache';
import { CommentsApiConfig } from '../config/comments-api.config';
import { PutRestrictionDto } from './dto/put-restriction.dto';
import { isActive } from './restriction.view';
import { UserRestriction } from './schemas/user-restriction.schema';

type Cached = Pick<UserRestriction, 'kind' | 'reason' | 'until'> | null;

@Injectable()
export class RestrictionsService {
  private readonly cache: TtlCache<{ r: Cached }>;

  constructor(
    @InjectModel(UserRestriction.name) private readonly restrictions: Model<UserRestriction>,
    @Inject(CommentsApiConfig) config: CommentsApiConfig,
  ) {
    this.cache = new TtlCache(config.COMMENTS_SETTINGS_CACHE_TTL_MS, 50_000);
  }

  /** 403 with the reason and end date when the user is banned or suspended. */
  async assertMayParticipate(user: AuthenticatedUser): Promise<void> {
    const entry = await this.cache.getOrLoad(user.id, async () => ({ r: await this.restrictions.findById(user.id, { kind: 1, reason: 1, until: 1 }).lean<Cached>().exec() }));
    const r = entry.r;
    if (!r || !isActive(r)) return;
    const until = r.until ? new Date(r.until).toISOString() : null;
    if (r.kind === 'ban') {
      throw new ProblemException(403, 'user-banned', 'Your account is banned', `You cannot take part in comments${until ? ` until ${until}` : ''}: ${r.reason}`, { reason: r.reason, until });
    }
    throw new ProblemException(403, 'user-suspended', 'Your account is suspended', `You cannot take part in comments until ${until}: ${r.reason}`, { reason: r.reason, until });
  }

  async set(userId: string, dto: PutRestrictionDto, by: AuthenticatedUser): Promise<{ restriction: UserRestriction; created: boolean }> {
    const until = dto.until ?? null;
    if (until && until <= new Date()) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'until must be in the future', { errors: [{ field: 'until', message: 'must be in the future' }] });
    }
    // One atomic upsert that returns the document as this write left it (not as a concurrent lift did).
    const res = await this.restrictions
      .findOneAndUpdate({ _id: userId }, { $set: { kind: dto.kind, reason: dto.reason, until, issuedBy: by.id } }, { upsert: true, returnDocument: 'after', includeResultMetadata: true, lean: true })
      .exec();
    this.cache.delete(userId);
    return { restriction: res.value as unknown as UserRestriction, created: !res.lastErrorObject?.updatedExisting };
  }

  async lift(userId: string): Promise<boolean> {
    const res = await this.restrictions.deleteOne({ _id: userId }).exec();
    this.cache.delete(userId);
    return res.deletedCount > 0;
  }

  get(userId: string): Promise<UserRestriction | null> {
    return this.restrictions.findById(userId).lean<UserRestriction>().exec();
  }
}
