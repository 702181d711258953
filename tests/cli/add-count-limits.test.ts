import { describe, expect, it } from 'vitest';
import { MAX_WORKING_DAYS } from '../../src/cli/parse.js';
import { runInProcess } from '../helpers/run-in-process.js';

const json = async (args: string[]) => {
  const result = await runInProcess([...args, '--json']);
  expect(result.exitCode, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

describe('add n = 0 and the last supported day', () => {
  it.each(['2199-12-31', '1990-01-01', '2199-12-30'])('add %s 0 gives the day itself', async (date) => {
    const result = await runInProcess(['add', date, '0']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/is 0 working days after/);
    expect(await json(['add', date, '0'])).toMatchObject({ from: date, date, workingDays: 0, firstCountedDay: null });
  });

  it('still refuses one working day past the last supported day', async () => {
    const result = await runInProcess(['add', '2199-12-31', '1']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('ofsted-deadline: 1 working day after 2199-12-31 falls outside the supported years 1990–2199\n');
  });
});

describe('add and count accept the same spans', () => {
  it('every count across the supported years is a number add accepts', async () => {
    const whole = await json(['count', '1990-01-01', '2199-12-31']);
    const n = whole.workingDays as number;
    expect(n).toBeGreaterThan(50_000);
    expect(n).toBeLessThanOrEqual(MAX_WORKING_DAYS);
    expect(await json(['add', '1990-01-01', String(n)])).toMatchObject({ date: '2199-12-31' });
    // Back from the last day: 2199-12-31 is among the n, so n - 1 lie before it, down to 2 Jan 1990.
    expect(await json(['count', '2199-12-31', '1990-01-02'])).toMatchObject({ workingDays: -(n - 1) });
    expect(await json(['add', '2199-12-31', String(-(n - 1))])).toMatchObject({ date: '1990-01-02' });
  });

  it('a count too large for the calendar is an out-of-range error, not a limit on n', async () => {
    const result = await runInProcess(['add', '1990-01-01', '55000']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^ofsted-deadline: 55000 working days after 1990-01-01 falls outside the supported years 1990–2199\n$/);
  });
});
