#!/usr/bin/env node
// Writes src/calendar/generated/holiday-tables.ts from date-holidays plus our corrections
// (scripts/holiday-tables), so the CLI starts without loading date-holidays' data for every
// country. Run `npm run generate` after upgrading date-holidays or changing a correction; the tests
// fail while the table is stale. The TypeScript sources are bundled on the fly by esbuild (already a
// development dependency): build-time code stays out of src/ and out of the package.
import { writeFileSync } from 'node:fs';
import { importTypeScript, root } from './esbuild-helpers.mjs';

const { renderHolidayTablesModule } = await importTypeScript('scripts/holiday-tables/table-source.ts', 'generate');
const target = new URL('src/calendar/generated/holiday-tables.ts', root);
writeFileSync(target, renderHolidayTablesModule());
console.log(`wrote ${target.pathname}`);
