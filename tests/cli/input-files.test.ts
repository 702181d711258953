import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_FILE_MAX_BYTES } from '../../src/cli/calendar-options.js';
import { readTextFile } from '../../src/cli/files.js';
import { runInProcess } from '../helpers/run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-input-files-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const feedText = readFileSync(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url), 'utf8');

/** One line on stderr, exit 2, nothing on stdout: how every bad input ends. */
function expectOneLineError(result: { stdout: string; stderr: string; exitCode: number | null }, message: RegExp) {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^ofsted-deadline: [^\n]*\n$/);
  expect(result.stderr).toMatch(message);
}

describe('holidays files', () => {
  it('accepts a UTF-8 byte order mark, as Windows editors write one', async () => {
    const plain = write('plain.json', feedText);
    const withBom = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(feedText)]));
    const [a, b] = await Promise.all([
      runInProcess(['holidays', '2025', '--json', '--holidays-file', plain]),
      runInProcess(['holidays', '2025', '--json', '--holidays-file', withBom]),
    ]);
    expect(b.stderr).toBe('');
    expect(b.exitCode).toBe(0);
    expect(b.stdout.replaceAll('bom.json', 'plain.json')).toBe(a.stdout);
  });

  it('refuses a file over 10 MiB, reading no more than the limit and one byte', () => {
    const big = write('big.json', '');
    truncateSync(big, HOLIDAYS_FILE_MAX_BYTES + 1);
    expect(readTextFile(big, HOLIDAYS_FILE_MAX_BYTES)).toEqual({ ok: false, reason: 'is larger than 10 MiB, the most this tool reads' });
    const justFits = write('fits.json', '');
    truncateSync(justFits, 1024);
    expect(readTextFile(justFits, 1024)).toMatchObject({ ok: true });
    expect(readTextFile(justFits, 1023)).toMatchObject({ ok: false });
  });

  it('fails fast on --holidays-file /dev/zero instead of growing until killed', async () => {
    const started = performance.now();
    const result = await runInProcess(['2014-12-10', '--holidays-file', '/dev/zero']);
    expectOneLineError(result, /holidays file \/dev\/zero \(--holidays-file\): is larger than 10 MiB/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    { name: 'secret.txt', content: 'SECRET-TOKEN-123 is not JSON\nsecond line\n' },
    { name: 'secret-object.json', content: '{"SECRET-TOKEN-123": [1, 2,' },
    { name: 'secret-trailing.json', content: '{} SECRET-TOKEN-123' },
  ])('an invalid JSON file ($name) is named, never echoed', async ({ name, content }) => {
    const result = await runInProcess(['2014-12-10', '--holidays-file', write(name, content)]);
    expectOneLineError(result, /is not valid JSON/);
    expect(result.stderr).not.toContain('SECRET');
  });

  it.runIf(process.platform !== 'win32')('does not echo /etc/passwd', async () => {
    const result = await runInProcess(['2014-12-10', '--holidays-file', '/etc/passwd']);
    expectOneLineError(result, /holidays file \/etc\/passwd: is not valid JSON;/);
    expect(result.stderr).not.toMatch(/root|:x:|\/bin\//);
  });
});

describe('environment variables are named in their errors', () => {
  it.each([
    { value: 'x', why: /invalid OFSTED_DEADLINE_TODAY "x": expected a YYYY-MM-DD day/ },
    { value: '2014-13-01', why: /invalid OFSTED_DEADLINE_TODAY "2014-13-01": there is no month 13/ },
    { value: '2014-02-29', why: /invalid OFSTED_DEADLINE_TODAY "2014-02-29": February 2014 has no day 29/ },
    { value: '1900-01-01', why: /invalid OFSTED_DEADLINE_TODAY "1900-01-01": is outside the supported years/ },
    { value: 'today', why: /invalid OFSTED_DEADLINE_TODAY "today"/ },
  ])('a bad OFSTED_DEADLINE_TODAY=$value is blamed, not the word "today"', async ({ value, why }) => {
    for (const args of [['is-working-day', 'today'], ['holidays'], ['status', '2014-12-10'], ['2014-12-10', '--extra-holiday', 'today']]) {
      const result = await runInProcess(args, { env: { OFSTED_DEADLINE_TODAY: value } });
      expectOneLineError(result, why);
    }
  });

  it('a bad OFSTED_DEADLINE_TODAY harms no command that does not ask for today', async () => {
    const result = await runInProcess(['is-working-day', '2014-12-25'], { env: { OFSTED_DEADLINE_TODAY: 'x' } });
    expect(result.exitCode).toBe(1);
  });

  it('quotes at most about 60 characters of a long bad value, escaped', async () => {
    const result = await runInProcess(['is-working-day', 'today'], { env: { OFSTED_DEADLINE_TODAY: `\u001b[31m${'9'.repeat(500)}` } });
    expectOneLineError(result, /OFSTED_DEADLINE_TODAY "\\u001b\[31m9+…"/);
    expect(result.stderr.length).toBeLessThan(200);
  });

  it.each([
    { content: 'SECRET not json', why: /is not valid JSON/ },
    { content: JSON.stringify({ scotland: { events: [{ title: 'x', date: '2030-01-01' }] } }), why: /has no "england-and-wales" division/ },
    { content: JSON.stringify({ 'england-and-wales': { events: [{ title: 'x', date: '2030-02-30' }] } }), why: /events\[0\]/ },
  ])('a bad file named by OFSTED_DEADLINE_HOLIDAYS_FILE says so ($why)', async ({ content, why }) => {
    const path = write('from-variable.json', content);
    const result = await runInProcess(['2014-12-10'], { env: { OFSTED_DEADLINE_HOLIDAYS_FILE: path } });
    expectOneLineError(result, why);
    expect(result.stderr).toContain(`holidays file ${path} (OFSTED_DEADLINE_HOLIDAYS_FILE): `);
    expect(result.stderr).not.toContain('--holidays-file');
  });
});

describe('missing input files are exit 2 with one line, in every command', () => {
  const missing = join(dir, 'missing.csv');
  it.each([
    { args: ['batch', '--input', missing, '--column', 'x'], why: /cannot read ".*missing\.csv": no such file or directory/ },
    { args: ['batch', '--input', missing], why: /cannot read ".*missing\.csv": no such file or directory/ },
    { args: ['batch', '--input', dir, '--column', 'x'], why: /cannot read/ },
    { args: ['2014-12-10', '--holidays-file', missing], why: /holidays file .*missing\.csv \(--holidays-file\): no such file/ },
    { args: ['holidays', '2025', '--holidays-file', dir], why: /is a directory, not a file/ },
  ])('$args', async ({ args, why }) => {
    expectOneLineError(await runInProcess(args), why);
  });
});
