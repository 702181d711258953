#!/usr/bin/env node
// Writes src/calendar/generated/holiday-tables.ts from date-holidays plus our corrections
// (scripts/holiday-tables), so the CLI starts without loading date-holidays' data for every
// country. Run `npm run generate` after upgrading date-holidays or changing a correction; the tests
// fail while the table is stale. The TypeScript sources are bundled on the fly by esbuild (already a
// development dependency): build-time code stays out of src/ and out of the package.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
// Inside node_modules, so the bundle resolves date-holidays from the project.
const work = new URL('node_modules/.cache/ofsted-deadline-generate', root).pathname;
mkdirSync(work, { recursive: true });
try {
  const bundle = join(work, 'table-source.mjs');
  await build({
    entryPoints: [new URL('scripts/holiday-tables/table-source.ts', root).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    // date-holidays stays a package import, resolved from the project's node_modules.
    packages: 'external',
    logLevel: 'warning',
  });
  writeFileSync(join(work, 'package.json'), '{"type":"module"}');
  const { renderHolidayTablesModule } = await import(pathToFileURL(bundle).href);
  const target = new URL('src/calendar/generated/holiday-tables.ts', root);
  writeFileSync(target, renderHolidayTablesModule());
  console.log(`wrote ${target.pathname}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
