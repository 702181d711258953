import type { Holiday, HolidayCalendar, HolidayDifference } from '../core/calendar.js';
import { type DayNumber, dayNumberFromCivil, isWeekend, parseIsoDay, yearOf } from '../core/day.js';

const byDate = (a: { readonly date: string }, b: { readonly date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * A holiday's day number. Every holiday's date was checked where it entered (the generated table,
 * a holidays file, --extra-holiday), so a malformed one here is a bug, not bad input.
 */
function dayOf(holiday: Holiday): DayNumber {
  const day = parseIsoDay(holiday.date);
  if (day === undefined) throw new Error(`holiday with a malformed date: ${holiday.date}`);
  return day;
}

function weekdaysOnly(holidays: readonly Holiday[]): Holiday[] {
  return holidays.filter((holiday) => !isWeekend(dayOf(holiday)));
}

/** Parts of a calendar that an overlay may change; the rest is kept. */
export interface CalendarOverlay {
  /**
   * One division of a user's holidays file. In the years it covers completely (`coveredYears`) it
   * replaces the base calendar's bank holidays, all but Christmas Day and Good Friday; in other
   * years its days are only added.
   */
  readonly file?: { readonly holidays: readonly Holiday[] };
  /** Single days added on top (`--extra-holiday`). */
  readonly extra?: readonly Holiday[];
}

/**
 * Easter Sunday of a Gregorian year, as [month, day] (the anonymous Gregorian algorithm, as in
 * Meeus, Astronomical Algorithms).
 *
 * @example
 * easterSunday(2025) //=> [4, 20]
 */
export function easterSunday(year: number): [month: number, day: number] {
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
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

/**
 * Whether a day is Christmas Day or Good Friday. SI 2007/462 reg 1(2) and FOIA 2000 s10(6) name
 * them beside the bank holidays, so they are non-working days in their own right: no holidays file
 * can make them working days.
 *
 * @example
 * isChristmasOrGoodFriday('2029-12-25') //=> true
 * isChristmasOrGoodFriday('2025-04-18') //=> true (Good Friday 2025)
 */
export function isChristmasOrGoodFriday(date: string): boolean {
  if (date.endsWith('-12-25')) return true;
  const year = Number(date.slice(0, 4));
  const [month, day] = easterSunday(year);
  return parseIsoDay(date) === dayNumberFromCivil(year, month, day) - 2;
}

/**
 * The years a holidays file (one division) covers completely: those in which it lists both ends
 * of the year, New Year's Day or its substitute (a holiday on 1–4 January) and Christmas Day,
 * Boxing Day or a substitute (a holiday on 25–31 December). Every division's year has both, so a
 * year with both is taken as a whole list; a year with only some entries (a stray day, a file
 * that starts in March) is not, and its entries are only added to the built-in ones.
 *
 * @example
 * coveredYears([{ date: '2030-01-01', ... }, { date: '2030-12-25', ... }, { date: '2031-06-02', ... }]) //=> Set { 2030 }
 */
export function coveredYears(holidays: readonly Holiday[]): Set<number> {
  const newYear = new Set<number>();
  const christmas = new Set<number>();
  for (const { date } of holidays) {
    const monthDay = date.slice(5);
    if (monthDay >= '01-01' && monthDay <= '01-04') newYear.add(Number(date.slice(0, 4)));
    if (monthDay >= '12-25' && monthDay <= '12-31') christmas.add(Number(date.slice(0, 4)));
  }
  return new Set([...newYear].filter((year) => christmas.has(year)));
}

/** A holiday's name as compared for `renamed`: case, apostrophes and "(substitute day)" aside. */
function comparableName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s*\(substitute day\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A calendar with a user's data laid over it; a user's data adds to the law, never takes from it.
 *
 * - In a year the holidays file covers completely (`coveredYears`) the file's list replaces the
 *   built-in bank holidays, so a holiday it moves (2012's spring holiday to 4 June) frees the old
 *   day; each built-in holiday it lacks is recorded in `differences` as `removed`. Christmas Day
 *   and Good Friday are kept whatever the file says.
 * - In any other year the file's days are added to the built-in ones: one stray entry cannot
 *   empty a year.
 * - The horizon moves out only through years covered completely, one after another from the
 *   base horizon: a stray entry in 2031 does not move it.
 * - Extra days (`--extra-holiday`) are added last, on days that are not holidays already.
 *
 * Weekend days are dropped (they cost no working day).
 *
 * @example
 * overlayCalendar(builtIn, { extra: [{ date: '2030-06-03', name: 'Jubilee', source: 'extra-holiday' }] })
 */
export function overlayCalendar(base: HolidayCalendar, overlay: CalendarOverlay): HolidayCalendar {
  const fileHolidays = overlay.file?.holidays ?? [];
  const covered = coveredYears(fileHolidays);
  const fromFile = new Map(weekdaysOnly(fileHolidays).map((holiday) => [holiday.date, holiday]));
  const differences: HolidayDifference[] = [...(base.differences ?? [])];
  const merged = new Map<string, Holiday>();
  for (const holiday of base.holidays()) {
    const year = yearOf(dayOf(holiday));
    if (covered.has(year) && !fromFile.has(holiday.date) && !isChristmasOrGoodFriday(holiday.date)) {
      differences.push({ date: holiday.date, name: holiday.name, change: 'removed', calendar: base.id });
      continue;
    }
    merged.set(holiday.date, holiday);
  }
  for (const holiday of fromFile.values()) {
    const builtIn = merged.get(holiday.date);
    if (!builtIn) differences.push({ date: holiday.date, name: holiday.name, change: 'added', calendar: base.id });
    else if (comparableName(builtIn.name) !== comparableName(holiday.name)) {
      differences.push({ date: holiday.date, name: holiday.name, change: 'renamed', builtInName: builtIn.name, calendar: base.id });
    }
    merged.set(holiday.date, holiday);
  }
  // An extra day that is already a holiday changes nothing: the holiday keeps its name, and no
  // warning says a day was added.
  for (const holiday of weekdaysOnly(overlay.extra ?? [])) if (!merged.has(holiday.date)) merged.set(holiday.date, holiday);
  const holidays = [...merged.values()].sort(byDate);
  let horizonYear = base.horizonYear;
  while (covered.has(horizonYear + 1)) horizonYear++;
  return {
    id: base.id,
    title: base.title,
    firstYear: base.firstYear,
    lastYear: base.lastYear,
    horizonYear,
    holidays: () => holidays,
    ...(overlay.file || base.differences ? { differences: differences.sort(byDate) } : {}),
  };
}

export interface LabelledCalendar {
  readonly calendar: HolidayCalendar;
  /** Added to a holiday's name when only some parts of the union keep it: "(Scotland)". */
  readonly label: string;
}

/**
 * The union of several calendars: a day is a holiday when it is one in any of them (FOIA 2000
 * s10(6)). A day every part shares keeps its plain name; otherwise the names say where it applies:
 * "St Andrew’s Day (Scotland)". The horizon is the earliest of the parts', since a count past it is
 * uncertain in at least one of them.
 */
export function unionCalendar(id: string, title: string, parts: readonly LabelledCalendar[]): HolidayCalendar {
  const where = new Map<string, { holiday: Holiday; labels: string[] }>();
  for (const { calendar, label } of parts) {
    for (const holiday of calendar.holidays()) {
      const entry = where.get(holiday.date);
      if (entry) entry.labels.push(label);
      else where.set(holiday.date, { holiday, labels: [label] });
    }
  }
  const holidays = [...where.values()]
    .map(({ holiday, labels }) =>
      labels.length === parts.length ? holiday : { ...holiday, name: `${holiday.name} (${labels.join(', ')})` },
    )
    .sort(byDate);
  const differences = parts.flatMap(({ calendar }) => calendar.differences ?? []).sort(byDate);
  return {
    id,
    title,
    firstYear: Math.max(...parts.map((part) => part.calendar.firstYear)),
    lastYear: Math.min(...parts.map((part) => part.calendar.lastYear)),
    horizonYear: Math.min(...parts.map((part) => part.calendar.horizonYear)),
    holidays: () => holidays,
    ...(differences.length > 0 ? { differences } : {}),
  };
}
