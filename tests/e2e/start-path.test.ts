import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('what a one-off command loads', () => {
  it('is the bin and its one bundled file: no date-holidays, no separate modules', () => {
    const hook = join(mkdtempSync(join(tmpdir(), 'ofsted-deadline-start-')), 'list-modules.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
    const result = spawnSync(process.execPath, ['--require', hook, BIN, '2014-12-10'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.status).toBe(0);
    const loaded = (JSON.parse(result.stderr) as string[]).filter((path) => path !== hook);
    expect(loaded.map((path) => relative(ROOT, path))).toEqual(['bin/ofsted-deadline.js', 'dist/bin/ofsted-deadline.cjs']);
    expect(loaded.join('\n')).not.toContain('date-holidays');
  });
});

describe('long counts', () => {
  it('answers an 80-year add (20,000 working days) correctly, and count agrees', () => {
    const { stdout, exitCode } = runBin(['add', '2026-11-27', '20000', '--json']);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ from: '2026-11-27', workingDays: 20000, date: '2105-12-31' });
    const back = runBin(['count', '2026-11-27', '2105-12-31', '--json']);
    expect(JSON.parse(back.stdout)).toMatchObject({ workingDays: 20000 });
  });

  it.each([
    ['an add that runs past 2199', ['add', '2189-01-01', '20000'], '20000 working days after 2189-01-01 falls outside the supported years 1990–2199'],
    ['a date before 1990', ['add', '1989-12-29', '1'], 'outside the supported years 1990–2199'],
  ])('gives a clear error and exit 2 for %s', (_why, args, message) => {
    const { stdout, stderr, exitCode } = runBin(args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
