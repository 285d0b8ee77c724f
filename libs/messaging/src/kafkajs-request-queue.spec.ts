/**
 * kafkajs 2.2.4 is installed with a patch (patches/kafkajs+2.2.4.patch): its request queue re-armed
 * a timer of at most 1 ms for ever once a connection had sent anything, also with nothing to wait
 * for (a busy loop that kept every idle app and its broker at several per cent of a processor).
 * These tests check the patched queue: idle means no timer, and a request that has to wait for a
 * throttle or a free slot is still sent.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue');

type Sent = { correlationId: number };

function queue(maxInFlightRequests = 2) {
  const sent: Sent[] = [];
  const logger = { debug: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined };
  const q = new RequestQueue({ maxInFlightRequests, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'spec', broker: 'localhost:0', logger });
  const push = (correlationId: number) =>
    new Promise((resolve) =>
      q.push({
        entry: { correlationId, resolve, reject: () => undefined, apiKey: 1, apiName: 'Fetch', apiVersion: 11 },
        expectResponse: true,
        sendRequest: () => sent.push({ correlationId }),
      }),
    );
  const answer = (correlationId: number) => q.fulfillRequest({ correlationId, payload: Buffer.alloc(0), size: 0 });
  return { q, sent, push, answer };
}

describe('kafkajs request queue (patched)', () => {
  it('arms no timer once every request is answered and none waits', async () => {
    const { q, push, answer } = queue();
    const done = push(1);
    answer(1);
    await done;
    expect(q.pending).toHaveLength(0);
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.checkPendingRequests(); // what every answer runs
    expect(q.throttleCheckTimeoutId).toBeNull();
  });

  it('sends a request held back by a throttle once the throttle ends', async () => {
    const { q, sent, push, answer } = queue();
    q.maybeThrottle(30);
    const done = push(7);
    expect(sent).toHaveLength(0);
    expect(q.throttleCheckTimeoutId).not.toBeNull();
    await new Promise((r) => setTimeout(r, 80));
    expect(sent.map((s) => s.correlationId)).toEqual([7]);
    answer(7);
    await done;
    expect(q.throttleCheckTimeoutId).toBeNull();
  });

  it('sends a request that waited for a free slot when an earlier one is answered', async () => {
    const { sent, push, answer } = queue(1);
    const first = push(1);
    const second = push(2);
    expect(sent.map((s) => s.correlationId)).toEqual([1]);
    answer(1);
    await first;
    expect(sent.map((s) => s.correlationId)).toEqual([1, 2]);
    answer(2);
    await second;
  });
});
