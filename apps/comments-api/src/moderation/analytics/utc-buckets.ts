export const GRANULARITIES = ['day', 'week'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** At most this many buckets per request (about three months of days, two years of weeks). */
export const MAX_BUCKETS = 106;

const DAY_MS = 86_400_000;

export interface Bucket {
  /** Inclusive start (UTC midnight; a Monday for weeks). */
  start: Date;
  /** Exclusive end. */
  end: Date;
}

/** A `YYYY-MM-DD` calendar day as its UTC midnight, or null when it is not a real date. */
export function parseUtcDay(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? d : null;
}

/** The Monday (UTC) of the ISO week that contains `day`. */
export function weekStart(day: Date): Date {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);
}

/**
 * The UTC buckets covering the calendar days `from`..`to` (both inclusive): one per day, or one
 * per ISO week (Monday to Sunday), the first and last weeks whole even when `from`/`to` fall
 * inside them. Consecutive, non-overlapping, in order.
 */
export function utcBuckets(from: Date, to: Date, granularity: Granularity): Bucket[] {
  const step = granularity === 'day' ? DAY_MS : 7 * DAY_MS;
  const first = granularity === 'day' ? from : weekStart(from);
  const endExclusive = granularity === 'day' ? new Date(to.getTime() + DAY_MS) : new Date(weekStart(to).getTime() + 7 * DAY_MS);
  const buckets: Bucket[] = [];
  for (let t = first.getTime(); t < endExclusive.getTime(); t += step) buckets.push({ start: new Date(t), end: new Date(t + step) });
  return buckets;
}

/** How many buckets `utcBuckets` would make, without making them. */
export function bucketCount(from: Date, to: Date, granularity: Granularity): number {
  if (granularity === 'day') return Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  return Math.round((weekStart(to).getTime() - weekStart(from).getTime()) / (7 * DAY_MS)) + 1;
}
