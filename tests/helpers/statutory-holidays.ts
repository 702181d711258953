/**
 * An independent model of the England and Wales bank holidays, written for the tests from the law
 * alone (../fixtures/README.md, statute.md): the Banking and Financial Dealings Act 1971 Schedule 1,
 * the yearly proclamations of New Year's Day and the early May holiday, the common-law Christmas
 * Day and Good Friday, and the one-off proclaimed moves. It shares no code with src/: dates are
 * done with `Date.UTC` (zone-free) and Easter with the anonymous Gregorian algorithm.
 */

/** A weekday holiday the rules predict, with a word its name must contain. */
export interface ExpectedHoliday {
  readonly date: string;
  readonly keyword: string;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** `YYYY-MM-DD` of a (possibly overflowing) year/month/day, e.g. (2015, 3, 32) → 2015-04-01. */
export function isoOf(year: number, month: number, day: number): string {
  return utc(year, month, day).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(year: number, month: number, day: number): number {
  return utc(year, month, day).getUTCDay();
}

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * @example easterSunday(2014) //=> { month: 4, day: 20 }
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function firstMonday(year: number, month: number): number {
  for (let day = 1; ; day++) if (dayOfWeek(year, month, day) === 1) return day;
}

function lastMonday(year: number, month: number): number {
  const last = utc(year, month + 1, 0).getUTCDate();
  for (let day = last; ; day--) if (dayOfWeek(year, month, day) === 1) return day;
}

/**
 * Proclaimed moves and extra days (statute.md, "Proclaimed moves and extra days"): the only years
 * where the holidays differ from the standing rules.
 */
export const PROCLAIMED_CHANGES: Readonly<Record<number, { readonly remove: readonly string[]; readonly add: readonly ExpectedHoliday[] }>> = {
  1995: { remove: ['1995-05-01'], add: [{ date: '1995-05-08', keyword: 'early may' }] },
  1999: { remove: [], add: [{ date: '1999-12-31', keyword: 'millennium' }] },
  2002: {
    remove: ['2002-05-27'],
    add: [
      { date: '2002-06-03', keyword: 'jubilee' },
      { date: '2002-06-04', keyword: 'spring' },
    ],
  },
  2011: { remove: [], add: [{ date: '2011-04-29', keyword: 'wedding' }] },
  2012: {
    remove: ['2012-05-28'],
    add: [
      { date: '2012-06-04', keyword: 'spring' },
      { date: '2012-06-05', keyword: 'jubilee' },
    ],
  },
  2020: { remove: ['2020-05-04'], add: [{ date: '2020-05-08', keyword: 'early may' }] },
  2022: {
    remove: ['2022-05-30'],
    add: [
      { date: '2022-06-02', keyword: 'spring' },
      { date: '2022-06-03', keyword: 'jubilee' },
      { date: '2022-09-19', keyword: 'funeral' },
    ],
  },
  2023: { remove: [], add: [{ date: '2023-05-08', keyword: 'coronation' }] },
};

/** The holidays the standing rules give for a year, before any one-off proclamation. */
export function standingRuleHolidays(year: number): ExpectedHoliday[] {
  const holidays: ExpectedHoliday[] = [];
  // New Year's Day, by proclamation; on a weekend the following Monday.
  const newYear = dayOfWeek(year, 1, 1);
  holidays.push({ date: isoOf(year, 1, newYear === 6 ? 3 : newYear === 0 ? 2 : 1), keyword: 'new year' });
  // Good Friday (common law) and Easter Monday (1971 Act Sch 1).
  const easter = easterSunday(year);
  holidays.push({ date: isoOf(year, easter.month, easter.day - 2), keyword: 'good friday' });
  holidays.push({ date: isoOf(year, easter.month, easter.day + 1), keyword: 'easter monday' });
  // First Monday in May (proclamation); last Mondays in May and August (1971 Act Sch 1).
  holidays.push({ date: isoOf(year, 5, firstMonday(year, 5)), keyword: 'early may' });
  holidays.push({ date: isoOf(year, 5, lastMonday(year, 5)), keyword: 'spring' });
  holidays.push({ date: isoOf(year, 8, lastMonday(year, 8)), keyword: 'summer' });
  // Christmas Day (common law) and 26 December (Sch 1), with the substitute days of statute.md:
  // 25th a Saturday → Mon 27 and Tue 28; a Sunday → Mon 26 and Tue 27; a Friday → Fri 25 and Mon 28.
  switch (dayOfWeek(year, 12, 25)) {
    case 5:
      holidays.push({ date: isoOf(year, 12, 25), keyword: 'christmas' }, { date: isoOf(year, 12, 28), keyword: 'boxing' });
      break;
    case 6:
      holidays.push({ date: isoOf(year, 12, 27), keyword: 'christmas' }, { date: isoOf(year, 12, 28), keyword: 'boxing' });
      break;
    case 0:
      holidays.push({ date: isoOf(year, 12, 26), keyword: 'boxing' }, { date: isoOf(year, 12, 27), keyword: 'christmas' });
      break;
    default:
      holidays.push({ date: isoOf(year, 12, 25), keyword: 'christmas' }, { date: isoOf(year, 12, 26), keyword: 'boxing' });
  }
  return holidays;
}

/** The weekday bank holidays of a year: standing rules plus proclaimed changes, in date order. */
export function expectedHolidays(year: number): ExpectedHoliday[] {
  const change = PROCLAIMED_CHANGES[year];
  const removed = new Set(change?.remove ?? []);
  return [...standingRuleHolidays(year).filter((h) => !removed.has(h.date)), ...(change?.add ?? [])].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}
