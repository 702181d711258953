/**
 * Calendar days with no time and no zone.
 *
 * A day travels through the core as a day number (days since 1970-01-01) and leaves it as an ISO
 * `YYYY-MM-DD` string. Nothing here touches `Date`, so no result can depend on the machine's time
 * zone or locale. The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** Days since 1970-01-01 (day 0 was a Thursday). */
export type DayNumber = number;

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** True when year-month-day names a day that exists in the proleptic Gregorian calendar. */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * @example
 * dayNumberFromCivil(1970, 1, 1) //=> 0
 * dayNumberFromCivil(2014, 12, 10) //=> 16414
 */
export function dayNumberFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function civilFromDayNumber(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekdayIndex(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function weekdayName(dayNumber: DayNumber): WeekdayName {
  return WEEKDAY_NAMES[weekdayIndex(dayNumber)]!;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  return weekdayIndex(dayNumber) >= 5;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * @example
 * formatIsoDay(16414) //=> '2014-12-10'
 */
export function formatIsoDay(dayNumber: DayNumber): IsoDay {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The value of the ASCII digit at `index`, or -1 when it is not one. */
function digitAt(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

/**
 * Strict `YYYY-MM-DD` to a day number; `undefined` when the text is not exactly that or the day
 * does not exist (2015-02-29).
 *
 * @example
 * parseIsoDay('2014-12-10') //=> 16414
 * parseIsoDay('2015-02-29') //=> undefined
 */
export function parseIsoDay(text: string): DayNumber | undefined {
  return text.length === 10 ? parseIsoDayAt(text, 0) : undefined;
}

/**
 * `parseIsoDay` for the ten characters of `text` from `start`, so a caller scanning a large text
 * (batch input) need not cut out a string per line.
 *
 * Hand-written rather than a regular expression: it runs for every holiday when an index is built
 * and for every line of `batch`, and a cold regular expression costs milliseconds at start-up.
 *
 * @example
 * parseIsoDayAt('received 2014-12-10', 9) //=> 16414
 */
export function parseIsoDayAt(text: string, start: number): DayNumber | undefined {
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return undefined;
  const y1 = digitAt(text, start);
  const y2 = digitAt(text, start + 1);
  const y3 = digitAt(text, start + 2);
  const y4 = digitAt(text, start + 3);
  const m1 = digitAt(text, start + 5);
  const m2 = digitAt(text, start + 6);
  const d1 = digitAt(text, start + 8);
  const d2 = digitAt(text, start + 9);
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return undefined;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return isValidCivilDate(year, month, day) ? dayNumberFromCivil(year, month, day) : undefined;
}

/** The year a day number falls in. */
export function yearOf(dayNumber: DayNumber): number {
  return civilFromDayNumber(dayNumber).year;
}

/**
 * A readable day for people: `Wed 10 Dec 2014`.
 * Fixed English names so output never depends on the machine's locale.
 */
export function formatHumanDay(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${weekdayName(dayNumber).slice(0, 3)} ${day} ${MONTH_NAMES[month - 1]!.slice(0, 3)} ${year}`;
}
