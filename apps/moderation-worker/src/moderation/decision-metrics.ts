import { Counter } from 'prom-client';

/** Decisions by outcome and the rules behind them, on /metrics. */
export const decisionMetrics = {
  decisions: new Counter({
    name: 'parley_decisions_total',
    help: 'Moderation decisions made by this worker, by outcome',
    labelNames: ['outcome'] as const,
  }),
  reasons: new Counter({
    name: 'parley_decision_reasons_total',
    help: 'Reasons given in decisions, by rule and category (shadow: rules recorded without acting)',
    labelNames: ['rule', 'category', 'shadow'] as const,
  }),
};
