import { median, monthsOf, reportToCsv } from './transparency-report.service';

describe('transparency report helpers', () => {
  it('median: middle value, mean of the two middle ones, null when empty', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('monthsOf: the calendar months a period touches, clipped to the period', () => {
    const m = monthsOf(new Date('2026-01-20T00:00:00Z'), new Date('2026-03-02T00:00:00Z'));
    expect(m.map((x) => x.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(m[0]!.from.toISOString()).toBe('2026-01-20T00:00:00.000Z');
    expect(m[1]!.to.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(m[2]!.to.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(monthsOf(new Date('2026-05-01T00:00:00Z'), new Date('2026-06-01T00:00:00Z')).map((x) => x.month)).toEqual(['2026-05']);
  });

  it('reportToCsv: one metric,value row per figure, months by name, quoting where needed', () => {
    const csv = reportToCsv({ notices: { received: 2, byType: { 'a,b': 1 }, medianSecondsToAct: null }, activeRecipients: { averageMonthly: 3, months: [{ month: '2026-12', activeRecipients: 3 }] } });
    expect(csv.split('\r\n')).toEqual(['metric,value', 'notices.received,2', '"notices.byType.a,b",1', 'notices.medianSecondsToAct,', 'activeRecipients.averageMonthly,3', 'activeRecipients.months.2026-12.activeRecipients,3', '']);
  });
});
