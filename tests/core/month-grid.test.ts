import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { type GridDay, monthGrids } from '../../src/core/month-grid.js';
import { monthTitle } from '../../src/output/words.js';
import { isoOfDayNumber as iso } from '../helpers/errors.js';
import { scheduleOf } from '../helpers/schedule.js';

const index = builtInIndex('england-and-wales');
const schedule = scheduleOf('2014-12-10');
const grids = monthGrids(index, schedule);
const days = grids.flatMap((g) => g.weeks.flat()).filter((d): d is GridDay => d !== null);
const on = (date: string) => days.find((d) => iso(d.day) === date)!;

describe('monthGrids', () => {
  it('runs from the receipt month to the deadline month', () => {
    expect(grids.map((g) => monthTitle(g.year, g.month))).toEqual(['December 2014', 'January 2015', 'February 2015', 'March 2015']);
  });

  it('lays weeks Monday to Sunday: 1 December 2014 was a Monday, 1 February 2015 a Sunday', () => {
    expect(iso(grids[0]!.weeks[0]![0]!.day)).toBe('2014-12-01');
    expect(grids[2]!.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(iso(grids[2]!.weeks[0]![6]!.day)).toBe('2015-02-01');
    expect(grids.every((g) => g.weeks.every((w) => w.length === 7))).toBe(true);
  });

  it.each<[string, string, number | null, string]>([
    ['2014-12-09', 'outside', null, 'before the receipt'],
    ['2014-12-10', 'receipt', null, 'the day of receipt never counts'],
    ['2014-12-11', 'counted', 1, 'day 1'],
    ['2014-12-13', 'weekend', null, 'a Saturday'],
    ['2014-12-25', 'holiday', null, 'Christmas Day'],
    ['2015-01-12', 'milestone', 20, 'the draft action plan'],
    ['2015-01-26', 'milestone', 30, 'the published report'],
    ['2015-03-23', 'deadline', 70, 'the written statement'],
    ['2015-03-24', 'outside', null, 'after the deadline'],
  ])('%s is %s (working day %s): %s', (date, mark, workingDay, why) => {
    expect(on(date), why).toMatchObject({ mark, workingDay });
  });

  it('numbers exactly the 70 counted working days, 1 to 70', () => {
    const numbered = days.filter((d) => d.workingDay !== null).map((d) => d.workingDay);
    expect(numbered).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });

  it('names the bank holiday on a holiday', () => {
    expect(on('2015-01-01').holiday).toBe("New Year's Day");
  });
});
