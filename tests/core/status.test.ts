import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { parseIsoDay } from '../../src/core/day.js';
import { scheduleStatus } from '../../src/core/status.js';
import { statusExitCode } from '../../src/cli/commands/status.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { isoOfDayNumber as iso } from '../helpers/errors.js';
import { scheduleOf } from '../helpers/schedule.js';

const index = builtInIndex('england-and-wales');
const schedule = scheduleOf('2014-12-10');

describe('scheduleStatus for a report received Wed 10 Dec 2014 (deadline Mon 23 Mar 2015)', () => {
  it.each<[string, number, number, string | null, string[], boolean, ExitCode, string]>([
    // [today, elapsed, remaining, next milestone, due today, overdue, exit code, why]
    ['2014-12-10', 0, 70, 'draft-action-plan', [], false, ExitCode.Ok, 'the day of receipt: nothing has elapsed'],
    ['2014-12-11', 1, 69, 'draft-action-plan', [], false, ExitCode.Ok, 'day 1'],
    ['2014-12-25', 10, 60, 'draft-action-plan', [], false, ExitCode.Ok, 'Christmas Day does not count'],
    ['2015-01-12', 20, 50, 'publish-report', ['draft-action-plan'], false, ExitCode.DueToday, 'the draft action plan is due'],
    ['2015-03-16', 65, 5, 'written-statement', ['reminder-5'], false, ExitCode.DueToday, 'a reminder falls due'],
    ['2015-03-21', 69, 1, 'written-statement', [], false, ExitCode.Ok, 'a Saturday: no reminder falls on it'],
    ['2015-03-23', 70, 0, null, ['written-statement'], false, ExitCode.DueToday, 'the deadline day: 0 left, still in time'],
    ['2015-03-24', 71, -1, null, [], true, ExitCode.DeadlinePassed, 'the day after: overdue'],
    ['2015-04-06', 78, -8, null, [], true, ExitCode.DeadlinePassed, 'Good Friday 3 Apr and Easter Monday 6 Apr 2015 do not count'],
  ])('on %s: %i elapsed, %i remaining, next %s', (today, elapsed, remaining, next, due, overdue, exitCode, why) => {
    const status = scheduleStatus(index, schedule, parseIsoDay(today)!);
    expect(status.workingDaysElapsed, why).toBe(elapsed);
    expect(status.workingDaysRemaining).toBe(remaining);
    expect(status.nextMilestone?.id ?? null).toBe(next);
    expect(status.dueToday.map((e) => e.id)).toEqual(due);
    expect(status.overdue).toBe(overdue);
    expect(statusExitCode(status)).toBe(exitCode);
  });

  it('counts a weekend after a Friday deadline as overdue though no working day has passed', () => {
    const friday = scheduleOf('2014-12-10', { workingDays: 69 });
    expect(iso(friday.result.deadline)).toBe('2015-03-20');
    const status = scheduleStatus(index, friday, parseIsoDay('2015-03-21')!);
    expect([status.workingDaysRemaining, status.overdue]).toEqual([0, true]);
  });

  it('exits 0, 3 (due today) or 4 (deadline passed): the documented numbers, neither 1 (not a working day) nor 2 (bad input)', () => {
    // The numbers themselves, as --help, the README and examples/github-actions-ofsted-reminder.yml
    // give them: scripts test for 3 and 4, so renumbering is a breaking change.
    const exitCodeOn = (today: string) => statusExitCode(scheduleStatus(index, schedule, parseIsoDay(today)!));
    expect([exitCodeOn('2015-03-17'), exitCodeOn('2015-03-16'), exitCodeOn('2015-03-24')]).toEqual([0, 3, 4]);
    // A passed deadline outranks anything due the same day.
    expect(statusExitCode({ overdue: true, dueToday: [schedule.entries[0]] })).toBe(4);
    expect([ExitCode.NotAWorkingDay, ExitCode.BadInput]).toEqual([1, 2]);
  });
});
