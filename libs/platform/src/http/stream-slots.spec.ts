import { callAt, StreamLimitError, StreamSlots, tooManyStreams } from './stream-slots';

describe('StreamSlots', () => {
  it('caps streams per user and in all, and frees a slot once per release', () => {
    const slots = new StreamSlots(2, 3, 15);
    const a1 = slots.reserve('a');
    slots.reserve('a');
    expect(() => slots.reserve('a')).toThrow(StreamLimitError);
    const b1 = slots.reserve('b');
    expect(() => slots.reserve('c')).toThrow(/too many streams/);
    a1();
    a1(); // idempotent: releasing twice frees one slot
    expect(slots.size).toBe(2);
    expect(slots.openBy('a')).toBe(1);
    slots.reserve('c');
    expect(() => slots.reserve('d')).toThrow(StreamLimitError);
    b1();
    expect(slots.openBy('b')).toBe(0);
  });

  it('is a 429 problem with Retry-After', () => {
    const slots = new StreamSlots(1, 10, 15);
    slots.reserve('a');
    try {
      slots.reserve('a');
      throw new Error('should have thrown');
    } catch (err) {
      const p = tooManyStreams(err as StreamLimitError);
      expect(p).toMatchObject({ status: 429, slug: 'too-many-streams', headers: { 'Retry-After': '15' } });
    }
  });
});

describe('callAt', () => {
  afterEach(() => jest.useRealTimers());

  it('calls at the instant, also beyond the range of one setTimeout, unless cancelled', () => {
    jest.useFakeTimers({ now: 0 });
    const far = jest.fn();
    const cancelled = jest.fn();
    callAt(40 * 86_400_000, far); // 40 days: more than setTimeout's 24.8
    const cancel = callAt(1000, cancelled);
    cancel();
    jest.advanceTimersByTime(30 * 86_400_000);
    expect(far).not.toHaveBeenCalled();
    jest.advanceTimersByTime(10 * 86_400_000);
    expect(far).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    const past = jest.fn();
    callAt(-5, past);
    expect(past).toHaveBeenCalledTimes(1);
  });
});
