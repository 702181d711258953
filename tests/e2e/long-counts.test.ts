import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

describe('long counts', () => {
  it('answers an 80-year add (20,000 working days) correctly, and count agrees', async () => {
    const { stdout, exitCode } = await runInProcess(['add', '2026-11-27', '20000', '--json']);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ from: '2026-11-27', workingDays: 20000, date: '2105-12-31' });
    const back = await runInProcess(['count', '2026-11-27', '2105-12-31', '--json']);
    expect(JSON.parse(back.stdout)).toMatchObject({ workingDays: 20000 });
  });

  it.each([
    ['an add that runs past 2199', ['add', '2189-01-01', '20000'], '20000 working days after 2189-01-01 falls outside the supported years 1990–2199'],
    ['a date before 1990', ['add', '1989-12-29', '1'], 'outside the supported years 1990–2199'],
  ])('gives a clear error and exit 2 for %s', async (_why, args, message) => {
    const { stdout, stderr, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
