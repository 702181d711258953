import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/core/day.js';
import { DeadlineError } from '../../src/core/errors.js';
import { parseBeforeList, resolveScheduleOptions } from '../../src/cli/schedule-options.js';

describe('parseBeforeList', () => {
  it.each([
    ['15,10,5,1', [15, 10, 5, 1], 'the documented example'],
    [' 5 , 1 ', [5, 1], 'spaces around the numbers'],
    ['20', [20], 'a single reminder'],
  ])('reads %j as %j (%s)', (text, expected) => {
    expect(parseBeforeList(text)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['15,,5', 'an empty item'],
    ['15,ten', 'a word'],
    ['0', 'zero is the deadline itself'],
    ['-5', 'negative'],
    ['1.5', 'a fraction'],
  ])('rejects %j: %s', (text) => {
    expect(() => parseBeforeList(text)).toThrow(DeadlineError);
  });
});

describe('resolveScheduleOptions', () => {
  it('defaults today to England\'s today and leaves the schedule default', () => {
    expect(resolveScheduleOptions({}, '2015-03-16')).toEqual({ schedule: {}, today: parseIsoDay('2015-03-16') });
  });

  it('reads --today in either date format', () => {
    expect(resolveScheduleOptions({ today: '16/03/2015' }, '2026-11-27').today).toBe(parseIsoDay('2015-03-16'));
  });

  it('keeps a title with every character but turns CRLF and CR into LF', () => {
    expect(resolveScheduleOptions({ title: '=a,b;"c"\r\nd\re' }, '2015-03-16').schedule.title).toBe('=a,b;"c"\nd\ne');
  });

  it.each([
    [{ title: '  ' }, /--title/],
    [{ every: '0' }, /--every/],
    [{ today: '2015-02-29' }, /February 2015 has no day 29/],
    [{ before: '5,x' }, /--before/],
  ])('rejects %j', (raw, message) => {
    expect(() => resolveScheduleOptions(raw, '2015-03-16')).toThrow(message);
  });
});
