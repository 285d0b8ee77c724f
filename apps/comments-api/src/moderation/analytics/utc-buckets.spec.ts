import { bucketCount, parseUtcDay, utcBuckets, weekStart } from './utc-buckets';

const day = (s: string) => parseUtcDay(s)!;
const iso = (b: { start: Date; end: Date }) => [b.start.toISOString().slice(0, 10), b.end.toISOString().slice(0, 10)];

describe('UTC buckets', () => {
  it('parses calendar days and refuses impossible ones', () => {
    expect(parseUtcDay('2026-12-05')?.toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(parseUtcDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-12-5', '2026-12-05T00:00:00Z', '', 'yesterday']) expect(parseUtcDay(bad)).toBeNull();
  });

  it('makes one bucket per day, both ends inclusive', () => {
    const b = utcBuckets(day('2026-12-30'), day('2027-01-02'), 'day');
    expect(b.map(iso)).toEqual([
      ['2026-12-30', '2026-12-31'],
      ['2026-12-31', '2027-01-01'],
      ['2027-01-01', '2027-01-02'],
      ['2027-01-02', '2027-01-03'],
    ]);
    expect(bucketCount(day('2026-12-30'), day('2027-01-02'), 'day')).toBe(4);
    expect(utcBuckets(day('2026-12-05'), day('2026-12-05'), 'day').map(iso)).toEqual([['2026-12-05', '2026-12-06']]);
  });

  it('makes whole ISO weeks from Monday, widening the ends to them', () => {
    expect(weekStart(day('2026-12-05')).toISOString().slice(0, 10)).toBe('2026-11-30'); // a Saturday
    expect(weekStart(day('2026-11-30')).toISOString().slice(0, 10)).toBe('2026-11-30'); // a Monday
    expect(weekStart(day('2026-12-06')).toISOString().slice(0, 10)).toBe('2026-11-30'); // a Sunday
    const b = utcBuckets(day('2026-12-05'), day('2026-12-08'), 'week');
    expect(b.map(iso)).toEqual([
      ['2026-11-30', '2026-12-07'],
      ['2026-12-07', '2026-12-14'],
    ]);
    expect(bucketCount(day('2026-12-05'), day('2026-12-08'), 'week')).toBe(2);
  });

  it('counts across a change of year and of daylight saving without drifting (UTC only)', () => {
    const b = utcBuckets(day('2026-03-01'), day('2026-11-30'), 'day');
    expect(b.length).toBe(bucketCount(day('2026-03-01'), day('2026-11-30'), 'day'));
    expect(b.every((x) => x.start.toISOString().endsWith('T00:00:00.000Z'))).toBe(true);
  });
});
