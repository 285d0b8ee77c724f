import { EventTypes } from '@parley/contracts';
import { configureEventSites, outboxEntry } from './outbox-entry';

describe('outboxEntry', () => {
  it('builds the event for a type comments-api produces, on its catalog topic (prefixed or not)', () => {
    const e = outboxEntry('ns.parley.comments.v1', 'c1', EventTypes.CommentPublished, { commentId: 'c1' }, new Date(0), 'ev-1', '00-abc-def-01');
    expect(e).toMatchObject({ eventId: 'ev-1', topic: 'ns.parley.comments.v1', key: 'c1', subject: 'c1', type: EventTypes.CommentPublished, traceparent: '00-abc-def-01', data: { commentId: 'c1' } });
    // Human decisions: comments-api is one of the producers of comment.moderated.
    expect(outboxEntry('parley.moderation-decisions.v1', 'c1', EventTypes.CommentModerated, {}).topic).toBe('parley.moderation-decisions.v1');
  });

  it('refuses a type the catalog does not name comments-api a producer of', () => {
    expect(() => outboxEntry('parley.rulesets.v1', 'k', EventTypes.RuleSetActivated, {})).toThrow(/producers of .* not comments-api/);
  });

  it('refuses a topic other than the catalog names for the type', () => {
    expect(() => outboxEntry('parley.users.v1', 'c1', EventTypes.CommentPublished, {})).toThrow(/travels on parley\.comments\.v1/);
  });

  it('refuses a type that is not in the catalog', () => {
    expect(() => outboxEntry('parley.comments.v1', 'c1', 'parley.comment.invented.v1' as never, {})).toThrow(/not an event type of the catalog/);
  });

  it("carries a non-default site's siteId and the host's article id; none for the default site", () => {
    configureEventSites(['default', 'weekly']);
    try {
      expect(outboxEntry('parley.comments.v1', 'c1', EventTypes.CommentPublished, { commentId: 'c1', articleId: 'weekly/story-1' }).data).toEqual({ commentId: 'c1', articleId: 'story-1', siteId: 'weekly' });
      expect(outboxEntry('parley.comments.v1', 'c1', EventTypes.CommentPublished, { commentId: 'c1', articleId: 'story-1' }).data).toEqual({ commentId: 'c1', articleId: 'story-1' });
      // events about a user alone: the site of the site-scoped user id
      expect(outboxEntry('parley.users.v1', 'weekly/bo', EventTypes.UserSanctioned, { userId: 'weekly/bo' }).data).toEqual({ userId: 'weekly/bo', siteId: 'weekly' });
      expect(outboxEntry('parley.users.v1', 'team/bo', EventTypes.UserSanctioned, { userId: 'team/bo' }).data).toEqual({ userId: 'team/bo' }); // not a configured site
    } finally {
      configureEventSites(['default']);
    }
  });
});
