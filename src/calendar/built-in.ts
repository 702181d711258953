import type { Holiday, HolidayCalendar } from '../core/calendar.js';
import { WorkingDayIndex } from '../core/working-days.js';
import { HOLIDAY_TABLES } from './generated/holiday-tables.js';
import { unionCalendar } from './merge.js';
import {
  FIRST_SUPPORTED_YEAR,
  HORIZON_YEAR,
  LAST_SUPPORTED_YEAR,
  NATIONS,
  NATION_DEFINITIONS,
  REGION_DEFINITIONS,
  type Nation,
  type Region,
} from './regions.js';
import { decodeTable } from './encoded-table.js';

/** The part of an encoded table's `days` that holds one year's entries (entries are in date order). */
function yearEntries(days: string, year: number): string {
  const key = String(year);
  const start = days.startsWith(key) ? 0 : days.indexOf(`,${key}`) + 1;
  if (start === 0 && !days.startsWith(key)) return '';
  let end = start; // one past the comma after the year's last entry
  while (end < days.length && days.startsWith(key, end)) {
    const comma = days.indexOf(',', end);
    end = comma < 0 ? days.length + 1 : comma + 1;
  }
  return days.slice(start, end - 1);
}

function nationCalendar(nation: Nation): HolidayCalendar {
  const table = HOLIDAY_TABLES[nation];
  let all: Holiday[] | undefined;
  return {
    id: nation,
    title: NATION_DEFINITIONS[nation].title,
    firstYear: FIRST_SUPPORTED_YEAR,
    lastYear: LAST_SUPPORTED_YEAR,
    horizonYear: HORIZON_YEAR,
    holidays: () => (all ??= decodeTable(table)),
    // Decoding a year at a time lets a one-off command skip decoding two centuries of holidays.
    holidaysOfYear: (year) => decodeTable({ names: table.names, days: yearEntries(table.days, year) }),
  };
}

/**
 * Builds the `uk` union from one calendar per nation (built-in, or with a user's data laid over
 * each), labelling a holiday with the nations that keep it when not all do.
 */
export function ukUnion(calendarOf: (nation: Nation) => HolidayCalendar): HolidayCalendar {
  return unionCalendar(
    'uk',
    REGION_DEFINITIONS.uk.title,
    NATIONS.map((nation) => ({ calendar: calendarOf(nation), label: NATION_DEFINITIONS[nation].shortName })),
  );
}

/** The built-in calendar of a region, from the table generated at build time. */
export function builtInCalendar(region: Region): HolidayCalendar {
  return region === 'uk' ? ukUnion(nationCalendar) : nationCalendar(region);
}

const indexes = new Map<Region, WorkingDayIndex>();

/** The working-day index of a built-in calendar, built once per process. */
export function builtInIndex(region: Region = 'england-and-wales'): WorkingDayIndex {
  let index = indexes.get(region);
  if (!index) {
    index = new WorkingDayIndex(builtInCalendar(region));
    indexes.set(region, index);
  }
  return index;
}
