import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { parseIsoDay } from '../../src/core/day.js';
import { DeadlineError } from '../../src/core/errors.js';
import { buildSchedule } from '../../src/core/schedule.js';
import { customRule } from '../../src/core/rules.js';
import { refAdd, refCount, refDay, refIsWorkingDay } from '../helpers/reference-working-days.js';

const index = builtInIndex('england-and-wales');
const day = (iso: string) => parseIsoDay(iso)!;

describe('buildSchedule: the default Ofsted schedule', () => {
  const schedule = buildSchedule(index, day('2014-12-10'));

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
    const entry = schedule.entries.find((e) => e.id === id);
    expect(entry).toMatchObject({ date, workingDay, workingDaysBeforeDeadline: left });
  });

  it('has exactly those eight entries, in date order, the deadline last', () => {
    expect(schedule.entries.map((e) => e.id)).toEqual([
      'draft-action-plan',
      'publish-report',
      'reminder-20',
      'reminder-10',
      'reminder-5',
      'reminder-2',
      'reminder-1',
      'written-statement',
    ]);
    expect(schedule.deadline).toBe('2015-03-23');
    expect(schedule.entries.at(-1)!.kind).toBe('deadline');
  });

  it('says which rule each entry serves and cites it', () => {
    expect(schedule.entries.filter((e) => e.kind === 'reminder').every((e) => e.rule === 'written-statement')).toBe(true);
    expect(schedule.entries.find((e) => e.id === 'publish-report')!.citation).toBe('SI 2007/462 reg 2');
  });
});

describe('buildSchedule: options', () => {
  it('--before replaces the default reminders, largest first, duplicates once', () => {
    const schedule = buildSchedule(index, day('2014-12-10'), { before: [1, 15, 10, 5, 10] });
    expect(schedule.entries.filter((e) => e.kind === 'reminder').map((e) => e.workingDaysBeforeDeadline)).toEqual([15, 10, 5, 1]);
  });

  it('--every adds a check-in on day 1, 1+N, … before the deadline', () => {
    const schedule = buildSchedule(index, day('2014-12-10'), { every: 25 });
    expect(schedule.entries.filter((e) => e.kind === 'check-in').map((e) => [e.workingDay, e.date])).toEqual([
      [1, '2014-12-11'],
      [26, '2015-01-20'],
      [51, '2015-02-24'],
    ]);
  });

  it('--title prefixes every label and never changes an id', () => {
    const plain = buildSchedule(index, day('2014-12-10'));
    const titled = buildSchedule(index, day('2014-12-10'), { title: 'Plymouth: written statement' });
    expect(titled.entries.map((e) => e.label)).toEqual(plain.entries.map((e) => `Plymouth: written statement: ${e.label}`));
    expect(titled.entries.map((e) => e.id)).toEqual(plain.entries.map((e) => e.id));
  });

  it('counts down to another rule when one is passed (the hook for --rule)', () => {
    // By hand: day 20 after Wed 10 Dec 2014 is Mon 12 Jan 2015 (25, 26 Dec and 1 Jan skipped);
    // February 2015 has no holidays, so day 40 is Mon 9 Feb and day 45 Mon 16 Feb.
    const schedule = buildSchedule(index, day('2014-12-10'), { deadlineRule: customRule(45), milestoneRules: [], before: [5] });
    expect(schedule.deadline).toBe('2015-02-16');
    expect(schedule.entries.map((e) => [e.kind, e.workingDay, e.date, e.workingDaysBeforeDeadline])).toEqual([
      ['reminder', 40, '2015-02-09', 5],
      ['deadline', 45, '2015-02-16', 0],
    ]);
  });

  it.each([
    [[0], 'zero would be the deadline itself'],
    [[70], 'the day of receipt, which never counts'],
    [[100], 'before the receipt'],
    [[2.5], 'not a whole number'],
  ])('rejects --before %j: %s', (before) => {
    expect(() => buildSchedule(index, day('2014-12-10'), { before })).toThrow(DeadlineError);
  });

  it('rejects --every 0', () => {
    expect(() => buildSchedule(index, day('2014-12-10'), { every: 0 })).toThrow(/--every/);
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
        const schedule = buildSchedule(index, receipt, { before, ...(every === undefined ? {} : { every }) });
        const deadline = refDay(schedule.deadline);
        expect(deadline).toBe(refAdd(receipt, 70));
        let previous = receipt;
        for (const entry of schedule.entries) {
          const date = refDay(entry.date);
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
