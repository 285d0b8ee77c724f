import { misuseStatement, nextMisuseStep, readMisusePolicy } from './misuse-policy';
import { readRedressSettings, redressInformation } from './redress';

describe('misuse policy (DSA Art. 23)', () => {
  const policy = readMisusePolicy({ MISUSE_PERIOD_DAYS: '30', MISUSE_SUSPENSION_DAYS: '7', MISUSE_CONTENT_WARN_AT: '2', MISUSE_CONTENT_SUSPEND_AT: '3' });
  const now = new Date('2026-12-05T12:00:00Z');
  const none = { warnedAt: null, suspendedUntil: null };

  it('warns first, then suspends for the configured time', () => {
    expect(nextMisuseStep(policy, 'content', 1, none, now)).toBeNull();
    expect(nextMisuseStep(policy, 'content', 2, none, now)).toEqual({ step: 'warn' });
    // Reaching the suspension threshold without a warning still gives the warning first.
    expect(nextMisuseStep(policy, 'content', 3, none, now)).toEqual({ step: 'warn' });
    const warned = { warnedAt: new Date('2026-12-01T00:00:00Z'), suspendedUntil: null };
    expect(nextMisuseStep(policy, 'content', 2, warned, now)).toBeNull();
    expect(nextMisuseStep(policy, 'content', 3, warned, now)).toEqual({ step: 'suspend', until: new Date('2026-12-12T12:00:00Z') });
  });

  it('does nothing while a suspension runs; a warning older than the period does not count', () => {
    expect(nextMisuseStep(policy, 'content', 5, { warnedAt: now, suspendedUntil: new Date('2026-12-06T00:00:00Z') }, now)).toBeNull();
    expect(nextMisuseStep(policy, 'content', 5, { warnedAt: new Date('2026-10-01T00:00:00Z'), suspendedUntil: new Date('2026-10-08T00:00:00Z') }, now)).toEqual({ step: 'warn' });
  });

  it('uses the notices thresholds for notifiers (defaults 3 and 5)', () => {
    expect(nextMisuseStep(policy, 'notices', 2, none, now)).toBeNull();
    expect(nextMisuseStep(policy, 'notices', 3, none, now)).toEqual({ step: 'warn' });
  });

  it.each([
    [{ MISUSE_PERIOD_DAYS: '0' }, /MISUSE_PERIOD_DAYS/],
    [{ MISUSE_CONTENT_WARN_AT: '3', MISUSE_CONTENT_SUSPEND_AT: '3' }, /MISUSE_CONTENT_SUSPEND_AT must be greater than MISUSE_CONTENT_WARN_AT/],
    [{ MISUSE_NOTICES_SUSPEND_AT: 'x' }, /MISUSE_NOTICES_SUSPEND_AT/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => readMisusePolicy(env)).toThrow(message);
  });

  it('states the facts, the policy, the end date and the redress', () => {
    const s = misuseStatement({ policy, track: 'notices', step: { step: 'suspend', until: new Date('2026-12-12T12:00:00Z') }, count: 5, now, redress: redressInformation(readRedressSettings({})) });
    expect(s).toMatchObject({ legal_basis: 'Art. 23(2) DSA', decision: 'suspension', scope: 'notices', end_date_restriction: '2026-12-12T12:00:00.000Z', marks_in_period: 5 });
    expect(s.decision_facts).toMatch(/5 of your notices or complaints were found to be manifestly unfounded/);
    expect(s.redress.judicialRedress).toMatch(/court/);
  });
});
