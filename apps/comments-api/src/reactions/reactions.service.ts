import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser } from '@parley/platform';
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
  ) {}

  /** Adds the caller's reaction; a second call changes nothing (one per user per comment). */
  async react(commentId: string, user: AuthenticatedUser): Promise<ReactionView> {
    const [c] = await Promise.all([this.comments.findInteractive(commentId), this.restrictions.assertMayParticipate(user)]);
    try {
      await this.reactions.create({ _id: reactionId(commentId, user.id), commentId, userId: user.id });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return { commentId, reacted: true, reactionCount: Math.max(0, c.reactionCount ?? 0) };
    }
    return { commentId, reacted: true, reactionCount: await this.comments.addReactions(commentId, 1) };
  }

  /** Withdraws the caller's reaction, if any. */
  async unreact(commentId: string, user: AuthenticatedUser): Promise<ReactionView> {
    const c = await this.comments.findInteractive(commentId);
    const res = await this.reactions.deleteOne({ _id: reactionId(commentId, user.id) }).exec();
    if (res.deletedCount === 0) return { commentId, reacted: false, reactionCount: Math.max(0, c.reactionCount ?? 0) };
    return { commentId, reacted: false, reactionCount: await this.comments.addReactions(commentId, -1) };
  }
}
