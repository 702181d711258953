import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

// Sat 13 Dec 2014: deemed received Mon 15 Dec, so day 1 is Tue 16 Dec (ordinary: Mon 15 Dec).
describe('the deemed receipt is shown beside the receipt in text', () => {
  it.each([
    [['2014-12-13'], 'the Ofsted deadlines'],
    [['2014-12-13', '--rule', 'foi'], 'a catalogue rule'],
  ])('%j (%s)', async (args) => {
    const deemed = (await runInProcess([...args, '--receipt-convention', 'deemed-next-working-day'])).stdout.split('\n');
    expect(deemed[1]).toMatch(/^Deemed received +Mon 15 Dec 2014 +\(deemed received on the next working day: not the default\)$/);
    expect(deemed[2]).toMatch(/^Day 1 +Tue 16 Dec 2014$/);

    const ordinary = (await runInProcess(args)).stdout;
    expect(ordinary).not.toContain('Deemed received');
    expect(ordinary).toMatch(/^Day 1 +Mon 15 Dec 2014$/m);
  });

  it('says nothing extra when the receipt is already a working day', async () => {
    expect((await runInProcess(['2014-12-10', '--receipt-convention', 'deemed-next-working-day'])).stdout).not.toContain('Deemed received');
  });
});
