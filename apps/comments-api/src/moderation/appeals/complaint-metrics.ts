import { Histogram } from 'prom-client';

/** Time from receiving a complaint (appeal) to deciding it, on /metrics (DSA Art. 20(4), 24(1)(a)). */
export const complaintMetrics = {
  timeToDecide: new Histogram({
    name: 'parley_complaint_time_to_decide_seconds',
    help: 'Time from receiving a complaint against a moderation decision to deciding it, by subject and outcome',
    labelNames: ['subject', 'outcome'] as const,
    buckets: [60, 600, 3600, 4 * 3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600, 14 * 24 * 3600, 30 * 24 * 3600],
  }),
};
