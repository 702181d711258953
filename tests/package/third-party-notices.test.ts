import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FROM } from '../../src/calendar/generated/holiday-tables.js';
import { type BundledPackage, NOTICES_FILE, bundledPackages, renderNotices } from '../../scripts/third-party-notices.mjs';

/**
 * THIRD-PARTY-NOTICES.md ships in the package. The packages esbuild bundled are read from the
 * metafiles of this build (dist/meta/, written by `npm run build`, which `npm test` runs first),
 * so a package newly bundled, or upgraded, is caught here until `npm run notices` is run.
 */
const notices = readFileSync(NOTICES_FILE, 'utf8');
const bundled = bundledPackages();

/** The packages whose entry (heading with the bundled version, and licence text) is missing. */
function missingEntries(text: string, packages: readonly BundledPackage[]): string[] {
  return packages
    .filter((pkg) => {
      const start = text.indexOf(`\n### ${pkg.name} ${pkg.version}\n`);
      if (start < 0) return true;
      const next = text.indexOf('\n### ', start + 1);
      return !text.slice(start, next < 0 ? undefined : next).includes(pkg.licenceText);
    })
    .map((pkg) => `${pkg.name}@${pkg.version}`);
}

describe('THIRD-PARTY-NOTICES.md', () => {
  it('finds the bundled packages in the build (the CLI carries commander and chalk)', () => {
    expect(bundled.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['chalk', 'commander', 'csv-parse']));
    for (const pkg of bundled) expect(pkg.licenceText.length, pkg.name).toBeGreaterThan(100);
  });

  it('reproduces the licence text of every package esbuild bundles, at the bundled version', () => {
    expect(missingEntries(notices, bundled)).toEqual([]);
  });

  it('would notice a bundled package without an entry', () => {
    const [first] = bundled;
    const withoutFirst = notices.replace(`### ${first!.name} ${first!.version}`, '### something else');
    expect(missingEntries(withoutFirst, bundled)).toEqual([`${first!.name}@${first!.version}`]);
  });

  it('is what scripts/third-party-notices.mjs writes now (run `npm run notices` after changing a bundled package)', () => {
    expect(notices).toBe(renderNotices());
  });

  it('states the data licences with attribution: date-holidays CC BY-SA 3.0, gov.uk OGL v3.0', () => {
    expect(GENERATED_FROM).toMatch(/^date-holidays \d+\.\d+\.\d+$/);
    expect(notices).toContain(`derived from the holiday data of ${GENERATED_FROM} by commenthol`);
    expect(notices).toContain('CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/');
    expect(notices).toContain('Contains public sector information licensed under the Open Government Licence v3.0');
    expect(notices).toContain('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
  });
});

describe('LICENSE', () => {
  const licence = readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8');

  it('is the MIT licence of ofsted-deadline contributors, pointing to the notices for the rest', () => {
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} ofsted-deadline contributors\n/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect(licence).toContain('THIRD-PARTY-NOTICES.md');
  });

  it('matches the licence package.json declares', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { license: string };
    expect(manifest.license).toBe('MIT');
  });
});
