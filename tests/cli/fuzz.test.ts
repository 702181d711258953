import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * Hostile input through the CLI entry the binary calls: random argument lists built from the
 * tool's own vocabulary and junk, random stdin bytes for batch, random environment values and
 * random holidays files. Every run must end with a documented exit code (never 70, a bug), at
 * most one line of stderr per error, no stack trace, and stdout valid for its format.
 */

const COMMANDS = ['', 'add', 'count', 'is-working-day', 'holidays', 'rules', 'batch', 'reminders', 'status', 'calendar'];
const DATES = ['2014-12-10', '10/12/2014', 'today', '2199-12-31', '1990-01-01', '2028-12-29', '2015-02-29', '31/04/2015', '', ' ', '2014-12-10x', '\u001b[2J', '0', '-70', '70', '20000', '1e3'];
const OPTIONS = [
  '--json',
  '--csv',
  '--ics',
  '--no-color',
  '--explain',
  '--exit-code',
  ['--rule', 'foi'],
  ['--rule', 'sar'],
  ['--rule', 'agenda'],
  ['--rule', 'nope'],
  ['--days', '5'],
  ['--days', '0'],
  ['--days', 'x'],
  ['--region', 'scotland'],
  ['--region', 'uk'],
  ['--region', 'wales'],
  ['--receipt-convention', 'deemed-next-working-day'],
  ['--extra-holiday', '2015-01-02=Closure'],
  ['--extra-holiday', 'bad'],
  ['--before', '5,1'],
  ['--before', '100'],
  ['--every', '7'],
  ['--today', '2015-03-16'],
  ['--title', '=cmd|calc\n\u202e'],
  ['--format', 'csv'],
  ['--format', 'xml'],
  ['--output', '-'],
  '--bogus',
  '--',
];

const argv = fc
  .tuple(
    fc.constantFrom(...COMMANDS),
    fc.array(fc.oneof(fc.constantFrom(...DATES), fc.string({ maxLength: 12 })), { maxLength: 3 }),
    fc.array(fc.constantFrom(...OPTIONS), { maxLength: 4 }),
  )
  .map(([command, positional, options]) => [...(command ? [command] : []), ...positional, ...options.flat()]);

const DOCUMENTED_EXIT_CODES = [0, 1, 2, 3, 4];

function expectWellBehaved(args: readonly string[], result: { stdout: string; stderr: string; exitCode: number | null }): void {
  const context = JSON.stringify(args);
  expect(DOCUMENTED_EXIT_CODES, context).toContain(result.exitCode);
  expect(result.stderr, context).not.toMatch(/\n\s+at /);
  expect(result.stderr + result.stdout, context).not.toContain('internal error');
  if (result.exitCode === 2) {
    // One line names the error (batch may add one line counting failures, one counting warnings).
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('ofsted-deadline: ') && !line.startsWith('ofsted-deadline: warning:'));
    expect(errors.length, context).toBeGreaterThanOrEqual(1);
    if (!args.includes('batch')) expect(errors.length, context).toBe(1);
  }
  if (result.stdout === '') return;
  if (args.includes('--json') && result.exitCode === 2) {
    // A refused run with --json writes exactly one JSON error object.
    expect((JSON.parse(result.stdout) as { error?: unknown }).error, context).toBeDefined();
    return;
  }
  if (args.includes('batch')) {
    if (args.includes('csv') || args.includes('--csv')) {
      const rows = parseCsv(result.stdout, { relax_column_count: false }) as string[][];
      expect(new Set(rows.map((row) => row.length)).size, context).toBe(1);
    } else {
      for (const line of result.stdout.trimEnd().split('\n')) JSON.parse(line);
    }
  } else if (args.includes('--json')) {
    JSON.parse(result.stdout);
  } else if (args.includes('--ics') && result.exitCode === 0) {
    ICAL.parse(result.stdout);
  } else if (args.includes('--csv') && result.exitCode === 0) {
    const rows = parseCsv(result.stdout, { relax_column_count: false }) as string[][];
    expect(new Set(rows.map((row) => row.length)).size, context).toBe(1);
  }
}

describe('fuzzing the CLI entry', () => {
  it('random argument lists end with a documented exit code and well-formed output', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        expectWellBehaved(args, await runInProcess(args));
      }),
      { numRuns: 400 },
    );
  });

  it('random stdin bytes through batch (NDJSON and CSV) give one record per non-blank line', async () => {
    const line = fc.oneof(fc.constantFrom(...DATES), fc.string({ maxLength: 20 }), fc.constant('2014-12-10'));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.constantFrom('ndjson', 'csv'), fc.boolean(), async (lines, format, crlf) => {
        const input = lines.join(crlf ? '\r\n' : '\n');
        const args = ['batch', '--format', format];
        const result = await runInProcess(args, { input });
        expectWellBehaved(args, result);
        // Nothing is lost: a record for every line that is not blank (physical lines, CR or LF ends).
        const physical = input.split(/\r\n|\n/);
        const nonBlank = physical.filter((text) => text.replace(/\r/g, '').trim() !== '' && text.trim() !== '').length;
        const records = format === 'csv' ? (parseCsv(result.stdout) as string[][]).length - 1 : result.stdout.split('\n').filter(Boolean).length;
        expect(records, JSON.stringify(input)).toBe(nonBlank);
      }),
      { numRuns: 200 },
    );
  });

  it('random environment values never crash a command', async () => {
    const value = fc.oneof(fc.constantFrom('', '2015-03-16', '1989-01-01', 'yesterday', '/nonexistent.json', '/etc/passwd', '.', '\u001b[2J'), fc.string({ maxLength: 16 }));
    await fc.assert(
      fc.asyncProperty(value, value, value, fc.constantFrom('2014-12-10', 'today'), async (today, holidays, colour, date) => {
        const args = [date, '--json'];
        const result = await runInProcess(args, { env: { OFSTED_DEADLINE_TODAY: today, OFSTED_DEADLINE_HOLIDAYS_FILE: holidays, FORCE_COLOR: colour } });
        expectWellBehaved(args, result);
      }),
      { numRuns: 150 },
    );
  });

  it('random holidays files are read or refused in one line, never trusted when malformed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-fuzz-'));
    const event = fc.record({
      title: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(7)),
      date: fc.oneof(fc.constantFrom('2015-01-02', '2015-02-30', '2031-05-05', 'x', '2015-12-25'), fc.string({ maxLength: 10 })),
    });
    const document = fc.oneof(
      fc.record({ 'england-and-wales': fc.record({ division: fc.constant('england-and-wales'), events: fc.array(event, { maxLength: 5 }) }) }),
      fc.jsonValue(),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(document, fc.boolean(), async (content, asText) => {
        const path = join(dir, `h${n++}.json`);
        writeFileSync(path, asText ? JSON.stringify(content) : `${JSON.stringify(content)}\u0000junk`);
        const args = ['2015-01-01', '--holidays-file', path, '--json'];
        const result = await runInProcess(args);
        expectWellBehaved(args, result);
      }),
      { numRuns: 150 },
    );
  });
});
