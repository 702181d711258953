import { type DayNumber, civilFromDayNumber, dayNumberFromCivil, daysInMonth } from './day.js';

/**
 * The day `months` calendar months after a day: the corresponding date, or the last day of the
 * target month when it has none (31 January + 1 month = 28 or 29 February). This is how a period
 * of "one month" ends (UK GDPR Art 12(3), ICO guidance since August 2019).
 *
 * @example
 * formatIsoDay(addCalendarMonths(parseIsoDay('2023-01-31')!, 1)) //=> '2023-02-28'
 * formatIsoDay(addCalendarMonths(parseIsoDay('2024-01-31')!, 1)) //=> '2024-02-29'
 */
export function addCalendarMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dayOfMonth } = civilFromDayNumber(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayNumberFromCivil(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}
