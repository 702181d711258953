/**
 * A schedule the way the old tests read one: ISO dates, rule ids and labels as strings, built
 * through the one deadline model (computeDeadline, then buildSchedule), as the commands build it.
 */
import { builtInIndex } from '../../src/calendar/built-in.js';
import { parseIsoDay } from '../../src/core/day.js';
import { computeDeadline } from '../../src/core/deadline.js';
import { RULES, type RuleId } from '../../src/core/rules.js';
import { type Schedule, type ScheduleOptions, buildSchedule } from '../../src/core/schedule.js';
import type { WorkingDayIndex } from '../../src/core/working-days.js';
import { entryLabel } from '../../src/output/schedule-words.js';
import { isoOfDayNumber as iso } from './errors.js';

export interface ScheduleRequest extends ScheduleOptions {
  readonly rule?: RuleId;
  readonly workingDays?: number;
  readonly index?: WorkingDayIndex;
}

export function day(text: string): number {
  const parsed = parseIsoDay(text);
  if (parsed === undefined) throw new Error(`bad test date ${text}`);
  return parsed;
}

/** The schedule the commands build for a receipt date. */
export function scheduleOf(receipt: string, request: ScheduleRequest = {}): Schedule {
  const rule = RULES[request.rule ?? 'written-statement'];
  const index = request.index ?? builtInIndex(rule.calendar);
  const result = computeDeadline(index, { rule, event: day(receipt), ...(request.workingDays === undefined ? {} : { workingDays: request.workingDays }) });
  return buildSchedule(index, result, request);
}

/** Its entries with ISO dates, rule ids and labels. */
export function entriesOf(schedule: Schedule) {
  return schedule.entries.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    date: iso(entry.date),
    workingDay: entry.workingDay,
    workingDaysBeforeDeadline: entry.workingDaysBeforeDeadline,
    rule: entry.rule.id,
    citation: entry.rule.citation,
    label: entryLabel(schedule, entry),
  }));
}
