import Holidays from 'date-holidays';
import type { Holiday } from '../../src/core/calendar.js';
import { isWeekend, parseIsoDay } from '../../src/core/day.js';
import type { CalendarCorrections } from './corrections.js';

/**
 * The one place that talks to date-holidays. It is slow to load (it parses data for every
 * country), so it is used only at build time, to write src/calendar/generated/holiday-tables.ts;
 * nothing the package ships loads it.
 */
export interface DateHolidaysSource {
  readonly country: string;
  readonly state?: string;
  readonly corrections: CalendarCorrections;
}

/**
 * Weekday public holidays of one year, corrected. Uses date-holidays' `date` string (the local
 * calendar day of the holiday) rather than its `Date` objects, which are instants and would shift
 * with the machine's time zone.
 */
export function dateHolidaysYear(source: DateHolidaysSource, year: number): Holiday[] {
  const holidays = source.state
    ? new Holidays(source.country, source.state, { types: ['public', 'bank'] })
    : new Holidays(source.country, { types: ['public', 'bank'] });
  const removed = new Set(source.corrections.remove);
  const byDate = new Map<string, Holiday>();
  for (const entry of holidays.getHolidays(year, 'en')) {
    if (entry.type !== 'public' && entry.type !== 'bank') continue;
    const date = entry.date.slice(0, 10);
    const day = parseIsoDay(date);
    if (day === undefined || isWeekend(day) || removed.has(date) || byDate.has(date)) continue;
    byDate.set(date, { date, name: entry.name, source: 'built-in' });
  }
  for (const extra of source.corrections.add) {
    if (extra.date.startsWith(`${year}-`)) byDate.set(extra.date, { ...extra, source: 'built-in' });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function dateHolidaysRange(source: DateHolidaysSource, firstYear: number, lastYear: number): Holiday[] {
  const all: Holiday[] = [];
  for (let year = firstYear; year <= lastYear; year++) all.push(...dateHolidaysYear(source, year));
  return all;
}
