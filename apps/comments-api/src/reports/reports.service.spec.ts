import { ProblemException, AuthenticatedUser } from '@parley/platform';
import { ReportsService } from './reports.service';

/** In-memory stand-ins: the reports collection as a map, the comment's count as a function. */
function setUp(countReport: () => Promise<number>) {
  const stored = new Map<string, Record<string, unknown>>();
  const reports = {
    create: async (doc: Record<string, unknown>) => {
      if (stored.has(doc._id as string)) throw Object.assign(new Error('E11000 duplicate key'), { code: 11000 });
      stored.set(doc._id as string, { ...doc, createdAt: new Date() });
      return { toObject: () => stored.get(doc._id as string) };
    },
    deleteOne: (q: { _id: string }) => ({ exec: async () => ({ deletedCount: stored.delete(q._id) ? 1 : 0 }) }),
  };
  const comments = {
    findInteractive: async () => ({ articleId: 'a1', authorId: 'author', revision: 1 }),
    countReport: countReport,
    outboxEntry: () => ({}),
  };
  const allow = { assertMayParticipate: async () => undefined, assertMayNotify: async () => undefined };
  const service = new ReportsService(reports as never, comments as never, allow as never, allow as never);
  return { service, stored };
}

const reader = { id: 'reader-1', roles: ['commenter'], name: 'Reader', site: 'default' } as unknown as AuthenticatedUser;
const commentId = '64b7f0c2a1b2c3d4e5f60718';

describe('ReportsService: a report is stored with its count, or not at all', () => {
  it('takes the stored report back when its count meets too many concurrent changes, so the reader can try again', async () => {
    let attempts = 0;
    const { service, stored } = setUp(async () => {
      attempts++;
      if (attempts === 1) throw new ProblemException(409, 'concurrent-change', 'Concurrent change', 'try again');
      return 1;
    });
    await expect(service.report(commentId, { reason: 'spam' } as never, reader)).rejects.toMatchObject({ status: 409, slug: 'concurrent-change' });
    expect(stored.size).toBe(0);
    // The reader's second try is a new report, counted.
    await expect(service.report(commentId, { reason: 'spam' } as never, reader)).resolves.toMatchObject({ commentId, reason: 'spam' });
    expect(stored.size).toBe(1);
  });

  it('takes it back after any other failure of the count too, and answers with that failure', async () => {
    const { service, stored } = setUp(async () => {
      throw Object.assign(new Error('connection 3 to 127.0.0.1:27017 closed'), { name: 'MongoNetworkError' });
    });
    await expect(service.report(commentId, { reason: 'spam' } as never, reader)).rejects.toThrow(/closed/);
    expect(stored.size).toBe(0);
  });
});
