#!/usr/bin/env node
// Writes src/calendar/generated/holiday-tables.ts from date-holidays plus our corrections, so the
// CLI starts without loading date-holidays' data for every country. Run `npm run generate` after
// upgrading date-holidays or changing a correction; tests fail while the table is stale.
import { writeFileSync } from 'node:fs';
import { renderHolidayTablesModule } from '../dist/calendar/table-source.js';

const target = new URL('../src/calendar/generated/holiday-tables.ts', import.meta.url);
writeFileSync(target, renderHolidayTablesModule());
console.log(`wrote ${target.pathname}`);
