import { canonicalLength, fingerprint } from '../fingerprint';
import type { RuleAction, SpamRule } from '../types';
import { ACTION, int, offOr, opt } from '../validation/schema';
import { defineRule, toTime } from './rule';

/**
 * `spam` (behaviour phase), using only what the worker passes in the context:
 *  - repeat:      the same normalised text (same `fingerprint`) posted by this author within
 *                 windowSeconds, at least minRepeats times before (context.recentByAuthor);
 *  - crossAuthor: the same text from at least minAuthors distinct authors (context.sameTextAuthors);
 *  - flood:       more than maxComments comments (this one included) within windowSeconds
 *                 (timestamps of context.recentByAuthor).
 * Texts with fewer than minLength canonical letters ("+1", "Agreed!") are not treated as repeats.
 */
export const spamRule = defineRule<SpamRule>({
  type: 'spam',
  phase: 'behaviour',
  defaultCategory: 'spam',
  fields: {
    repeat: opt(
      offOr({
        windowSeconds: opt(int({ min: 1, max: 31_536_000 })),
        minRepeats: opt(int({ min: 1, max: 1000 })),
        action: opt(ACTION),
      }),
    ),
    crossAuthor: opt(offOr({ minAuthors: opt(int({ min: 2, max: 1_000_000 })), action: opt(ACTION) })),
    flood: opt(
      offOr({
        maxComments: opt(int({ min: 1, max: 10_000 })),
        windowSeconds: opt(int({ min: 1, max: 86_400 })),
        action: opt(ACTION),
      }),
    ),
    minLength: opt(int({ min: 0, max: 10_000 })),
  },
  compile(def) {
    const repeat = def.repeat === false ? null : { windowSeconds: 3600, minRepeats: 1, action: 'flag' as RuleAction, ...def.repeat };
    const cross = def.crossAuthor === false ? null : { minAuthors: 3, action: 'flag' as RuleAction, ...def.crossAuthor };
    const flood = def.flood === false ? null : { maxComments: 5, windowSeconds: 60, action: 'flag' as RuleAction, ...def.flood };
    const minLength = def.minLength ?? 12;

    return (rt, emit) => {
      const ctx = rt.context;
      const recent = Array.isArray(ctx.recentByAuthor) ? ctx.recentByAuthor : [];
      const checkRepeat = repeat !== null && recent.length > 0;
      const checkCross = cross !== null && typeof ctx.sameTextAuthors === 'number' && ctx.sameTextAuthors >= cross.minAuthors;
      // work that grows with the text or the author's history: only then is the clock looked at after this rule
      if (checkRepeat || checkCross || (flood !== null && recent.length >= flood.maxComments)) rt.noteWork();
      const longEnough = (checkRepeat || checkCross) && canonicalLength(rt.text) >= minLength;

      if (repeat && checkRepeat && longEnough) {
        const now = rt.now();
        const own = rt.fingerprint();
        let repeats = 0;
        for (const item of recent) {
          const t = toTime(item?.createdAt);
          if (!(now - t <= repeat.windowSeconds * 1000 && now - t >= -60_000)) continue;
          const fp = typeof item.fingerprint === 'string' ? item.fingerprint : typeof item.body === 'string' ? fingerprint(item.body) : null;
          if (fp === own) repeats++;
        }
        if (repeats >= repeat.minRepeats) {
          emit({
            action: repeat.action,
            message:
              repeat.action === 'reject'
                ? 'Your comment was not published because you recently posted the same text.'
                : 'You recently posted the same text. A moderator will review this comment before it is published.',
          });
        }
      }

      if (cross && checkCross && longEnough) {
        emit({
          action: cross.action,
          message:
            cross.action === 'reject'
              ? 'Your comment was not published because the same text was posted by many accounts.'
              : 'The same text was recently posted by several accounts. A moderator will review this comment before it is published.',
        });
      }

      if (flood && recent.length >= flood.maxComments) {
        const now = rt.now();
        let count = 1; // this comment
        for (const item of recent) {
          const t = toTime(item?.createdAt);
          if (now - t <= flood.windowSeconds * 1000 && now - t >= -60_000) count++;
        }
        if (count > flood.maxComments) {
          emit({
            action: flood.action,
            message:
              flood.action === 'reject'
                ? `Your comment was not published because you posted ${count} comments within ${flood.windowSeconds} seconds. Please slow down.`
                : `You posted ${count} comments within ${flood.windowSeconds} seconds. A moderator will review this comment before it is published.`,
          });
        }
      }
    };
  },
});
