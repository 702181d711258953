import { describe, expect, it } from 'vitest';
import { collect } from '../../src/cli/context.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** `n` distinct weekday-or-weekend dates in 2030–2089, each with a name. */
function extraHolidayFlags(n: number): string[] {
  const flags: string[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2030 + (i % 60);
    const month = String(1 + (Math.floor(i / 60) % 12)).padStart(2, '0');
    const day = String(1 + (Math.floor(i / 720) % 28)).padStart(2, '0');
    flags.push('--extra-holiday', `${year}-${month}-${day}=Closure ${i}`);
  }
  return flags;
}

describe('repeated --extra-holiday flags cost linear time', () => {
  it('collect appends to the array it returned, never copying it', () => {
    let values: string[] | undefined;
    const first = (values = collect('a', values));
    for (let i = 0; i < 25_000; i++) values = collect(String(i), values);
    expect(values).toBe(first); // one array throughout: O(1) per flag, not a copy of all before it
    expect(values).toHaveLength(25_001);
    expect(values.slice(0, 3)).toEqual(['a', '0', '1']);
  });

  it('25,000 flags are all applied, well within a generous bound', async () => {
    const flags = extraHolidayFlags(25_000);
    const started = performance.now();
    const result = await runInProcess(['is-working-day', '2089-12-28', ...flags, '--json']);
    const elapsed = performance.now() - started;
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ date: '2089-12-28', workingDay: false });
    expect(elapsed).toBeLessThan(3_000); // about 0.1 s now; copying the list per flag took ~9 s
  });
});
