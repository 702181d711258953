import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { resolveIndex } from '../../src/calendar/resolve.js';
import { parseIsoDay } from '../../src/core/day.js';
import { computeDeadline } from '../../src/core/deadline.js';
import { explainDeadline } from '../../src/core/explain.js';
import { RULES } from '../../src/core/rules.js';
import { explainedReason } from '../../src/output/explain.js';
import { isoOfDayNumber as iso } from '../helpers/errors.js';

const day = (text: string) => parseIsoDay(text)!;
/** A trail as the JSON shows it: ISO date, counted, day number, reason in words. */
const view = (days: ReturnType<typeof explainDeadline>) =>
  days.map((d) => ({ date: iso(d.day), counted: d.counted, dayNumber: d.dayNumber, reason: explainedReason(d) }));

describe('explainDeadline: the audit trail', () => {
  const index = builtInIndex('england-and-wales');
  const result = computeDeadline(index, { rule: RULES['written-statement'], event: day('2014-12-10') });
  const trail = view(explainDeadline(index, result));

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
    // Mon 22 Dec 2014 + 2 working days: Tue 23 counts, Wed 24 is the closure, then Christmas → Mon 29.
    const closed = computeDeadline(withExtra, { rule: RULES['written-statement'], event: day('2014-12-22'), workingDays: 2 });
    expect(view(explainDeadline(withExtra, closed)).slice(0, 2).map((d) => d.reason)).toEqual([null, 'Council closure (extra holiday)']);
    expect(closed.warnings).toContainEqual({ code: 'extra-holidays', days: [day('2014-12-24')] });
  });

  it('marks the deemed day of receipt as not counted', () => {
    const deemed = computeDeadline(index, { rule: RULES['written-statement'], event: day('2014-12-13'), receiptConvention: 'deemed-next-working-day' });
    expect(view(explainDeadline(index, deemed)).slice(0, 3).map((d) => [d.counted, d.dayNumber, d.reason])).toEqual([
      [false, null, 'Sunday'],
      [false, null, 'deemed day of receipt (not counted)'],
      [true, 1, null],
    ]);
  });

  it('counts every calendar day of a month, then shows the move past a non-working month end', () => {
    // SAR received Sat 8 Feb 2025: the month ends Sat 8 Mar, so the deadline is Mon 10 Mar.
    const sar = computeDeadline(index, { rule: RULES.sar, event: day('2025-02-08') });
    const days = view(explainDeadline(index, sar));
    expect(days.filter((d) => d.counted)).toHaveLength(28);
    expect(days.at(-3)).toMatchObject({ date: '2025-03-08', counted: true, dayNumber: 28, reason: 'Saturday' });
    expect(days.at(-2)).toMatchObject({ date: '2025-03-09', counted: false, reason: expect.stringMatching(/^Sunday: the period's end/) });
    expect(days.at(-1)).toMatchObject({ date: '2025-03-10', counted: false, reason: expect.stringMatching(/the deadline$/) });
  });

  it('numbers the clear days between an agenda\'s publication and its meeting', () => {
    // Meeting Tue 13 Jan 2015, publish by Mon 5 Jan: clear days Tue 6 – Mon 12 Jan, the weekend skipped.
    const agenda = computeDeadline(index, { rule: RULES.agenda, event: day('2015-01-13') });
    const days = view(explainDeadline(index, agenda));
    expect(days.map((d) => [d.date, d.dayNumber])).toEqual([
      ['2015-01-06', 1],
      ['2015-01-07', 2],
      ['2015-01-08', 3],
      ['2015-01-09', 4],
      ['2015-01-10', null],
      ['2015-01-11', null],
      ['2015-01-12', 5],
    ]);
  });
});
