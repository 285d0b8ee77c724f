import { Counter, Gauge } from 'prom-client';

/** Which rule-set version this replica decides with, and how it learnt of changes. */
export const ruleSetMetrics = {
  activeVersion: new Gauge({ name: 'parley_rule_set_active_version', help: 'Rule-set version this replica decides with' }),
  listenerReady: new Gauge({ name: 'parley_rule_set_listener_ready', help: '1 once this replica has joined its rule-set broadcast group' }),
  checks: new Counter({ name: 'parley_rule_set_checks_total', help: 'Reads of the active rule-set version, by trigger', labelNames: ['source'] as const }),
  switches: new Counter({ name: 'parley_rule_set_switches_total', help: 'Switches to another rule-set version, by trigger', labelNames: ['source'] as const }),
};
