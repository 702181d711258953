import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { resolveIndex } from '../../src/calendar/resolve.js';
import { parseIsoDay } from '../../src/core/day.js';
import { ofstedDeadlines } from '../../src/core/deadline.js';
import { explainDays } from '../../src/core/explain.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('explainDays: the audit trail', () => {
  const index = builtInIndex('england-and-wales');
  const result = ofstedDeadlines(index, day('2014-12-10'));
  const trail = explainDays(index, day('2014-12-11'), day(result.deadline), { counting: 'working-days' });

  it('lists every day from the day after receipt to the deadline', () => {
    expect(trail).toHaveLength(result.calendarDays);
    expect(trail[0]!.date).toBe('2014-12-11');
    expect(trail.at(-1)!.date).toBe('2015-03-23');
  });

  it('numbers the counted days 1 to 70, the last on the deadline', () => {
    const counted = trail.filter((d) => d.counted);
    expect(counted.map((d) => d.dayNumber)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    expect(trail.at(-1)).toMatchObject({ counted: true, dayNumber: 70, reason: null });
  });

  it.each([
    ['2014-12-13', 'Saturday'],
    ['2014-12-14', 'Sunday'],
    ['2014-12-25', 'Christmas Day (built-in data)'],
    ['2015-01-01', "New Year's Day (built-in data)"],
  ])('skips %s: %s', (date, reason) => {
    expect(trail.find((d) => d.date === date)).toMatchObject({ counted: false, dayNumber: null, reason });
  });

  it('names an extra holiday’s source', () => {
    const withExtra = resolveIndex('england-and-wales', {
      extraHolidays: [{ date: '2014-12-24', name: 'Council closure', source: 'extra-holiday' }],
    });
    const days = explainDays(withExtra, day('2014-12-22'), day('2014-12-24'), { counting: 'working-days' });
    expect(days.map((d) => d.reason)).toEqual([null, null, 'Council closure (extra holiday)']);
    expect(days[2]!.holiday?.source).toBe('extra-holiday');
  });

  it('marks the deemed day of receipt as not counted', () => {
    const days = explainDays(index, day('2014-12-14'), day('2014-12-16'), { counting: 'working-days', deemedReceipt: day('2014-12-15') });
    expect(days.map((d) => [d.counted, d.dayNumber, d.reason])).toEqual([
      [false, null, 'Sunday'],
      [false, null, 'deemed day of receipt (not counted)'],
      [true, 1, null],
    ]);
  });

  it('counts every calendar day of a month, then shows the move past a non-working month end', () => {
    // SAR received Sat 8 Feb 2025: the month ends Sat 8 Mar, so the deadline is Mon 10 Mar.
    const days = explainDays(index, day('2025-02-09'), day('2025-03-10'), { counting: 'calendar-days', periodEnd: day('2025-03-08') });
    expect(days.filter((d) => d.counted)).toHaveLength(28);
    expect(days.at(-3)).toMatchObject({ date: '2025-03-08', counted: true, dayNumber: 28, reason: 'Saturday' });
    expect(days.at(-2)).toMatchObject({ date: '2025-03-09', counted: false, reason: expect.stringMatching(/^Sunday: the period's end/) });
    expect(days.at(-1)).toMatchObject({ date: '2025-03-10', counted: false, reason: expect.stringMatching(/the deadline$/) });
  });
});
