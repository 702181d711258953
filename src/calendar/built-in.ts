import type { Holiday, HolidayCalendar } from '../core/calendar.js';
import { WorkingDayIndex } from '../core/working-days.js';
import { HOLIDAY_TABLES } from './generated/holiday-tables.js';
import { FIRST_SUPPORTED_YEAR, HORIZON_YEAR, LAST_SUPPORTED_YEAR, REGION_DEFINITIONS, type Region } from './regions.js';
import type { EncodedTable } from './table-source.js';

export function decodeTable(table: EncodedTable): Holiday[] {
  if (table.days === '') return [];
  return table.days.split(',').map((entry) => {
    const date = `${entry.slice(0, 4)}-${entry.slice(4, 6)}-${entry.slice(6, 8)}`;
    return { date, name: table.names[Number(entry.slice(9))]!, source: 'built-in' };
  });
}

/** The built-in calendar of a region, from the table generated at build time. */
export function builtInCalendar(region: Region): HolidayCalendar {
  const holidays = decodeTable(HOLIDAY_TABLES[region]);
  return {
    id: region,
    title: REGION_DEFINITIONS[region].title,
    firstYear: FIRST_SUPPORTED_YEAR,
    lastYear: LAST_SUPPORTED_YEAR,
    horizonYear: HORIZON_YEAR,
    holidays: () => holidays,
  };
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
