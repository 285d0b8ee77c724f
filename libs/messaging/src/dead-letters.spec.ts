import type { Admin } from 'kafkajs';
import { listTopics } from './dead-letters';

/** An admin client whose listTopics fails as kafkajs 2.2 does when every broker's metadata request failed. */
function adminFailing(times: number, error: () => Error): { admin: Admin; calls: () => number } {
  let calls = 0;
  const admin = {
    listTopics: async () => {
      calls++;
      if (calls <= times) throw error();
      return ['a.dlq', 'b'];
    },
  } as unknown as Admin;
  return { admin, calls: () => calls };
}

const nullMetadata = () => new TypeError("Cannot destructure property 'topicMetadata' of '(intermediate value)' as it is null.");

describe('listTopics (dead-letter reading)', () => {
  it('asks again when kafkajs answered a failed metadata request with null', async () => {
    const { admin, calls } = adminFailing(2, nullMetadata);
    await expect(listTopics(admin)).resolves.toEqual(['a.dlq', 'b']);
    expect(calls()).toBe(3);
  });

  it('gives up after its attempts with the last error', async () => {
    const { admin, calls } = adminFailing(10, nullMetadata);
    await expect(listTopics(admin, 2)).rejects.toThrow(TypeError);
    expect(calls()).toBe(2);
  });

  it('does not retry other errors (an unreachable cluster is reported at once)', async () => {
    const { admin, calls } = adminFailing(1, () => new Error('Connection error: connect ECONNREFUSED'));
    await expect(listTopics(admin)).rejects.toThrow('ECONNREFUSED');
    expect(calls()).toBe(1);
  });
});
