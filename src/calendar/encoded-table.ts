import type { Holiday } from '../core/calendar.js';

/**
 * The compact form of a nation's holidays in generated/holiday-tables.ts: names once, then
 * `YYYYMMDD:nameIndex` entries in date order. Written at build time (scripts/holiday-tables),
 * decoded here a year at a time.
 */
export interface EncodedTable {
  readonly names: readonly string[];
  readonly days: string;
}

export function decodeTable(table: EncodedTable): Holiday[] {
  if (table.days === '') return [];
  return table.days.split(',').map((entry) => {
    const date = `${entry.slice(0, 4)}-${entry.slice(4, 6)}-${entry.slice(6, 8)}`;
    return { date, name: table.names[Number(entry.slice(9))]!, source: 'built-in' };
  });
}
