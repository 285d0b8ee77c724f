import { EventTypes } from '@parley/contracts';
import { hostArticleId } from '@parley/platform';
import { CommentView, toCommentView, ViewableComment } from '../comments/comment.view';

/** A comment as the live stream reads it: what the public view needs, and whether listings show it. */
export type LiveComment = ViewableComment & { listed?: boolean };

/** The comment events that can change what readers of a thread see (topic parley.comments.v1, and human decisions). */
export const THREAD_CHANGING_EVENTS = [EventTypes.CommentPublished, EventTypes.CommentEdited, EventTypes.CommentRemoved, EventTypes.CommentDeleted, EventTypes.CommentModerated] as const;
export type ThreadChangingEvent = (typeof THREAD_CHANGING_EVENTS)[number];

/**
 * What the stream sends to readers. `comment`: an approved comment or reply as the public
 * listing shows it (new, or published again); `edited`: the same for an approved comment whose
 * edit was published; `removed`: a comment readers may no longer see (deleted, removed, rejected,
 * or held again after an edit), with no content at all; `reactions`: a new reaction count.
 */
export type LiveMessage =
  | { event: 'comment' | 'edited'; data: CommentView }
  | { event: 'removed'; data: { id: string; articleId: string; parentId: string | null; placeholder: boolean } }
  | { event: 'reactions'; data: { id: string; articleId: string; reactionCount: number } };

/**
 * The message for readers after `trigger` about comment `c`, read from the database after the
 * event (so it shows the comment as it is now, never as it was). Only the public view leaves
 * this function: a comment that is not approved yields `removed` (id, parent, whether a
 * placeholder stays) or nothing. A published event for a comment that is no longer approved
 * yields nothing (the event that changed it follows); so does a comment that never was visible:
 * a first revision that is pending, flagged or rejected and not listed.
 */
export function liveMessageFor(trigger: ThreadChangingEvent, c: LiveComment): LiveMessage | null {
  if (c.status === 'approved') {
    const view = toCommentView(c);
    return { event: view.editedAt ? 'edited' : 'comment', data: view };
  }
  if (trigger === EventTypes.CommentPublished) return null;
  const everShown = c.status === 'removed' || c.status === 'deleted' || c.revision > 1 || !!c.listed;
  if (!everShown) return null;
  return { event: 'removed', data: { id: String(c._id), articleId: hostArticleId(c.articleId), parentId: c.parentId ?? null, placeholder: !!c.listed } };
}
