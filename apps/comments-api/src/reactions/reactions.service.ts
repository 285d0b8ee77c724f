import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import { Connection, Model } from 'mongoose';
import { AuthenticatedUser, DatabaseCapabilities, inTransactionIfSupported } from '@parley/platform';
import { CommentsService } from '../comments/comments.service';
import { RestrictionsService } from '../restrictions/restrictions.service';
import { ReactionView } from './reaction.view';
import { Reaction, reactionId } from './schemas/reaction.schema';

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;

@Injectable()
export class ReactionsService {
  constructor(
    @InjectModel(Reaction.name) private readonly reactions: Model<Reaction>,
    private readonly comments: CommentsService,
    private readonly restrictions: RestrictionsService,
    @InjectConnection() private readonly connection: Connection,
    @Inject(DatabaseCapabilities) private readonly caps: DatabaseCapabilities,
  ) {}

  /**
   * Adds the caller's reaction; a second call changes nothing (one per user per comment). The
   * reaction and the comment's count (`$inc`) commit together where the server has
   * transactions; elsewhere the count follows the stored reaction.
   */
  async react(commentId: string, user: AuthenticatedUser): Promise<ReactionView> {
    const [c] = await Promise.all([this.comments.findInteractive(commentId), this.restrictions.assertMayParticipate(user)]);
    try {
      const reactionCount = await inTransactionIfSupported(this.caps, this.connection, async (session) => {
        await this.reactions.create([{ _id: reactionId(commentId, user.id), commentId, userId: user.id }], { session });
        return this.comments.addReactions(commentId, 1, session);
      });
      return { commentId, reacted: true, reactionCount };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return { commentId, reacted: true, reactionCount: Math.max(0, c.reactionCount ?? 0) };
    }
  }

  /** Withdraws the caller's reaction, if any (the same way: removal and count together where possible). */
  async unreact(commentId: string, user: AuthenticatedUser): Promise<ReactionView> {
    const c = await this.comments.findInteractive(commentId);
    const reactionCount = await inTransactionIfSupported(this.caps, this.connection, async (session) => {
      const res = await this.reactions.deleteOne({ _id: reactionId(commentId, user.id) }, { session }).exec();
      return res.deletedCount === 0 ? null : this.comments.addReactions(commentId, -1, session);
    });
    return { commentId, reacted: false, reactionCount: reactionCount ?? Math.max(0, c.reactionCount ?? 0) };
  }
}
