import type { Holiday, HolidayCalendar } from '../core/calendar.js';
import { DeadlineError } from '../core/errors.js';
import { WorkingDayIndex } from '../core/working-days.js';
import { builtInCalendar, builtInIndex, ukUnion } from './built-in.js';
import { type HolidaysFile, holidaysFileName } from './gov-uk-file.js';
import { overlayCalendar } from './merge.js';
import type { Nation, Region } from './regions.js';

/** Where holidays come from besides the built-in tables. */
export interface CalendarSources {
  /** A gov.uk-format file laid over the built-in data (`--holidays-file` or its variable). */
  readonly holidaysFile?: HolidaysFile;
  /** Single days added by the user (`--extra-holiday`), in every region. */
  readonly extraHolidays: readonly Holiday[];
}

function nationWithFile(nation: Nation, file: HolidaysFile | undefined): HolidayCalendar {
  const base = builtInCalendar(nation);
  if (!file) return base;
  const division = file.divisions[nation];
  if (!division) {
    throw new DeadlineError(
      'invalid-holidays-file',
      `holidays file ${holidaysFileName(file)}: has no "${nation}" division, which the ${nation === 'england-and-wales' ? 'default' : 'chosen'} calendar needs`,
      file.path,
    );
  }
  return overlayCalendar(base, { file: division });
}

/**
 * The one calendar a command counts with: a region's built-in holidays, with a holidays file laid
 * over each nation (years the file covers completely come from the file, but for Christmas Day and
 * Good Friday; see `overlayCalendar`) and extra days on top. `uk` is the union of the three
 * nations so resolved; its `differences` are theirs, each naming its nation.
 */
export function resolveCalendar(region: Region, sources: CalendarSources): HolidayCalendar {
  const base = region === 'uk' ? ukUnion((nation) => nationWithFile(nation, sources.holidaysFile)) : nationWithFile(region, sources.holidaysFile);
  return sources.extraHolidays.length === 0 ? base : overlayCalendar(base, { extra: sources.extraHolidays });
}

/** The working-day index for a region; the shared built-in one when the user added nothing. */
export function resolveIndex(region: Region, sources: CalendarSources): WorkingDayIndex {
  if (!sources.holidaysFile && sources.extraHolidays.length === 0) return builtInIndex(region);
  return new WorkingDayIndex(resolveCalendar(region, sources));
}
