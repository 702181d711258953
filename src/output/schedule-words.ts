/** The words of a schedule entry, shared by every schedule renderer (text, JSON, CSV, iCalendar). */
import type { Schedule, ScheduleEntry } from '../core/schedule.js';
import { plural } from './words.js';

/** What the entry asks for, without the matter's title: "Reminder: 5 working days left: ...". */
export function entryWhat(entry: ScheduleEntry, deadlineTitle: string): string {
  switch (entry.kind) {
    case 'milestone':
      return `${entry.rule.title} (${plural(entry.rule.amount, 'working day')})`;
    case 'deadline':
      return `Deadline: ${entry.rule.title} (${plural(entry.rule.amount, 'working day')})`;
    case 'reminder':
      return `Reminder: ${plural(entry.n ?? entry.workingDaysBeforeDeadline, 'working day')} left: ${deadlineTitle}`;
    case 'check-in':
      return `Check-in: working day ${entry.workingDay} of ${entry.rule.amount}: ${deadlineTitle}`;
  }
}

/** The entry's label as data carries it: the matter's title (`--title`), then what to do. */
export function entryLabel(schedule: Schedule, entry: ScheduleEntry): string {
  const what = entryWhat(entry, schedule.result.rule.title);
  return schedule.title === undefined ? what : `${schedule.title}: ${what}`;
}
