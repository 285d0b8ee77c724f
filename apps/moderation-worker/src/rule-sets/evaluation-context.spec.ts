import { parseEvaluationContext } from './evaluation-context';

describe('parseEvaluationContext (dry-run context)', () => {
  it('accepts the engine context', () => {
    const raw = {
      now: '2025-01-01T00:00:00Z',
      author: { approvedCount: 3, rejectedCount: 0, status: 'suspended', suspendedUntil: '2025-02-01T00:00:00Z' },
      article: { open: true, closesAt: null, premoderation: false },
      recentByAuthor: [{ fingerprint: 'abc', createdAt: '2025-01-01T00:00:00Z' }],
      sameTextAuthors: 2,
      reportCount: 4,
      classifier: { score: 0.2, labels: ['spam'] },
    };
    expect(parseEvaluationContext(raw)).toEqual({ context: raw, errors: [] });
    expect(parseEvaluationContext({ classifier: null }).errors).toEqual([]);
    expect(parseEvaluationContext(undefined)).toEqual({ context: {}, errors: [] });
  });

  it('names every bad field', () => {
    const { errors } = parseEvaluationContext({
      author: { status: 'emperor', approvedCount: -1 },
      reportCount: 1.5,
      classifier: { score: 2 },
      recentByAuthor: [{ body: 'x' }],
      $where: 'evil',
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['context.$where', 'context.author.approvedCount', 'context.author.status', 'context.classifier.score', 'context.reportCount'].sort());
    expect(parseEvaluationContext({ recentByAuthor: [{ body: 'x' }] }).errors).toEqual([{ field: 'context.recentByAuthor[0].createdAt', message: 'is required' }]);
    expect(parseEvaluationContext({ classifier: {} }).errors).toEqual([{ field: 'context.classifier.score', message: 'is required' }]);
    expect(parseEvaluationContext([]).errors).toEqual([{ field: 'context', message: 'must be an object' }]);
  });
});
