import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

// Every command that answers about a year after the 2028 horizon says so; inside it, none does.
describe('the beyond-horizon warning on the point commands', () => {
  it.each([
    [['is-working-day', '2035-05-07'], 'is-working-day in 2035', 2035],
    [['holidays', '2035'], 'holidays of 2035', 2035],
    [['count', '2028-12-01', '2029-01-10'], 'a count that ends in 2029', 2029],
    [['add', '2028-12-20', '10'], 'an add that lands in 2029', 2029],
  ])('%j warns in JSON and on stderr (%s)', async (args, _why, year) => {
    const says = `This answer depends on ${year}, after 2028, the last year of announced bank holidays`;
    const json = await runInProcess([...args, '--json']);
    const document = JSON.parse(json.stdout) as { warnings: { code: string; message: string }[] };
    expect(document.warnings.map((w) => w.code)).toEqual(['beyond-horizon']);
    expect(document.warnings[0]!.message.startsWith(says)).toBe(true);

    // A one-line answer keeps stdout to its line: the warning (wrapped) is on stderr.
    const text = await runInProcess(args);
    expect(text.stderr.replace(/\s+/g, ' ').startsWith(`warning: ${says}`)).toBe(true);
    expect(text.stdout).not.toContain('warning');
  });

  it.each([
    [['is-working-day', '2028-05-01'], 'a day inside 2028'],
    [['holidays', '2028'], 'the horizon year itself'],
    [['count', '2027-12-01', '2028-12-29'], 'a count inside the horizon'],
  ])('%j gives no warning (%s)', async (args) => {
    const document = JSON.parse((await runInProcess([...args, '--json'])).stdout) as { warnings: unknown[] };
    expect(document.warnings).toEqual([]);
    expect((await runInProcess(args)).stderr).toBe('');
  });
});

describe('--days in JSON', () => {
  it('describes the one-off period, not the 70-day rule it replaced', async () => {
    const document = JSON.parse((await runInProcess(['2014-12-10', '--days', '45', '--json'])).stdout) as {
      rule: string;
      workingDays: number;
      ruleDetails: { id: string; amount: number };
    };
    expect(document.rule).toBe('custom');
    expect(document.workingDays).toBe(45);
    expect(document.ruleDetails).toMatchObject({ id: 'custom', amount: 45 });
  });
});

describe('an add that leaves the supported years', () => {
  it.each([
    [['add', '2199-12-31', '1'], '1 working day after 2199-12-31 falls outside the supported years 1990–2199'],
    [['add', '1990-01-02', '-5'], '5 working days before 1990-01-02 falls outside the supported years 1990–2199'],
  ])('%j names the count, the direction and the date', async (args, message) => {
    const result = await runInProcess([...args, '--json']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`ofsted-deadline: ${message}\n`);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'out-of-range', message, input: args[1] } });
  });
});
