import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { computeDeadline } from '../../src/core/deadline.js';
import { DeadlineError } from '../../src/core/errors.js';
import { RULES } from '../../src/core/rules.js';
import { buildSchedule } from '../../src/core/schedule.js';
import { isoOfDayNumber as iso } from '../helpers/errors.js';
import { day, entriesOf, scheduleOf } from '../helpers/schedule.js';
import { refAdd, refCount, refDay, refIsWorkingDay } from '../helpers/reference-working-days.js';

const index = builtInIndex('england-and-wales');

describe('buildSchedule: the default Ofsted schedule', () => {
  const schedule = scheduleOf('2014-12-10');
  const entries = entriesOf(schedule);

  it.each([
    // [id, date, working day, left, why]
    ['draft-action-plan', '2015-01-12', 20, 50, 'Ofsted practice: 20 working days; Christmas, Boxing Day and New Year skipped'],
    ['publish-report', '2015-01-26', 30, 40, 'SI 2007/462 reg 2: 30 working days'],
    ['reminder-20', '2015-02-23', 50, 20, '20 working days before the deadline'],
    ['reminder-10', '2015-03-09', 60, 10, '10 before'],
    ['reminder-5', '2015-03-16', 65, 5, '5 before'],
    ['reminder-2', '2015-03-19', 68, 2, '2 before'],
    ['reminder-1', '2015-03-20', 69, 1, '1 before: the Friday before a Monday deadline'],
    ['written-statement', '2015-03-23', 70, 0, 'the deadline itself: 70 working days'],
  ])('%s falls on %s (day %i, %i left): %s', (id, date, workingDay, left) => {
    const entry = entries.find((e) => e.id === id);
    expect(entry).toMatchObject({ date, workingDay, workingDaysBeforeDeadline: left });
  });

  it('has exactly those eight entries, in date order, the deadline last', () => {
    expect(entries.map((e) => e.id)).toEqual([
      'draft-action-plan',
      'publish-report',
      'reminder-20',
      'reminder-10',
      'reminder-5',
      'reminder-2',
      'reminder-1',
      'written-statement',
    ]);
    expect(iso(schedule.result.deadline)).toBe('2015-03-23');
    expect(entries.at(-1)!.kind).toBe('deadline');
  });

  it('says which rule each entry serves and cites it', () => {
    expect(entries.filter((e) => e.kind === 'reminder').map((e) => e.rule)).toEqual(Array(5).fill('written-statement'));
    expect(entries.find((e) => e.id === 'publish-report')!.citation).toBe('SI 2007/462 reg 2');
  });
});

describe('buildSchedule: options', () => {
  it('--before replaces the default reminders, largest first, duplicates once', () => {
    const schedule = scheduleOf('2014-12-10', { before: [1, 15, 10, 5, 10] });
    expect(schedule.entries.filter((e) => e.kind === 'reminder').map((e) => e.workingDaysBeforeDeadline)).toEqual([15, 10, 5, 1]);
  });

  it('--every adds a check-in on day 1, 1+N, … before the deadline', () => {
    const schedule = scheduleOf('2014-12-10', { every: 25 });
    expect(entriesOf(schedule).filter((e) => e.kind === 'check-in').map((e) => [e.workingDay, e.date])).toEqual([
      [1, '2014-12-11'],
      [26, '2015-01-20'],
      [51, '2015-02-24'],
    ]);
  });

  it('--title prefixes every label and never changes an id', () => {
    const plain = entriesOf(scheduleOf('2014-12-10'));
    const titled = entriesOf(scheduleOf('2014-12-10', { title: 'Children’s services: written statement' }));
    expect(titled.map((e) => e.label)).toEqual(plain.map((e) => `Children’s services: written statement: ${e.label}`));
    expect(titled.map((e) => e.id)).toEqual(plain.map((e) => e.id));
  });

  it('counts down to a one-off period with the milestones due by then (--days)', () => {
    // Wed 10 Dec 2014 + 45 working days: Mon 16 Feb 2015 (worked by hand in tests/core/deadline.test.ts).
    const schedule = scheduleOf('2014-12-10', { workingDays: 45, before: [5] });
    expect(iso(schedule.result.deadline)).toBe('2015-02-16');
    // By hand: February 2015 has no holidays, so day 40 is Mon 9 Feb and day 45 Mon 16 Feb.
    expect(entriesOf(schedule).map((e) => [e.kind, e.id, e.workingDay, e.date, e.workingDaysBeforeDeadline])).toEqual([
      ['milestone', 'draft-action-plan', 20, '2015-01-12', 25],
      ['milestone', 'publish-report', 30, '2015-01-26', 15],
      ['reminder', 'reminder-5', 40, '2015-02-09', 5],
      ['deadline', 'custom', 45, '2015-02-16', 0],
    ]);
  });

  it('counts down to another working-day rule (--rule foi) on its own calendar, with no Ofsted milestones', () => {
    // Thu 31 Jul 2025 FOI: 20 working days, with Scotland's 4 Aug and England's 25 Aug → Mon 1 Sep.
    const schedule = scheduleOf('2025-07-31', { rule: 'foi', before: [1] });
    expect(entriesOf(schedule).map((e) => [e.id, e.date])).toEqual([
      ['reminder-1', '2025-08-29'],
      ['foi', '2025-09-01'],
    ]);
  });

  it('refuses a rule that is not counted in working days after receipt', () => {
    const sar = computeDeadline(index, { rule: RULES.sar, event: day('2025-02-08') });
    expect(() => buildSchedule(index, sar)).toThrow(/sar rule is not counted in working days/);
  });

  it.each([
    [[0], 'zero would be the deadline itself'],
    [[70], 'the day of receipt, which never counts'],
    [[100], 'before the receipt'],
    [[2.5], 'not a whole number'],
  ])('rejects --before %j: %s', (before) => {
    expect(() => scheduleOf('2014-12-10', { before })).toThrow(DeadlineError);
  });

  it('rejects --every 0', () => {
    expect(() => scheduleOf('2014-12-10', { every: 0 })).toThrow(/check-in interval 0/);
  });
});

describe('buildSchedule: properties', () => {
  const receipts = fc.integer({ min: refDay('1995-01-01'), max: refDay('2150-12-31') });
  const befores = fc.uniqueArray(fc.integer({ min: 1, max: 69 }), { maxLength: 8 });

  // Checked against tests/helpers/reference-working-days.ts (the fixture and the statutory rules,
  // walked a day at a time), not against the index the schedule is built on.
  it('every entry is a working day after receipt, in date order, with a consistent countdown', () => {
    fc.assert(
      fc.property(receipts, befores, fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }), (receipt, before, every) => {
        const result = computeDeadline(index, { rule: RULES['written-statement'], event: receipt });
        const schedule = buildSchedule(index, result, { before, ...(every === undefined ? {} : { every }) });
        const deadline = result.deadline;
        // Checked against the day-by-day reference, not the index under test.
        expect(deadline).toBe(refAdd(receipt, 70));
        let previous = receipt;
        for (const entry of schedule.entries) {
          const date = entry.date;
          expect(refIsWorkingDay(date)).toBe(true);
          expect(date).toBeGreaterThanOrEqual(previous);
          expect(refCount(receipt, date)).toBe(entry.workingDay);
          expect(refCount(date, deadline)).toBe(entry.workingDaysBeforeDeadline);
          previous = date;
        }
        expect(new Set(schedule.entries.map((e) => e.id)).size).toBe(schedule.entries.length);
      }),
      { numRuns: 300 },
    );
  });
});
