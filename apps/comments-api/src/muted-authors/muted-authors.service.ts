import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { publicAuthorId } from '../comments/public-author-id';
import { MutedAuthorView } from './muted-author.view';
import { MutedAuthor, mutedAuthorKey } from './schemas/muted-author.schema';

/** Public author ids as publicAuthorId() makes them: `a_` and 22 base64url characters. */
export const PUBLIC_AUTHOR_ID_PATTERN = /^a_[A-Za-z0-9_-]{22}$/;
/** How many authors one reader may mute. */
export const MUTED_AUTHORS_PER_USER = 200;

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;
const NONE: ReadonlySet<string> = new Set();

const toView = (m: MutedAuthor): MutedAuthorView => ({ authorId: m.authorId, authorName: m.authorName ?? null, mutedAt: new Date(m.mutedAt).toISOString() });

/**
 * Authors a reader has muted. Only that reader's listings change: comments (and replies) by a
 * muted author are left out of the pages served to them.
 */
@Injectable()
export class MutedAuthorsService {
  constructor(@InjectModel(MutedAuthor.name) private readonly muted: Model<MutedAuthor>) {}

  /** The public author ids this reader muted (empty for anonymous readers). */
  async mutedBy(userId: string | undefined): Promise<ReadonlySet<string>> {
    if (!userId) return NONE;
    const rows = await this.muted.find({ userId }, { authorId: 1 }).limit(MUTED_AUTHORS_PER_USER * 2).lean<{ authorId: string }[]>().exec();
    return rows.length ? new Set(rows.map((r) => r.authorId)) : NONE;
  }

  async list(user: AuthenticatedUser): Promise<MutedAuthorView[]> {
    const rows = await this.muted.find({ userId: user.id }).sort({ mutedAt: -1, _id: 1 }).limit(MUTED_AUTHORS_PER_USER * 2).lean<MutedAuthor[]>().exec();
    return rows.map(toView);
  }

  /** Mutes an author; muting one already muted changes nothing (the first entry is kept). */
  async mute(user: AuthenticatedUser, authorId: string, authorName?: string): Promise<MutedAuthorView> {
    if (authorId === publicAuthorId(user.id)) {
      throw new ProblemException(422, 'cannot-mute-self', 'Cannot mute yourself', 'publicAuthorId is your own author id', { errors: [{ field: 'publicAuthorId', message: 'is your own author id' }] });
    }
    const _id = mutedAuthorKey(user.id, authorId);
    const existing = await this.muted.findById(_id).lean<MutedAuthor>().exec();
    if (existing) return toView(existing);
    // The cap is checked before the insert: racing mutes by one reader may pass it by a few.
    const count = await this.muted.countDocuments({ userId: user.id }).exec();
    if (count >= MUTED_AUTHORS_PER_USER) {
      throw new ProblemException(409, 'too-many-muted-authors', 'Too many muted authors', `You can mute at most ${MUTED_AUTHORS_PER_USER} authors; unmute one first`, { limit: MUTED_AUTHORS_PER_USER });
    }
    const doc: MutedAuthor = { _id, userId: user.id, authorId, authorName: authorName || null, mutedAt: new Date() };
    try {
      await this.muted.create(doc);
      return toView(doc);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const winner = await this.muted.findById(_id).lean<MutedAuthor>().exec();
      return toView(winner ?? doc);
    }
  }

  /** Unmutes an author; unmuting one not muted changes nothing. */
  async unmute(user: AuthenticatedUser, authorId: string): Promise<void> {
    await this.muted.deleteOne({ _id: mutedAuthorKey(user.id, authorId) }).exec();
  }
}
