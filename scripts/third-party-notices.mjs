#!/usr/bin/env node
// Writes THIRD-PARTY-NOTICES.md (shipped in the package): the licence text of every package that
// esbuild bundles into dist/, and the licences of the data the holiday tables come from.
//
// Which packages are bundled is not a list kept by hand: it is read from the metafiles that
// scripts/bundle-bin.mjs and scripts/bundle-lib.mjs write to dist/meta/ (every input file esbuild
// read, so every package whose code is in a shipped file). Run `npm run notices` after a build
// whenever a bundled package is added or upgraded; tests/package/third-party-notices.test.ts fails
// until then.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const NOTICES_FILE = join(ROOT, 'THIRD-PARTY-NOTICES.md');
const META_DIR = join(ROOT, 'dist', 'meta');
const HOLIDAY_TABLES = 'src/calendar/generated/holiday-tables.ts';

/** Licence files, most specific name first. */
const LICENCE_FILE = /^(licen[cs]e|copying)([-.](md|txt|markdown|mit))?$/i;

/**
 * The packages whose code esbuild put into a file under dist/, from every metafile in dist/meta/:
 * `{ name, version, licence, repository, licenceText, outputs }`, sorted by name. Throws when a
 * package ships no licence file, so that no bundled package goes without its licence text.
 */
export function bundledPackages(metaDir = META_DIR) {
  /** @type {Map<string, { dir: string, outputs: Set<string> }>} */
  const found = new Map();
  for (const { output, inputs } of bundleOutputs(metaDir)) {
    for (const input of inputs) {
      const dir = packageDirOf(input);
      if (dir === undefined) continue;
      const entry = found.get(dir) ?? { dir, outputs: new Set() };
      entry.outputs.add(output);
      found.set(dir, entry);
    }
  }
  return [...found.values()]
    .map(({ dir, outputs }) => {
      const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
      const licenceFile = readdirSync(join(ROOT, dir)).filter((name) => LICENCE_FILE.test(name)).sort()[0];
      if (licenceFile === undefined) {
        throw new Error(`${manifest.name} is bundled but ships no licence file: its licence text must be added to THIRD-PARTY-NOTICES.md by hand`);
      }
      return {
        name: manifest.name,
        version: manifest.version,
        licence: typeof manifest.license === 'string' ? manifest.license : 'see the licence text',
        repository: repositoryUrl(manifest),
        licenceText: readFileSync(join(ROOT, dir, licenceFile), 'utf8').replace(/\r\n?/g, '\n').trim(),
        outputs: [...outputs].sort(),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Each file esbuild wrote (relative to the project, with `/`) and the input files in it. */
export function bundleOutputs(metaDir = META_DIR) {
  if (!existsSync(metaDir)) throw new Error(`${relative(ROOT, metaDir)} is missing: run \`npm run build\` first`);
  const result = [];
  for (const file of readdirSync(metaDir).filter((name) => name.endsWith('.json')).sort()) {
    const metafile = JSON.parse(readFileSync(join(metaDir, file), 'utf8'));
    for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
      result.push({ output: relative(ROOT, join(ROOT, output)).split(sep).join('/'), inputs: Object.keys(inputs) });
    }
  }
  return result.sort((a, b) => a.output.localeCompare(b.output));
}

/** `node_modules/@scope/name` or `node_modules/name` (the innermost), or undefined for our own code. */
function packageDirOf(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, at + length).join('/');
}

function repositoryUrl(manifest) {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (repository === undefined) return manifest.homepage;
  if (/^[\w.-]+\/[\w.-]+$/.test(repository)) return `https://github.com/${repository}`;
  return repository.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '');
}

/** The date-holidays release the generated tables were made from, as the tables themselves say. */
export function holidayDataSource() {
  const tables = readFileSync(join(ROOT, HOLIDAY_TABLES), 'utf8');
  const match = /GENERATED_FROM = "date-holidays ([^"]+)"/.exec(tables);
  if (match === null) throw new Error('src/calendar/generated/holiday-tables.ts does not say which date-holidays release it comes from');
  return { name: 'date-holidays', version: match[1] };
}

const fence = (text) => ['````text', text, '````'].join('\n');

/** The whole of THIRD-PARTY-NOTICES.md. */
export function renderNotices(packages = bundledPackages(), outputs = bundleOutputs()) {
  const data = holidayDataSource();
  const withTables = outputs.filter(({ inputs }) => inputs.includes(HOLIDAY_TABLES)).map(({ output }) => `\`${output}\``);
  if (withTables.length === 0) throw new Error(`no bundle contains ${HOLIDAY_TABLES}: dist/meta/ is out of date`);
  const lines = [
    '# Third-party notices',
    '',
    'ofsted-deadline\'s own code is under the MIT licence (see `LICENSE`). The package also carries',
    'data and code by others, under the licences below. This file is generated by',
    '`scripts/third-party-notices.mjs` (`npm run notices`) from the packages esbuild bundles into',
    '`dist/`; do not edit it by hand.',
    '',
    '## Data',
    '',
    '### Holiday tables: date-holidays data, CC BY-SA 3.0',
    '',
    `The built-in bank holiday tables (\`${HOLIDAY_TABLES}\`), compiled into`,
    `${withTables.join(', ')},`,
    `are derived from the holiday data of ${data.name} ${data.version} by commenthol`,
    '(https://github.com/commenthol/date-holidays), which is licensed under the Creative Commons',
    'Attribution-ShareAlike 3.0 licence',
    '(CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/). date-holidays credits its',
    'United Kingdom data to the Wikipedia article "Public holidays in the United Kingdom"',
    '(https://en.wikipedia.org/wiki/Public_holidays_in_the_United_Kingdom) and its contributors.',
    '',
    'Changes made: only the holidays of England and Wales, Scotland and Northern Ireland that fall on',
    'a weekday are kept, for the years 1990–2199, and the days that date-holidays lacks or misplaces',
    'are corrected to the days actually proclaimed (`src/calendar/corrections.ts`). As an adaptation',
    'of CC BY-SA 3.0 data, the holiday tables are licensed under CC BY-SA 3.0 as well; the rest of',
    'ofsted-deadline\'s code is not.',
    '',
    '### gov.uk bank holidays: Open Government Licence v3.0',
    '',
    'Contains public sector information licensed under the Open Government Licence v3.0',
    '(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/): the bank holidays',
    'of England and Wales, Scotland and Northern Ireland published by gov.uk',
    '(https://www.gov.uk/bank-holidays.json), against which the holiday tables were checked and the',
    'corrections for 2012–2028 were found.',
    '',
    '## Bundled packages',
    '',
    'esbuild bundles these packages into the files named; ofsted-deadline has no runtime',
    'dependencies. Each licence is reproduced as the package ships it.',
  ];
  for (const pkg of packages) {
    lines.push(
      '',
      `### ${pkg.name} ${pkg.version}`,
      '',
      `- Licence: ${pkg.licence}`,
      ...(pkg.repository === undefined ? [] : [`- Source: ${pkg.repository}`]),
      `- Bundled into: ${pkg.outputs.map((output) => `\`${output}\``).join(', ')}`,
      '',
      fence(pkg.licenceText),
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(NOTICES_FILE, renderNotices());
  console.log(`wrote ${relative(ROOT, NOTICES_FILE)}`);
}
