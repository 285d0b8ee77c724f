import type { Model } from 'mongoose';
import type { UserSanctionedV1 } from '@parley/contracts';
import { AuthorStatus, AuthorStatusService } from './author-status';

/** In-memory stand-in for the author_status collection: records the updates the service makes. */
function fakeStatuses(stored: AuthorStatus[] = []) {
  const updates: Array<{ filter: unknown; update: unknown }> = [];
  const model = {
    updateOne: (filter: unknown, update: unknown) => ({ exec: async () => (updates.push({ filter, update }), { modifiedCount: 1 }) }),
    find: (filter: { _id: { $in: string[] } }) => ({ lean: () => ({ exec: async () => stored.filter((s) => filter._id.$in.includes(s._id)) }) }),
  };
  return { updates, model: model as unknown as Model<AuthorStatus> };
}

const sanction = (over: Partial<UserSanctionedV1>): UserSanctionedV1 => ({ sanctionId: 's1', userId: 'u1', kind: 'suspension', until: '2030-01-01T00:00:00.000Z', reason: 'r', issuedBy: 'm', issuedAt: '2026-12-05T12:00:00.000Z', ...over });

describe('author status from user sanctions', () => {
  it('records a posting suspension', async () => {
    const f = fakeStatuses();
    expect(await new AuthorStatusService(f.model).apply(sanction({}))).toBe(true);
    expect(f.updates).toHaveLength(1);
  });

  it('ignores a suspension of notice handling (DSA Art. 23(2)) and warnings: they do not restrict posting', async () => {
    const f = fakeStatuses();
    const service = new AuthorStatusService(f.model);
    expect(await service.apply(sanction({ scope: 'notices' }))).toBe(false);
    expect(await service.apply(sanction({ kind: 'warning', until: null }))).toBe(false);
    expect(f.updates).toHaveLength(0);
  });

  it('reads the status ahead of the moment it is taken at: a suspension that has expired by then is active', async () => {
    const until = new Date('2026-12-05T12:00:00.000Z');
    const f = fakeStatuses([{ _id: 'u1', status: 'suspended', until, sanctionId: 's1', issuedAt: new Date('2026-12-01T00:00:00.000Z') } as AuthorStatus]);
    const service = new AuthorStatusService(f.model);
    const at = await service.read('u1');
    expect(at(new Date(until.getTime() - 1))).toEqual({ status: 'suspended', suspendedUntil: until });
    expect(at(until)).toEqual({ status: 'active' });
    expect((await service.read('someone-else'))(until)).toEqual({ status: 'active' });
    expect(await service.statusOf('u1', new Date(until.getTime() - 1))).toEqual({ status: 'suspended', suspendedUntil: until });
  });
});
