import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * `batch` through runCli in-process (tests/helpers/run-in-process.ts: standard input arrives in
 * 64 KiB pieces, as from a pipe). tests/e2e/binary.e2e.test.ts pipes stdin to the real binary and
 * closes its stdout early.
 */

const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-batch-'));
const write = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

type Warning = { code: string; message: string };
type BatchRecord = { line: number; input: string; receiptDate?: string; deadline?: string; warnings?: Warning[]; code?: string; error?: string };

/**
 * The one warning a receipt of 10 December 2014 gets: the early draft action plan (one of the
 * milestones of the written statement) is Ofsted practice from 2018.
 */
const BEFORE_2018: Warning = {
  code: 'before-in-force',
  message:
    'Ofsted ILACS practice (2018 statement) applies from 2018: the date given, Wed 10 Dec 2014, is earlier and was not subject to it. ' +
    'The draft-action-plan date is shown as the same count of working days.',
};
/** The stderr line of a run in which `warned` of `records` records have warnings. */
const warnedLine = (warned: number, records: number, codes = 'before-in-force') =>
  `ofsted-deadline: warning: warnings on ${warned} of ${records} records (${codes}); see each record's "warnings"\n`;

/** Every stdout line must be one JSON object: NDJSON, nothing else. */
function ndjson(stdout: string): BatchRecord[] {
  expect(stdout === '' || stdout.endsWith('\n')).toBe(true);
  return stdout === '' ? [] : stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line) as BatchRecord);
}

describe('batch: one record per non-blank line, in order', () => {
  it('answers every line with its deadline (70 working days, the written statement)', async () => {
    const { stdout, stderr, exitCode } = await runInProcess(['batch'], { input: '2014-12-10\n2022-09-12\n2025-01-02\n' });
    expect(exitCode).toBe(0);
    expect(stderr).toBe(warnedLine(1, 3));
    expect(ndjson(stdout)).toEqual([
      { line: 1, input: '2014-12-10', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: [BEFORE_2018] },
      { line: 2, input: '2022-09-12', receiptDate: '2022-09-12', deadline: '2022-12-20', warnings: [] },
      { line: 3, input: '2025-01-02', receiptDate: '2025-01-02', deadline: '2025-04-10', warnings: [] },
    ]);
  });

  it('writes the keys in the documented order', async () => {
    const { stdout } = await runInProcess(['batch'], { input: '2014-12-10\nnonsense\n2022-09-12\n' });
    expect(stdout).toBe(
      `{"line":1,"input":"2014-12-10","receiptDate":"2014-12-10","deadline":"2015-03-23","warnings":[{"code":"before-in-force","message":${JSON.stringify(BEFORE_2018.message)}}]}\n` +
        '{"line":2,"input":"nonsense","code":"invalid-date","error":"invalid receipt date \\"nonsense\\": expected YYYY-MM-DD, DD/MM/YYYY or \\"today\\""}\n' +
        '{"line":3,"input":"2022-09-12","receiptDate":"2022-09-12","deadline":"2022-12-20","warnings":[]}\n',
    );
  });

  it('answers mixed good and bad lines, numbering physical lines (blank lines count but get no record), exit 2', async () => {
    const input = ['2014-12-10', '', '10/12/2014', 'nonsense', '   ', '2015-02-29', '1989-06-01', 'today', '2199-12-30', '2014-12-10'].join('\n');
    const { stdout, stderr, exitCode } = await runInProcess(['batch'], { input });
    expect(exitCode).toBe(2);
    const records = ndjson(stdout);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4, 6, 7, 8, 9, 10]);
    expect(records).toEqual([
      { line: 1, input: '2014-12-10', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: [BEFORE_2018] },
      { line: 3, input: '10/12/2014', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: [BEFORE_2018] },
      { line: 4, input: 'nonsense', code: 'invalid-date', error: expect.stringContaining('invalid receipt date "nonsense"') },
      { line: 6, input: '2015-02-29', code: 'invalid-date', error: expect.stringContaining('February 2015 has no day 29') },
      { line: 7, input: '1989-06-01', code: 'out-of-range', error: expect.stringContaining('outside the supported years 1990–2199') },
      // "today" is pinned to 2026-11-27 by the test helper.
      { line: 8, input: 'today', receiptDate: '2026-11-27', deadline: '2027-03-10', warnings: [] },
      { line: 9, input: '2199-12-30', code: 'out-of-range', error: expect.stringContaining('falls outside the supported years') },
      { line: 10, input: '2014-12-10', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: [BEFORE_2018] },
    ]);
    expect(stderr).toBe(warnedLine(3, 8) + 'ofsted-deadline: 4 of 8 lines failed (the first at line 4); see the "error" records\n');
  });

  it('keeps order and line numbers over many lines (the per-day cache and chunk boundaries change nothing)', async () => {
    const days = Array.from({ length: 30_000 }, (_, i) => `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`);
    // About 330 KB of input: it arrives in six pipe-sized pieces, cut mid-line.
    const result = await runInProcess(['batch'], { input: `${days.join('\n')}\n` });
    expect(result.exitCode).toBe(0);
    const stdout = result.stdout;
    const records = ndjson(stdout);
    expect(records).toHaveLength(days.length);
    records.forEach((record, i) => {
      expect(record.line).toBe(i + 1);
      expect(record.input).toBe(days[i]);
    });
  });

  it('gives the same deadlines as the default command, for every rule', async () => {
    const dates = ['2014-12-10', '2022-09-17', '2024-12-24', '2015-01-13', '2025-01-31'];
    for (const rule of ['written-statement', 'publish-report', 'draft-action-plan', 'foi', 'sar', 'agenda']) {
      const records = ndjson((await runInProcess(['batch', '--rule', rule], { input: dates.join('\n') })).stdout);
      const expected: string[] = [];
      for (const date of dates) expected.push((JSON.parse((await runInProcess([date, '--rule', rule, '--json'])).stdout) as { deadline: string }).deadline);
      expect({ rule, deadlines: records.map((r) => r.deadline) }).toEqual({ rule, deadlines: expected });
    }
  });

  it('takes --days for a one-off period and the deemed receipt convention', async () => {
    expect(ndjson((await runInProcess(['batch', '--days', '5'], { input: '2014-12-10' })).stdout)[0]).toMatchObject({ deadline: '2014-12-17' });
    // --days replaces the period of any rule counted in working days: 5 after Wed 10 Dec 2014.
    expect(ndjson((await runInProcess(['batch', '--rule', 'foi', '--days', '5'], { input: '2014-12-10' })).stdout)[0]).toMatchObject({ deadline: '2014-12-17' });
    // Saturday 13 Dec 2014: day 1 is Monday 15th; deemed received on Monday 15th, day 1 is Tuesday
    // 16th, so the deadline is one working day later.
    const ordinary = ndjson((await runInProcess(['batch'], { input: '2014-12-13' })).stdout)[0];
    const deemed = ndjson((await runInProcess(['batch', '--receipt-convention', 'deemed-next-working-day'], { input: '2014-12-13' })).stdout)[0];
    expect([ordinary?.deadline, deemed?.deadline]).toEqual(['2015-03-25', '2015-03-26']);
  });

  it('honours --rule and --days typed before the subcommand name', async () => {
    const input = '2025-01-02\n';
    expect((await runInProcess(['--rule', 'foi', 'batch'], { input })).stdout).toBe((await runInProcess(['batch', '--rule', 'foi'], { input })).stdout);
    expect(ndjson((await runInProcess(['--days', '5', 'batch'], { input: '2014-12-10' })).stdout)[0]).toMatchObject({ deadline: '2014-12-17' });
  });

  it('counts with the region asked for', async () => {
    // 2 January is a bank holiday in Scotland only.
    const scotland = ndjson((await runInProcess(['batch', '--region', 'scotland', '--days', '1'], { input: '2025-01-01' })).stdout)[0];
    const england = ndjson((await runInProcess(['batch', '--days', '1'], { input: '2025-01-01' })).stdout)[0];
    expect([england?.deadline, scotland?.deadline]).toEqual(['2025-01-02', '2025-01-03']);
  });

  it('writes nothing and exits 0 for empty input', async () => {
    expect(await runInProcess(['batch'], { input: '' })).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await runInProcess(['batch'], { input: '\n\n  \n' })).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('batch: line ends and byte order marks', () => {
  it.each([
    ['CRLF line ends', '2014-12-10\r\n\r\nnonsense\r\n2022-09-12\r\n'],
    ['a UTF-8 BOM', '\uFEFF2014-12-10\n\nnonsense\n2022-09-12\n'],
    ['a BOM and CRLF, no final line end', '\uFEFF2014-12-10\r\n\r\nnonsense\r\n2022-09-12'],
  ])('handles %s', async (_why, input) => {
    const records = ndjson((await runInProcess(['batch'], { input })).stdout);
    expect(records.map((r) => [r.line, r.input, r.deadline ?? 'error'])).toEqual([
      [1, '2014-12-10', '2015-03-23'],
      [3, 'nonsense', 'error'],
      [4, '2022-09-12', '2022-12-20'],
    ]);
  });

  it('echoes non-ASCII input intact in error records', async () => {
    const records = ndjson((await runInProcess(['batch'], { input: '10 déc 2014 — ☃\n' })).stdout);
    expect(records[0]).toMatchObject({ line: 1, input: '10 déc 2014 — ☃' });
  });

  it('reads a file with --input the same as standard input', async () => {
    const input = '\uFEFF2014-12-10\r\nnonsense\r\n';
    const path = write('receipts.txt', input);
    const fromFile = await runInProcess(['batch', '--input', path]);
    expect(fromFile).toEqual(await runInProcess(['batch'], { input }));
    expect(fromFile.exitCode).toBe(2);
  });
});

describe('batch: CSV', () => {
  it('reads the --column of a CSV with a header, numbering physical lines (quoted newlines, CRLF, BOM)', async () => {
    const input = '\uFEFFcase,received,notes\r\n1,2014-12-10,plain\r\n\r\n2,"10/12/2014","two\r\nlines"\r\n3,nonsense,"a, b"\r\n4\r\n5,2022-09-12,\r\n';
    const { stdout, exitCode } = await runInProcess(['batch', '--column', 'received'], { input });
    expect(exitCode).toBe(2);
    expect(ndjson(stdout)).toEqual([
      { line: 2, input: '2014-12-10', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: [BEFORE_2018] },
      { line: 4, input: '10/12/2014', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: [BEFORE_2018] },
      { line: 6, input: 'nonsense', code: 'invalid-date', error: expect.stringContaining('invalid receipt date') },
      { line: 7, input: '', code: 'invalid-date', error: expect.stringContaining('empty receipt date') },
      { line: 8, input: '2022-09-12', receiptDate: '2022-09-12', deadline: '2022-12-20', warnings: [] },
    ]);
  });

  it('writes CSV that a CSV parser reads back: header, quoting of commas and quotes, empty cells', async () => {
    const input = ['2014-12-10', 'say "hi", twice', '', '2022-09-12'].join('\n');
    for (const flag of [['--csv'], ['--format', 'csv']]) {
      const { stdout, exitCode } = await runInProcess(['batch', ...flag], { input });
      expect(exitCode).toBe(2);
      // The header, and CRLF at the end of every record.
      expect(stdout.startsWith('line,input,receiptDate,deadline,warnings,code,error\r\n')).toBe(true);
      expect(stdout.split('\r\n')).toHaveLength(5);
      const rows = parse(stdout, { columns: true }) as Record<string, string>[];
      expect(rows).toEqual([
        { line: '1', input: '2014-12-10', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: 'before-in-force', code: '', error: '' },
        {
          line: '2', input: 'say "hi", twice', receiptDate: '', deadline: '', warnings: '', code: 'invalid-date',
          error: 'invalid receipt date "say \\"hi\\", twice": expected YYYY-MM-DD, DD/MM/YYYY or "today"',
        },
        { line: '4', input: '2022-09-12', receiptDate: '2022-09-12', deadline: '2022-12-20', warnings: '', code: '', error: '' },
      ]);
    }
  });

  it('guards text cells a spreadsheet would run as a formula (= + - @ tab, also after spaces) with a leading quote', async () => {
    const { stdout } = await runInProcess(['batch', '--csv'], { input: '=1+1\n  -2\n\t@x\n+3\n' });
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.input)).toEqual(["'=1+1", "'  -2", "'\t@x", "'+3"]);
    expect(rows.map((row) => row.code)).toEqual(['invalid-date', 'invalid-date', 'invalid-date', 'invalid-date']);
  });

  it('CSV in, CSV out', async () => {
    const { stdout } = await runInProcess(['batch', '--column', 'd', '--csv'], { input: 'id,d\nx,2014-12-10\n' });
    expect(parse(stdout, { columns: true })).toEqual([
      { line: '2', input: '2014-12-10', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: 'before-in-force', code: '', error: '' },
    ]);
  });
});

describe('batch: bad invocations are one line on stderr and exit 2', () => {
  it.each([
    ['a missing --input file', ['batch', '--input', join(dir, 'missing.txt')], 'cannot read', 'no such file or directory'],
    ['a directory as --input', ['batch', '--input', dir], 'cannot read', 'directory'],
    ['a --column the header lacks', ['batch', '--column', 'nope'], 'no column "nope" in the CSV header', '"id", "received"'],
    ['an unknown --format', ['batch', '--format', 'xml'], "argument 'xml' is invalid", 'ndjson, csv'],
    ['an unknown --rule', ['batch', '--rule', 'nope'], 'unknown --rule "nope"', 'written-statement'],
    ['--days with a rule not counted in working days', ['batch', '--rule', 'sar', '--days', '5'], '--days replaces a period counted in working days', 'the sar rule counts calendar months'],
    ['a bad --days', ['batch', '--days', '0'], 'invalid --days "0"', 'whole number'],
    ['--json (batch has no --json)', ['batch', '--json'], "unknown option '--json'", "ofsted-deadline: unknown option '--json'\n"],
  ])('%s', async (_why, args, first, second) => {
    const { stdout, stderr, exitCode } = await runInProcess(args, { input: 'id,received\n1,2014-12-10\n' });
    expect(exitCode).toBe(2);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(/^ofsted-deadline: /);
    expect(stderr).toContain(first);
    expect(stderr).toContain(second);
    expect(stderr).not.toMatch(/\n\s+at /);
    if (!args.includes('--json')) expect(stdout).toBe('');
  });
});
