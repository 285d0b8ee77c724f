import { queueWaitMs, queueWaitStart } from './queue-wait';

describe('queue wait', () => {
  const created = new Date('2026-12-01T10:00:00Z');
  const edited = new Date('2026-12-01T11:00:00Z');
  const held = new Date('2026-12-01T11:00:05Z');
  const reported = new Date('2026-12-02T08:00:00Z');
  const decided = new Date('2026-12-02T09:00:00Z');

  it('counts a premoderated comment from the submission of its current revision', () => {
    expect(queueWaitStart({ status: 'pending', createdAt: created })).toEqual(created);
    expect(queueWaitStart({ status: 'pending', createdAt: created, editedAt: edited })).toEqual(edited);
  });

  it('counts a held comment from when it was held', () => {
    expect(queueWaitMs({ status: 'flagged', createdAt: created, decidedAt: held }, decided)).toBe(decided.getTime() - held.getTime());
    expect(queueWaitStart({ status: 'flagged', createdAt: created.toISOString(), decidedAt: null })).toEqual(created);
  });

  it('counts a reported published comment from the latest report', () => {
    expect(queueWaitMs({ status: 'approved', createdAt: created, decidedAt: held, modReportsOpen: true, modLastReportedAt: reported }, decided)).toBe(3_600_000);
  });

  it('has no wait for a comment in no queue', () => {
    expect(queueWaitMs({ status: 'approved', createdAt: created, modReportsOpen: false }, decided)).toBeNull();
    expect(queueWaitMs({ status: 'rejected', createdAt: created }, decided)).toBeNull();
    expect(queueWaitMs({ status: 'approved', createdAt: created, modReportsOpen: true, modLastReportedAt: null }, decided)).toBeNull();
  });

  it('is never negative (clock skew between replicas)', () => {
    expect(queueWaitMs({ status: 'pending', createdAt: decided }, created)).toBe(0);
  });
});
