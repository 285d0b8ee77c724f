import type { ArticleSettingsRule, RuleAction } from '../types';
import { ACTION, offOr, opt } from '../validation/schema';
import { defineRule, toTime } from './rule';

/**
 * `article-settings` (gate phase), from context.article:
 *  - closed:        open === false, or closesAt at or before now → reject
 *  - premoderation: premoderation === true → flag (held for review)
 */
export const articleSettingsRule = defineRule<ArticleSettingsRule>({
  type: 'article-settings',
  phase: 'gate',
  defaultCategory: 'article',
  fields: {
    premoderation: opt(offOr({ action: opt(ACTION) })),
    closed: opt(offOr({ action: opt(ACTION) })),
  },
  compile(def) {
    const premoderation = def.premoderation === false ? null : { action: 'flag' as RuleAction, ...def.premoderation };
    const closed = def.closed === false ? null : { action: 'reject' as RuleAction, ...def.closed };
    return (rt, emit) => {
      const article = rt.context.article;
      if (!article || typeof article !== 'object') return;
      if (closed) {
        const closesAt = toTime(article.closesAt);
        if (article.open === false || (!Number.isNaN(closesAt) && closesAt <= rt.now())) {
          emit({
            action: closed.action,
            message:
              closed.action === 'reject' ? 'Comments are closed on this article.' : 'Comments are closed on this article; a moderator will review this one.',
          });
        }
      }
      if (premoderation && article.premoderation === true) {
        emit({ action: premoderation.action, message: 'Comments on this article are reviewed by a moderator before they are published.' });
      }
    };
  },
});
