import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/core/day.js';
import { DeadlineError } from '../../src/core/errors.js';
import { parseBeforeList, resolveScheduleOptions, resolveScheduleRule } from '../../src/cli/schedule-options.js';

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

describe('resolveScheduleRule', () => {
  it.each([
    ['written-statement', 70, ['draft-action-plan', 'publish-report'], 'the default: both shorter Ofsted periods beside it'],
    ['publish-report', 30, ['draft-action-plan'], 'the draft plan falls before the published report'],
    ['draft-action-plan', 20, [], 'nothing shorter'],
    ['foi', 20, [], 'not an Ofsted rule: no Ofsted milestones'],
    ['eir', 20, [], 'not an Ofsted rule'],
  ])('--rule %s counts down %i working days with milestones %j: %s', (rule, days, milestones) => {
    const resolved = resolveScheduleRule(rule);
    expect(resolved.deadlineRule.workingDays).toBe(days);
    expect(resolved.milestoneRules.map((m) => m.id)).toEqual(milestones);
  });
});

describe('resolveScheduleOptions', () => {
  it('defaults today to England\'s today and leaves the schedule default', () => {
    const { schedule, today } = resolveScheduleOptions({}, '2015-03-16');
    expect(today).toBe(parseIsoDay('2015-03-16'));
    expect(schedule.deadlineRule.id).toBe('written-statement');
    expect(schedule.milestoneRules?.map((rule) => rule.id)).toEqual(['draft-action-plan', 'publish-report']);
    expect([schedule.before, schedule.every, schedule.title]).toEqual([undefined, undefined, undefined]);
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
    [{ rule: 'nope' }, /unknown --rule "nope"/],
    [{ rule: 'sar' }, /--rule sar is not counted in working days after receipt/],
    [{ rule: 'agenda' }, /--rule agenda is not counted/],
  ])('rejects %j', (raw, message) => {
    expect(() => resolveScheduleOptions(raw, '2015-03-16')).toThrow(message);
  });
});
