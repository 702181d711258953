import { describe, expect, it } from 'vitest';
import { BAD_INPUT_CASES } from '../helpers/bad-input-cases.js';
import { expectBadInputJson, expectBadInputText, withJson } from '../helpers/expect-bad-input.js';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * The CLI run in-process through runCli (the program the binary runs), for tables too large to
 * spawn a process per row. tests/e2e/cli.test.ts runs a representative of each beside the other
 * commands, and tests/e2e/binary.e2e.test.ts spawns the real binary for a few. Expected dates are
 * hand-worked in tests/core/deadline.test.ts and tests/core/working-days.test.ts.
 */

const ESC = '\u001b[';

describe('every kind of bad input, in text and --json mode', () => {
  it.each(BAD_INPUT_CASES)('$args: $reason → $code', async (row) => {
    const text = await runInProcess(row.args);
    expectBadInputText(text, row);
    expectBadInputJson(await runInProcess(withJson(row)), text, row);
  });
});

describe('commands in-process', () => {
  it.each([
    { args: ['add', '2015-03-23', '-70'], date: '2014-12-10' },
    { args: ['add', '2014-12-24', '1'], date: '2014-12-29' },
    { args: ['add', '10/12/2014', '+5'], date: '2014-12-17' },
    { args: ['add', '2014-12-13', '0'], date: '2014-12-13' },
    { args: ['add', 'today', '1'], date: '2026-11-30' }, // Fri 27 Nov 2026 (pinned) + 1 → Mon 30 Nov
  ])('$args → $date', async ({ args, date }) => {
    const result = await runInProcess([...args, '--json']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ command: 'add', date });
  });

  it.each([
    { date: '2014-12-13', exitCode: 1, reason: 'Saturday' },
    { date: '2014-12-14', exitCode: 1, reason: 'Sunday' },
    { date: '2021-12-28', exitCode: 1, reason: 'Boxing Day (substitute day)' },
    { date: '2012-05-28', exitCode: 0, reason: null }, // spring holiday moved to 4 June that year
    { date: '2012-06-05', exitCode: 1, reason: 'Queen’s Diamond Jubilee' },
  ])('is-working-day $date exits $exitCode', async ({ date, exitCode, reason }) => {
    const result = await runInProcess(['is-working-day', date, '--json']);
    expect(result.exitCode).toBe(exitCode);
    expect(JSON.parse(result.stdout)).toMatchObject({ date, workingDay: exitCode === 0, reason });
  });

  it.each([
    { args: ['--json', 'add', '2014-12-10', '5'], command: 'add', reason: '--json before a subcommand' },
    { args: ['add', '--json', '2014-12-10', '5'], command: 'add', reason: '--json between arguments' },
    { args: ['--json', 'holidays', '2022'], command: 'holidays', reason: '--json before holidays' },
    { args: ['--json', '2014-12-10'], command: 'deadline', reason: '--json before the date' },
  ])('$args writes JSON ($reason)', async ({ args, command }) => {
    const result = await runInProcess(args);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ command });
  });
});

describe('more cases than are worth a process each', () => {
  it.each([
    { args: ['count', '2015-03-23', '2014-12-10'], workingDays: -70, reason: 'backwards' },
    { args: ['count', '2014-12-12', '2014-12-14'], workingDays: 0, reason: 'Friday to Sunday' },
    { args: ['count', '10/12/2014', '2014-12-11'], workingDays: 1, reason: 'UK order' },
  ])('count $args → $workingDays ($reason)', async ({ args, workingDays }) => {
    const text = await runInProcess(args);
    expect(text.stdout).toMatch(new RegExp(`^${workingDays} working days? `));
    expect(JSON.parse((await runInProcess([...args, '--json'])).stdout)).toMatchObject({ command: 'count', workingDays });
  });

  it('reads a UK date with surrounding spaces', async () => {
    const spaced = await runInProcess([' 10/12/2014 ', '--json']);
    expect(spaced.stdout).toBe((await runInProcess(['2014-12-10', '--json'])).stdout);
  });

  it('"today" is the date the binary passes in', async () => {
    const result = await runInProcess(['today', '--json'], { today: '2026-11-27' });
    expect(JSON.parse(result.stdout)).toMatchObject({ receiptDate: '2026-11-27', firstCountedDay: '2026-11-30' });
  });

  it('warns that SI 2007/462 was not yet in force for a 2006 receipt, above the deadline in text mode', async () => {
    const text = await runInProcess(['2006-06-01']);
    expect(text.exitCode).toBe(0);
    expect(text.stderr).toBe('');
    const stdout = text.stdout.replace(/\s+/g, ' ');
    const warningAt = stdout.indexOf('warning: SI 2007/462 applies from Sun 1 Apr 2007: the date given, Thu 1 Jun 2006, is earlier');
    expect(warningAt).toBeGreaterThan(0);
    expect(warningAt).toBeLessThan(stdout.indexOf('Written statement of action due'));
    const result = await runInProcess(['2006-06-01', '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).warnings).toEqual([
      expect.objectContaining({ code: 'before-in-force', rule: 'written-statement', inForce: '2007-04-01', event: '2006-06-01' }),
      expect.objectContaining({ code: 'before-in-force', rule: 'draft-action-plan', inForce: '2018-01-01', precision: 'year' }),
    ]);
  });

  it('says why a Saturday and the State Funeral are not working days', async () => {
    expect((await runInProcess(['is-working-day', '2014-12-13'])).stdout).toContain('Saturday');
    const funeral = await runInProcess(['is-working-day', '2022-09-19']);
    expect(funeral.exitCode).toBe(1);
    expect(funeral.stdout).toMatch(/not a working day.*Funeral/);
  });
});

describe('colour on a terminal', () => {
  it.each([
    { reason: 'a terminal', env: {}, tty: true, args: ['2014-12-10'], coloured: true },
    { reason: 'a terminal with NO_COLOR', env: { NO_COLOR: '1' }, tty: true, args: ['2014-12-10'], coloured: false },
    { reason: 'a terminal with --no-color', env: {}, tty: true, args: ['2014-12-10', '--no-color'], coloured: false },
    { reason: 'a terminal with --no-color before a subcommand', env: {}, tty: true, args: ['--no-color', 'holidays', '2022'], coloured: false },
    { reason: 'a terminal, --json', env: {}, tty: true, args: ['2014-12-10', '--json'], coloured: false },
    { reason: 'a pipe', env: {}, tty: false, args: ['2014-12-10'], coloured: false },
  ])('$reason → coloured: $coloured', async ({ env, tty, args, coloured }) => {
    const result = await runInProcess(args, { env: { NO_COLOR: undefined, ...env }, stdoutIsTTY: tty });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(coloured);
  });
});
