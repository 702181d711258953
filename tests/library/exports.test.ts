import { describe, expect, expectTypeOf, it } from 'vitest';
import * as library from '../../src/index.js';
import {
  type CalendarOptions,
  DeadlineError,
  type Deadline,
  type DeadlineOptions,
  addWorkingDays,
  countWorkingDays,
  deadline,
  isWorkingDay,
} from '../../src/index.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { RUNTIME_EXPORTS } from '../helpers/runtime-exports.js';

describe('the exported surface', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(library).sort()).toEqual(RUNTIME_EXPORTS);
  });

  it('has the documented types', () => {
    expectTypeOf(deadline).parameters.toEqualTypeOf<[receiptDate: string, options?: DeadlineOptions]>();
    expectTypeOf(deadline).returns.toEqualTypeOf<Deadline>();
    expectTypeOf<Deadline['deadline']>().toEqualTypeOf<string>();
    expectTypeOf<Deadline['milestones'][number]['rule']>().toEqualTypeOf<string>();
    expectTypeOf<Deadline['warnings'][number]['code']>().toEqualTypeOf<(typeof library.WARNING_CODES)[number]>();
    expectTypeOf(addWorkingDays).parameters.toEqualTypeOf<[date: string, workingDays: number, options?: CalendarOptions]>();
    expectTypeOf(addWorkingDays).returns.toEqualTypeOf<string>();
    expectTypeOf(countWorkingDays).parameters.toEqualTypeOf<[from: string, to: string, options?: CalendarOptions]>();
    expectTypeOf(countWorkingDays).returns.toEqualTypeOf<number>();
    expectTypeOf(isWorkingDay).returns.toEqualTypeOf<boolean>();
    expectTypeOf<DeadlineOptions['rule']>().toEqualTypeOf<
      'written-statement' | 'publish-report' | 'draft-action-plan' | 'foi' | 'eir' | 'sar' | 'agenda' | undefined
    >();
    expectTypeOf<CalendarOptions['region']>().toEqualTypeOf<'england-and-wales' | 'scotland' | 'northern-ireland' | 'uk' | undefined>();
    expectTypeOf<DeadlineError['code']>().toExtend<string>();
  });
});

describe('the README examples', () => {
  it.each([
    ["deadline('2014-12-10').deadline", () => deadline('2014-12-10').deadline, '2015-03-23'],
    ["deadline('2014-12-10').firstCountedDay", () => deadline('2014-12-10').firstCountedDay, '2014-12-11'],
    [
      'the milestones in date order',
      () => deadline('2014-12-10').milestones.map((m) => `${m.rule} ${m.date}`),
      ['draft-action-plan 2015-01-12', 'publish-report 2015-01-26', 'written-statement 2015-03-23'],
    ],
    ["deadline(..., { rule: 'publish-report' })", () => deadline('2014-12-10', { rule: 'publish-report' }).deadline, '2015-01-26'],
    ['deadline(..., { days: 5 })', () => deadline('2014-12-10', { days: 5 }).deadline, '2014-12-17'],
    ["deadline(..., { rule: 'foi' }) counts UK-wide", () => deadline('2025-07-31', { rule: 'foi' }).deadline, '2025-09-01'],
    [
      'warnings are codes with facts',
      // A Saturday receipt, and a 5-day period standing in for the 70 (no milestone is due by then).
      () => deadline('2014-12-13', { days: 5 }).warnings.map((w) => w.code),
      ['custom-period', 'receipt-on-non-working-day'],
    ],
    ["addWorkingDays('2014-12-10', 70)", () => addWorkingDays('2014-12-10', 70), '2015-03-23'],
    ["addWorkingDays('2015-03-23', -70)", () => addWorkingDays('2015-03-23', -70), '2014-12-10'],
    ['an 80-year add', () => addWorkingDays('2026-11-27', 20_000), '2105-12-31'],
    ["countWorkingDays('2014-12-10', '2015-03-23')", () => countWorkingDays('2014-12-10', '2015-03-23'), 70],
    ['a backwards count', () => countWorkingDays('2015-03-23', '2014-12-10'), -70],
    ['the State Funeral, 19 Sep 2022', () => isWorkingDay('2022-09-19'), false],
    ['the day after it', () => isWorkingDay('2022-09-20'), true],
    ["St Andrew's Day in Scotland", () => isWorkingDay('2022-11-30', { region: 'scotland' }), false],
  ])('%s', (_what, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it.each([
    ['a UK-style date', () => deadline('10/12/2014'), 'invalid-date'],
    ['a date that does not exist', () => isWorkingDay('2015-02-29'), 'invalid-date'],
    ['a year before 1990', () => addWorkingDays('1989-12-29', 1), 'out-of-range'],
    ['an add past 2199', () => addWorkingDays('2189-01-01', 20_000), 'out-of-range'],
    ['a fractional count', () => addWorkingDays('2014-12-10', 1.5), 'invalid-number'],
    ['zero --days', () => deadline('2014-12-10', { days: 0 }), 'invalid-number'],
    ['an unknown region', () => isWorkingDay('2014-12-10', { region: 'wales' as never }), 'invalid-argument'],
  ])('throws a DeadlineError for %s', (_what, run, code) => {
    expect(run).toThrow(DeadlineError);
    try {
      run();
    } catch (error) {
      expect((error as DeadlineError).code).toBe(code);
    }
  });
});

describe('the library and the CLI give the same answers', () => {
  /** A document without its warnings' sentences, which name CLI flags only in the CLI. */
  const withoutMessages = (document: { warnings: readonly { message: string }[] }) => ({
    ...document,
    warnings: document.warnings.map(({ message: _message, ...facts }) => facts),
  });

  it.each(['2014-12-10', '2022-09-16', '2024-12-24', '2007-03-30', '2014-12-13', '2030-06-03'])('for a report received on %s', async (date) => {
    const cli = JSON.parse((await runInProcess([date, '--json'])).stdout) as Deadline;
    const result = deadline(date);
    // The same document, field for field, but for the wording of the warnings.
    expect(withoutMessages(result)).toEqual(withoutMessages(cli));
    for (const warning of result.warnings) expect(warning.message).not.toMatch(/--/);
    const added = JSON.parse((await runInProcess(['add', date, '-45', '--json'])).stdout) as { date: string };
    expect(addWorkingDays(date, -45)).toBe(added.date);
    const counted = JSON.parse((await runInProcess(['count', date, '2030-01-01', '--json'])).stdout) as { workingDays: number };
    expect(countWorkingDays(date, '2030-01-01')).toBe(counted.workingDays);
    const working = JSON.parse((await runInProcess(['is-working-day', date, '--json'])).stdout) as { workingDay: boolean };
    expect(isWorkingDay(date)).toBe(working.workingDay);
  });
});
