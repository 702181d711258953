import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/core/day.js';
import { DeadlineError } from '../../src/core/errors.js';
import { resolveDeadlineOptions } from '../../src/cli/deadline-options.js';
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

describe('resolveDeadlineOptions: the same --rule, --days and --receipt-convention on every deadline command', () => {
  it.each([
    [{}, 'written-statement', 70, undefined, 'ordinary', 'the default'],
    [{ rule: 'publish-report' }, 'publish-report', 30, undefined, 'ordinary', 'another Ofsted rule'],
    [{ rule: 'foi', days: '10' }, 'foi', 20, 10, 'ordinary', 'a one-off period on any working-day rule'],
    [{ receiptConvention: 'deemed-next-working-day' }, 'written-statement', 70, undefined, 'deemed-next-working-day', 'the deemed convention'],
  ] as const)('%j → %s (%i), days %s, %s: %s', (raw, rule, amount, days, convention, _why) => {
    const choice = resolveDeadlineOptions(raw);
    expect([choice.rule.id, choice.rule.amount, choice.workingDays, choice.receiptConvention]).toEqual([rule, amount, days, convention]);
  });

  it.each([
    [{ rule: 'nope' }, /unknown --rule "nope"/],
    [{ rule: 'sar', days: '5' }, /--days replaces a period counted in working days; the sar rule counts calendar months/],
    [{ days: '0' }, /invalid --days "0"/],
    [{ receiptConvention: 'whenever' }, /invalid --receipt-convention "whenever"/],
  ])('rejects %j', (raw, message) => {
    expect(() => resolveDeadlineOptions(raw)).toThrow(message);
  });
});

describe('resolveScheduleOptions', () => {
  it('defaults today to England\'s today and leaves the schedule default', () => {
    const { schedule, today } = resolveScheduleOptions({}, '2015-03-16');
    expect(today).toBe(parseIsoDay('2015-03-16'));
    expect([schedule.before, schedule.every, schedule.title]).toEqual([undefined, undefined, undefined]);
  });

  it('reads --today (a common option) in either date format, in every command', async () => {
    const { runInProcess } = await import('../helpers/run-in-process.js');
    for (const today of ['16/03/2015', '2015-03-16']) {
      const status = JSON.parse((await runInProcess(['status', '2014-12-10', '--today', today, '--json'])).stdout) as { today: string };
      expect(status.today).toBe('2015-03-16');
      const isWorkingDay = JSON.parse((await runInProcess(['is-working-day', 'today', '--today', today, '--json'])).stdout) as { date: string };
      expect(isWorkingDay.date).toBe('2015-03-16');
    }
    const bad = await runInProcess(['status', '2014-12-10', '--today', '2015-02-29']);
    expect([bad.exitCode, bad.stderr]).toEqual([2, expect.stringMatching(/--today date "2015-02-29": February 2015 has no day 29/)]);
  });

  it('keeps a title with every character but turns CRLF and CR into LF', () => {
    expect(resolveScheduleOptions({ title: '=a,b;"c"\r\nd\re' }, '2015-03-16').schedule.title).toBe('=a,b;"c"\nd\ne');
  });

  it.each([
    [{ title: '  ' }, /--title/],
    [{ every: '0' }, /--every/],
    [{ before: '5,x' }, /--before/],
  ])('rejects %j', (raw, message) => {
    expect(() => resolveScheduleOptions(raw, '2015-03-16')).toThrow(message);
  });
});
