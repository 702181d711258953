import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/output/json.js';
import { EXPECTED_FILES } from '../../scripts/pack-test.mjs';
import { bundledPackages } from '../../scripts/third-party-notices.mjs';
import { typeCheckConsumer } from '../helpers/consumer-project.js';

/** package.json as a package, and the built package used by its own name (self-reference). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & {
  exports: Record<string, unknown>;
  devDependencies: Record<string, string>;
  engines: { node: string };
  files: string[];
  scripts: Record<string, string>;
};
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/ofsted-deadline.schema.json'), 'utf8')) as { $id?: string };

function node(args: string[]): { stdout: string; stderr: string; status: number | null } {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
}

describe('package.json', () => {
  it('declares no runtime dependencies: whatever the code needs is bundled', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(manifest[field], field).toBeUndefined();
    }
  });

  it('lists every package esbuild bundles as a development dependency', () => {
    const names = bundledPackages().map((pkg) => pkg.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => manifest.devDependencies[name] === undefined)).toEqual([]);
  });

  it('exports one entry for import and one for require, each with its own types listed first', () => {
    expect(manifest.exports['.']).toEqual({
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    });
    for (const [condition, target] of Object.entries(manifest.exports['.'] as Record<string, Record<string, string>>)) {
      expect(Object.keys(target)[0], condition).toBe('types');
      for (const file of Object.values(target)) expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
    expect(manifest.main).toBe('./dist/index.cjs');
    expect(manifest.types).toBe('./dist/index.d.cts');
  });

  it('has no side effects on import, so bundlers may drop what a user does not call', () => {
    expect(manifest.sideEffects).toBe(false);
  });

  it('supports the Node versions CI tests: the machine\'s (20) and, in .ci/run, 22 and 24', () => {
    expect(manifest.engines.node).toBe('>=20');
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^NODE_MAJORS=\(22 24\)$/m);
  });

  it('exports the JSON Schema, which has an absolute $id naming its schemaVersion', () => {
    expect(manifest.exports['./schema/ofsted-deadline.schema.json']).toBe('./schema/ofsted-deadline.schema.json');
    expect(schema.$id).toBe(`urn:ofsted-deadline:json-output:schema-version:${SCHEMA_VERSION}`);
    expect(() => new URL(schema.$id!)).not.toThrow();
  });

  it('builds from an empty dist/ (scripts/clean-dist.mjs first) and checks itself with publint and attw', () => {
    expect(manifest.scripts.build).toMatch(/^node scripts\/clean-dist\.mjs && /);
    expect(manifest.scripts['check:package']).toContain('publint --strict');
    expect(manifest.scripts['check:package']).toContain('attw --pack .');
  });

  it('names no repository it does not have: any URL it gives is a real one, never a placeholder', () => {
    expect(manifest.keywords).toEqual(expect.arrayContaining(['ofsted', 'working-days', 'bank-holidays']));
    for (const field of ['repository', 'homepage', 'bugs']) {
      expect(JSON.stringify(manifest[field] ?? ''), field).not.toMatch(/OWNER|USER|example\.|your-|<|>/i);
    }
  });

  it('packs exactly the files that run or document it (the list scripts/pack-test.mjs checks in CI)', () => {
    const npm = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(npm.status, npm.stderr).toBe(0);
    const [packed] = JSON.parse(npm.stdout) as { files: { path: string }[] }[];
    expect(packed!.files.map((file) => file.path).sort()).toEqual([...EXPECTED_FILES].sort());
    expect(EXPECTED_FILES.filter((file) => /^dist\/(cli|output|core|calendar|meta)\//.test(file))).toEqual([]);
  });
});

describe('the built library, by its package name', () => {
  it('loads with require (the CommonJS build)', () => {
    const result = node(['-e', "const lib = require('ofsted-deadline'); console.log(lib.deadline('2014-12-10').deadline, typeof lib.DeadlineError, require.resolve('ofsted-deadline'))"]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`2015-03-23 function ${join(ROOT, 'dist/index.cjs')}`);
  });

  it('loads with import (the ES module build)', () => {
    const result = node(['--input-type=module', '-e', "import { deadline } from 'ofsted-deadline'; console.log(deadline('2015-01-02').deadline, import.meta.resolve('ofsted-deadline'))"]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`2015-04-14 file://${join(ROOT, 'dist/index.js')}`);
  });

  it('is one file each way, loading nothing else (no runtime dependency, no chunk)', () => {
    const result = node(['-e', "require('ofsted-deadline'); console.log(JSON.stringify(Object.keys(require.cache)))"]);
    expect(JSON.parse(result.stdout)).toEqual([join(ROOT, 'dist/index.cjs')]);
  });

  it('type-checks from a CommonJS TypeScript project (the require types, dist/index.d.cts)', () => {
    const result = typeCheckConsumer('commonjs', `import { deadline, DeadlineError, type Deadline } from 'ofsted-deadline';
const result: Deadline = deadline('2014-12-10');
const due: string = result.deadline;
const code: string = new DeadlineError('invalid-date', 'x').code;
// @ts-expect-error the rule must be one of the Ofsted rules
deadline('2014-12-10', { rule: 'nonsense' });
export = { due, code };
`);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
