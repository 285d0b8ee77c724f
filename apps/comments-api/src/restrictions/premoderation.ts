import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CommentModeratedV1, EventTypes, Topics } from '@parley/contracts';
import { restrictionStatement } from '@parley/moderation-rules';
import { ModerationConfig } from '../moderation/shared/moderation.config';
import { KafkaNames } from '@parley/messaging';
import { ReadBatcher } from '@parley/platform';
import { CommentState, Change } from '../comments/comment-transitions';
import { outboxEntry } from '../common/outbox-entry';
import { UserFlags } from './schemas/user-flags.schema';

export const PREMODERATION_REASON = { ruleId: 'moderator:premoderate', category: 'author', message: 'Comments from your account are reviewed by a moderator before they are published.', action: 'flag' as const };

/** Whether an author's comments are always held for a moderator ("always premoderate"). */
@Injectable()
export class Premoderation {
  /** Flags of the authors of concurrent comment events and decisions: one `{ _id: { $in } }` read. */
  private readonly flags: ReadBatcher<string, boolean>;

  constructor(
    @InjectModel(UserFlags.name) private readonly model: Model<UserFlags>,
    private readonly names: KafkaNames,
    private readonly config: ModerationConfig,
  ) {
    this.flags = new ReadBatcher(async (ids) => {
      const found = await model.find({ _id: { $in: ids } }, { premoderated: 1 }).lean<Array<Pick<UserFlags, 'premoderated'> & { _id: string }>>().exec();
      return new Map(found.map((f) => [String(f._id), f.premoderated === true]));
    });
  }

  /** Read by `_id` alone: the one filter FerretDB answers from an index (a second key makes it scan). */
  async isPremoderated(userId: string): Promise<boolean> {
    return (await this.flags.load(userId)) === true;
  }

  /** Starts premoderating an author (idempotent). */
  async start(userId: string, by: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: userId }, { $set: { premoderated: true, premoderatedBy: by, premoderatedAt: at } }, { upsert: true }).exec();
  }

  /** Ends an author's premoderation; false when they were not premoderated. */
  async end(userId: string, by: string, at: Date): Promise<boolean> {
    const res = await this.model.updateOne({ _id: userId, premoderated: true }, { $set: { premoderated: false, premoderatedBy: by, premoderatedAt: at } }).exec();
    return res.matchedCount > 0;
  }

  /** The author's flags as stored (for a moderator's view of their standing), read now. */
  async flagsOf(userId: string): Promise<UserFlags | null> {
    return this.model.findById(userId).lean<UserFlags>().exec();
  }

  /**
   * The hold of a premoderated author's revision, as a moderator decision on that revision (so
   * the rules engine's decision cannot publish it): status flagged, with its
   * parley.comment.moderated.v1 (actor `premoderation`) in the same write. The hold restricts the
   * comment's visibility until the review, so the author gets its statement of reasons (DSA
   * Art. 17), which says that it is provisional, not a final decision.
   */
  hold(prev: Pick<CommentState, 'articleId' | 'authorId'>, commentId: string, revision: number, decidedAt: Date, eventId: string): Change {
    const data: CommentModeratedV1 = {
      commentId,
      revision,
      articleId: prev.articleId,
      authorId: prev.authorId,
      decision: 'flagged',
      reasons: [PREMODERATION_REASON],
      actor: 'premoderation',
      automated: true,
      ruleSetVersion: null,
      decidedAt: decidedAt.toISOString(),
      statement: restrictionStatement({
        id: `${commentId}-${eventId}`,
        restriction: 'comment-held',
        commentId,
        decidedAt,
        reasons: [PREMODERATION_REASON],
        facts: 'A moderator placed your account under premoderation: every comment you post is held until a moderator has reviewed it. You can contest that measure on your account through our internal complaint system.',
        source: 'own-initiative',
        automatedDetection: false,
        automatedDecision: 'fully',
        appealable: false,
        info: this.config.dsa,
      }),
    };
    return {
      status: 'flagged',
      set: { reasons: [PREMODERATION_REASON], decisionEventId: eventId, decidedAt, modHumanRevision: revision, modDecidedBy: 'premoderation', authorStatement: data.statement },
      events: [outboxEntry(this.names.topic(Topics.ModerationDecisions), commentId, EventTypes.CommentModerated, data, decidedAt, eventId)],
    };
  }
}
