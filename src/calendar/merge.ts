import type { Holiday, HolidayCalendar } from '../core/calendar.js';
import { isWeekend, parseIsoDay, yearOf } from '../core/day.js';

const byDate = (a: Holiday, b: Holiday): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function weekdaysOnly(holidays: readonly Holiday[]): Holiday[] {
  return holidays.filter((holiday) => !isWeekend(parseIsoDay(holiday.date)!));
}

/** Parts of a calendar that an overlay may replace; the rest is kept. */
export interface CalendarOverlay {
  /** Holidays from a user's file; they replace the base calendar's holidays in every year they cover. */
  readonly replaceYears?: { readonly holidays: readonly Holiday[]; readonly firstYear: number; readonly lastYear: number };
  /** Single days added on top (`--extra-holiday`). */
  readonly extra?: readonly Holiday[];
}

/**
 * A calendar with a user's data laid over it. Years a holidays file covers are taken from the file
 * alone, so a holiday it moves (2012's spring holiday to 4 June) leaves the old day working; the
 * horizon moves out to the file's last year when that is later. Extra days are added last and win
 * on a shared date.
 *
 * @example
 * overlayCalendar(builtIn, { extra: [{ date: '2030-06-03', name: 'Jubilee', source: 'extra-holiday' }] })
 */
export function overlayCalendar(base: HolidayCalendar, overlay: CalendarOverlay): HolidayCalendar {
  const merged = new Map<string, Holiday>();
  const file = overlay.replaceYears;
  for (const holiday of base.holidays()) {
    const year = yearOf(parseIsoDay(holiday.date)!);
    if (file && year >= file.firstYear && year <= file.lastYear) continue;
    merged.set(holiday.date, holiday);
  }
  for (const holiday of weekdaysOnly(file?.holidays ?? [])) merged.set(holiday.date, holiday);
  for (const holiday of weekdaysOnly(overlay.extra ?? [])) merged.set(holiday.date, holiday);
  const holidays = [...merged.values()].sort(byDate);
  return {
    id: base.id,
    title: base.title,
    firstYear: base.firstYear,
    lastYear: base.lastYear,
    horizonYear: Math.max(base.horizonYear, file?.lastYear ?? base.horizonYear),
    holidays: () => holidays,
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
  return {
    id,
    title,
    firstYear: Math.max(...parts.map((part) => part.calendar.firstYear)),
    lastYear: Math.min(...parts.map((part) => part.calendar.lastYear)),
    horizonYear: Math.min(...parts.map((part) => part.calendar.horizonYear)),
    holidays: () => holidays,
  };
}
