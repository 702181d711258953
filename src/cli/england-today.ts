/**
 * England's calendar date at an instant, without the time-zone database: Intl's Europe/London data
 * costs a run ~17 ms to load, more than the rest of `status` together.
 *
 * Summer Time Act 1972 s1(2), as substituted by the Summer Time Order 2002 (SI 2002/262): summer
 * time (GMT + 1 hour) begins at one o'clock GMT in the morning of the last Sunday in March and ends
 * at one o'clock GMT in the morning of the last Sunday in October. A test checks this against the
 * time-zone database over the years the tool answers for.
 */
import { type DayNumber, dayNumberFromCivil, daysInMonth, formatIsoDay, weekdayIndex, yearOf } from '../core/day.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The last Sunday of a month (ISO weekday 6). */
function lastSunday(year: number, month: number): DayNumber {
  const last = dayNumberFromCivil(year, month, daysInMonth(year, month));
  return last - ((weekdayIndex(last) + 1) % 7);
}

/**
 * @example
 * englandDate(Date.UTC(2026, 5, 30, 23, 30)) //=> '2026-07-01' (BST: already 00:30 on 1 July)
 * englandDate(Date.UTC(2026, 11, 31, 23, 30)) //=> '2026-12-31' (GMT)
 */
export function englandDate(epochMs: number): string {
  const year = yearOf(Math.floor(epochMs / DAY));
  const summerStarts = lastSunday(year, 3) * DAY + HOUR;
  const summerEnds = lastSunday(year, 10) * DAY + HOUR;
  const offset = epochMs >= summerStarts && epochMs < summerEnds ? HOUR : 0;
  return formatIsoDay(Math.floor((epochMs + offset) / DAY));
}
