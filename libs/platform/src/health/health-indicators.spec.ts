import { consumerGroupsHealth } from './health-indicators';

const group = (groupId: string, state: string, partitions: number[] = []): { groupId: string; state: string; assignment: Record<string, number[]> } => ({ groupId, state, assignment: partitions.length ? { t: partitions } : {} });

describe('consumerGroupsHealth (readiness: consumer-group membership)', () => {
  it('is up when every group is joined or rejoining, with each group state and partition count', async () => {
    const check = consumerGroupsHealth({ listening: true, memberships: () => [group('a', 'joined', [0, 1]), group('b', 'rebalancing')] });
    await expect(check.check()).resolves.toEqual({ groups: { a: { state: 'joined', partitions: 2 }, b: { state: 'rebalancing', partitions: 0 } } });
  });

  it('is down before the consumers start, before a group is first joined, and after a consumer crashed for good', async () => {
    await expect(consumerGroupsHealth({ listening: false, memberships: () => [] }).check()).rejects.toThrow('consumers not started');
    await expect(consumerGroupsHealth({ listening: true, memberships: () => [group('a', 'joined'), group('b', 'starting')] }).check()).rejects.toThrow('b: starting');
    await expect(consumerGroupsHealth({ listening: true, memberships: () => [group('a', 'crashed')] }).check()).rejects.toThrow('a: crashed');
  });
});
