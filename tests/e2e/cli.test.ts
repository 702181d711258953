import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAD_INPUT_CASES } from '../helpers/bad-input-cases.js';
import { expectBadInputJson, expectBadInputText, withJson } from '../helpers/expect-bad-input.js';
import type { BinResult } from '../helpers/run-bin.js';
import { runInProcess as run } from '../helpers/run-in-process.js';

/*
 * End-to-end through runCli, the entry the binary calls, in-process (tests/helpers/run-in-process.ts):
 * argv in, stdout, stderr and the exit code out. Colour is off and "today" is pinned to 2026-11-27
 * unless a test says otherwise. Expected dates are the hand-worked ones of
 * tests/core/deadline.test.ts. tests/e2e/binary.e2e.test.ts spawns the built binary for what only a
 * real process shows.
 */

const ESC = '\u001b[';
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Text with every run of white space (a wrapped line's break and indent) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

function expectSuccess(result: BinResult, exitCode = 0): void {
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(exitCode);
  expect(result.stdout.endsWith('\n')).toBe(true);
}

function json(result: BinResult): Record<string, unknown> {
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/** The first line of stdout that matches (for checking that a label and its date sit together). */
function lineWith(stdout: string, text: string | RegExp): string {
  const matches = (line: string) => (typeof text === 'string' ? line.includes(text) : text.test(line));
  return stdout.split('\n').find(matches) ?? `(no line with ${String(text)})`;
}

describe.concurrent('ofsted-deadline <receipt-date>', () => {
  it('explains the deadlines for the issue example as text', async () => {
    const result = await run(['2014-12-10']);
    expectSuccess(result);
    const out = result.stdout;
    expect(lineWith(out, 'Day 1')).toContain('Thu 11 Dec 2014');
    expect(lineWith(out, /written statement/i)).toContain('Mon 23 Mar 2015');
    expect(lineWith(out, /report published/i)).toContain('Mon 26 Jan 2015');
    expect(lineWith(out, /draft action plan/i)).toContain('Mon 12 Jan 2015');
    expect(lineWith(out, 'Christmas Day')).toContain('Thu 25 Dec 2014');
    expect(lineWith(out, 'Boxing Day')).toContain('Fri 26 Dec 2014');
    expect(lineWith(out, "New Year's Day")).toContain('Thu 1 Jan 2015');
    expect(out).toContain('SI 2007/462 reg 2');
    expect(out).toContain('SI 2007/462 reg 3');
    expect(flat(out)).toMatch(/Ofsted.*not statute/);
    expect(out).toContain('103 calendar days');
    expect(out).not.toContain(ESC);
    // A receipt before 2018 predates the Ofsted practice behind the draft action plan: the warning
    // is part of the document, above the deadline.
    expect(flat(out)).toContain(
      'warning: Ofsted ILACS practice (2018 statement) applies from 2018: the date given, Wed 10 Dec 2014, is earlier and was not subject to it. ' +
        'The draft-action-plan date is shown as the same count of working days.',
    );
    expect(out.indexOf('warning: ')).toBeLessThan(out.indexOf('Written statement of action due'));
  });

  it('writes one JSON document with --json', async () => {
    const result = await run(['2014-12-10', '--json']);
    expectSuccess(result);
    expect(json(result)).toMatchObject({
      schemaVersion: 1,
      command: 'deadline',
      receiptDate: '2014-12-10',
      deadline: '2015-03-23',
      workingDays: 70,
      firstCountedDay: '2014-12-11',
      calendarDays: 103,
      holidaysSkipped: [
        { date: '2014-12-25', name: 'Christmas Day' },
        { date: '2014-12-26', name: 'Boxing Day' },
        { date: '2015-01-01', name: "New Year's Day" },
      ],
      milestones: [
        { rule: 'draft-action-plan', workingDays: 20, date: '2015-01-12' },
        { rule: 'publish-report', workingDays: 30, date: '2015-01-26', citation: 'SI 2007/462 reg 2' },
        { rule: 'written-statement', workingDays: 70, date: '2015-03-23' },
      ],
      warnings: [
        {
          code: 'before-in-force',
          message:
            'Ofsted ILACS practice (2018 statement) applies from 2018: the date given, Wed 10 Dec 2014, is earlier and was not subject to it. ' +
            'The draft-action-plan date is shown as the same count of working days.',
          rule: 'draft-action-plan',
          event: '2014-12-10',
          inForce: '2018-01-01',
          by: 'Ofsted ILACS practice (2018 statement)',
          precision: 'year',
        },
      ],
    });
  });

  it.each([
    { reason: 'UK order: 10/12/2014 is 10 December', input: '10/12/2014' },
  ])('reads $input ($reason)', async ({ input }) => {
    expect(json(await run([input, '--json']))).toEqual(json(await run(['2014-12-10', '--json'])));
  });

  it('replaces the 70 with --days N', async () => {
    const result = await run(['2014-12-10', '--days', '45', '--json']);
    expectSuccess(result);
    expect(json(result)).toMatchObject({ rule: 'custom', workingDays: 45, deadline: '2015-02-16' });
    const text = await run(['2014-12-10', '--days', '45']);
    expectSuccess(text);
    expect(text.stdout).toContain('Mon 16 Feb 2015');
  });

  // "today" from OFSTED_DEADLINE_TODAY is run.ts's work, so tests/e2e/binary.e2e.test.ts checks it
  // on the real binary; tests/cli/program.test.ts checks that commands use the date they are given.

  it('warns in the text document (above the deadline) or in "warnings" (JSON) when the count reaches past the announced holidays', async () => {
    const text = await run(['2028-10-02']);
    expectSuccess(text);
    expect(text.stdout).toContain('Written statement');
    expect(flat(text.stdout)).toMatch(/warning: This answer depends on 2029, after 2028, the last year of announced bank holidays /);
    expect(text.stdout.indexOf('warning: ')).toBeLessThan(text.stdout.indexOf('Written statement of action due'));
    const result = await run(['2028-10-02', '--json']);
    expectSuccess(result);
    expect(json(result).warnings).toEqual([expect.objectContaining({ code: 'beyond-horizon' })]);
  });

});

describe.concurrent('time zones', () => {
  // CI also runs the whole suite under each zone; this checks one run against another (the helper
  // sets TZ for the run, as a spawned binary would get it).
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'])('gives the same JSON under TZ=%s as under UTC', async (zone) => {
    const utc = await run(['2022-12-23', '--json'], { env: { TZ: 'UTC' } });
    const there = await run(['2022-12-23', '--json'], { env: { TZ: zone } });
    expectSuccess(there);
    expect(there.stdout).toBe(utc.stdout);
  });
});

describe.concurrent('ofsted-deadline add <date> <n>', () => {
  it.each([
    { args: ['add', '2015-03-23', '-70'], date: '2014-12-10', human: 'Wed 10 Dec 2014', reason: 'a negative n, as a user types it' },
    { args: ['add', '2014-12-10', '70'], date: '2015-03-23', human: 'Mon 23 Mar 2015', reason: 'forward 70' },
  ])('$args ($reason)', async ({ args, date, human }) => {
    const text = await run(args);
    expectSuccess(text);
    expect(text.stdout.split('\n')[0]).toContain(human);
    const result = await run([...args, '--json']);
    expectSuccess(result);
    expect(json(result)).toMatchObject({ command: 'add', from: expect.any(String), date, workingDays: Number(args[2]) });
  });

  it('names day 1 and the holidays skipped', async () => {
    const result = await run(['add', '2015-03-23', '-70', '--json']);
    expect(json(result)).toMatchObject({
      firstCountedDay: '2015-03-20',
      calendarDays: -103,
      holidaysSkipped: [{ date: '2014-12-25' }, { date: '2014-12-26' }, { date: '2015-01-01' }],
    });
    expect(json(await run(['add', '2014-12-13', '0', '--json'])).firstCountedDay).toBeNull();
  });
});

describe.concurrent('ofsted-deadline count <from> <to>', () => {
  it.each([
    { args: ['count', '2014-12-10', '2015-03-23'], workingDays: 70 },
  ])('$args → $workingDays', async ({ args, workingDays }) => {
    const text = await run(args);
    expectSuccess(text);
    expect(text.stdout).toMatch(new RegExp(`^${workingDays} working days? `));
    const result = await run([...args, '--json']);
    expectSuccess(result);
    expect(json(result)).toMatchObject({ command: 'count', workingDays, from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});

describe.concurrent('ofsted-deadline is-working-day <date>', () => {
  it.each([
    { date: '2014-12-10', exitCode: 0, reason: null, says: 'a working day' },
    { date: '2014-12-25', exitCode: 1, reason: 'Christmas Day', says: 'Christmas Day' },
  ])('$date exits $exitCode ($says)', async ({ date, exitCode, reason, says }) => {
    const text = await run(['is-working-day', date]);
    expectSuccess(text, exitCode);
    expect(text.stdout).toContain(says);
    if (exitCode === 1) expect(text.stdout).toContain('not a working day');
    const result = await run(['is-working-day', date, '--json']);
    expectSuccess(result, exitCode);
    expect(json(result)).toEqual({ schemaVersion: 1, command: 'is-working-day', date, workingDay: exitCode === 0, reason, warnings: [] });
  });
});

describe.concurrent('ofsted-deadline holidays [year]', () => {
  it('lists a year with names', async () => {
    const text = await run(['holidays', '2022']);
    expectSuccess(text);
    expect(lineWith(text.stdout, 'Mon 19 Sep 2022')).toMatch(/Funeral/i);
    expect(lineWith(text.stdout, 'Fri 3 Jun 2022')).toMatch(/Jubilee/i);
    const result = await run(['holidays', '2022', '--json']);
    expectSuccess(result);
    expect(json(result)).toMatchObject({ command: 'holidays', year: 2022, calendar: 'england-and-wales' });
    expect((json(result).holidays as { date: string }[]).map((h) => h.date)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02',
      '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
    ]);
  });

  it("defaults to this year (today's year in England)", async () => {
    const result = await run(['holidays', '--json'], { env: { OFSTED_DEADLINE_TODAY: '2021-06-30' } });
    expectSuccess(result);
    expect(json(result).year).toBe(2021);
    expect((json(result).holidays as { date: string }[]).at(-1)!.date).toBe('2021-12-28');
  });
});

describe.concurrent('bad input: exit 2, one line on stderr, nothing (or one JSON error) on stdout', () => {
  // The representatives of each kind; tests/cli/program.test.ts runs them all.
  it.each(BAD_INPUT_CASES.filter((row) => row.representative))('$args: $reason → $code', async (row) => {
    const text = await run(row.args);
    expectBadInputText(text, row);
    expectBadInputJson(await run(withJson(row)), text, row);
  });
});

describe.concurrent('help and version', () => {
  it.each([
    { args: ['--help'], says: 'Usage: ofsted-deadline' },
    { args: ['add', '--help'], says: 'Usage: ofsted-deadline add' },
  ])('$args exits 0 with usage on stdout', async ({ args, says }) => {
    const result = await run(args);
    expectSuccess(result);
    expect(result.stdout).toContain(says);
  });

  it.each([['--version']])('%s prints the package version, the holiday data and the supported years, and exits 0', async (flag) => {
    const result = await run([flag]);
    expectSuccess(result);
    expect(result.stdout).toBe(
      `ofsted-deadline ${PACKAGE.version}\n` +
        'holiday data: date-holidays 3.37.0 with corrections; announced bank holidays to 2028 (later years follow the statutory rules)\n' +
        'supported years: 1990–2199\n',
    );
  });

  it('documents the exit codes in --help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/Exit codes: 0 .*1 .*2 .*70/);
  });
});

describe.concurrent('colour', () => {
  const colourEnv = (env: Record<string, string | undefined>) => ({ env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });

  it.each([
    { reason: 'FORCE_COLOR=1 on a pipe', args: ['2014-12-10'], env: { FORCE_COLOR: '1' }, coloured: true },
    { reason: 'piped, nothing forced', args: ['2014-12-10'], env: {}, coloured: false },
    { reason: 'NO_COLOR set, even with FORCE_COLOR', args: ['2014-12-10'], env: { NO_COLOR: '1', FORCE_COLOR: '1' }, coloured: false },
    { reason: '--no-color, even with FORCE_COLOR', args: ['2014-12-10', '--no-color'], env: { FORCE_COLOR: '1' }, coloured: false },
    { reason: 'JSON is never coloured', args: ['2014-12-10', '--json'], env: { FORCE_COLOR: '1' }, coloured: false },
  ])('$reason → coloured: $coloured', async ({ args, env, coloured }) => {
    const result = await run(args, colourEnv(env));
    expect(result.exitCode).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(coloured);
  });

  it('changes no words: coloured output stripped of escapes is the plain output', async () => {
    const coloured = (await run(['2014-12-10'], colourEnv({ FORCE_COLOR: '1' }))).stdout;
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe((await run(['2014-12-10'])).stdout);
  });
});
