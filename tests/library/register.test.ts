import { describe, expect, expectTypeOf, it } from 'vitest';
import { type RegisterOptions, type RegisterResult, register } from '../../src/index.js';
import { deadlineErrorOf } from '../helpers/errors.js';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * The library's register(): rows as objects, the --json document back. FOI received Mon 3 Feb 2025
 * is due Mon 3 Mar 2025 (four working weeks, no UK holiday between).
 */

describe('register() as the README shows it', () => {
  it('gives matters, errors and a summary for rows of objects', () => {
    const result = register([{ id: 'FOI-1', received: '2025-02-03', rule: 'foi' }, { id: 'FOI-1', received: '2025-02-04' }], { today: '2025-03-03' });
    expect(result.matters.map((m) => [m.id, m.deadline, m.state])).toEqual([['FOI-1', '2025-03-03', 'due-today']]);
    expect(result.errors.map((e) => `${e.line} ${e.code}`)).toEqual(['2 duplicate-id']);
    expect(result.summary['due-today']).toBe(1);
  });

  it('has the documented types', () => {
    expectTypeOf(register).parameters.toEqualTypeOf<[rows: readonly unknown[], options: RegisterOptions]>();
    expectTypeOf(register).returns.toEqualTypeOf<RegisterResult>();
    expectTypeOf<RegisterResult['matters'][number]['state']>().toEqualTypeOf<'overdue' | 'due-today' | 'due-soon' | 'open' | 'closed-on-time' | 'closed-late'>();
  });
});

describe('register() options', () => {
  const rows = [{ Reference: 'R-1', 'Date received': '03/02/2025', Type: 'FOI' }];

  it('maps keys with columns, and reads UK dates and rule ids in any case', () => {
    const result = register(rows, { today: '2025-03-03', columns: { id: 'reference', received: 'date received', rule: 'type' } });
    expect(result.matters.map((m) => [m.line, m.id, m.rule, m.deadline])).toEqual([[1, 'R-1', 'foi', '2025-03-03']]);
  });

  it('takes soon, rule and region', () => {
    const result = register([{ id: 'A', received: '2025-02-03' }], { today: '2025-02-24', soon: 5, rule: 'foi', region: 'england-and-wales' });
    expect(result.matters.map((m) => [m.rule, m.calendar, m.workingDaysRemaining, m.state])).toEqual([['foi', 'england-and-wales', 5, 'due-soon']]);
    expect(result.soonWorkingDays).toBe(5);
  });

  it('words its warnings without CLI flags, codes and facts as the CLI gives them', async () => {
    const input = [{ id: 'A', received: '2030-06-03' }];
    const result = register(input, { today: '2030-06-03' });
    const cli = await runInProcess(['register', '-', '--today', '2030-06-03', '--json', '--input-format', 'json'], { input: JSON.stringify(input) });
    const [libraryWarning] = result.matters[0]!.warnings;
    const [cliWarning] = (JSON.parse(cli.stdout) as RegisterResult).matters[0]!.warnings;
    expect(libraryWarning!.code).toBe('beyond-horizon');
    expect(libraryWarning!.message).not.toMatch(/--/);
    expect(cliWarning!.message).toMatch(/--holidays-file/);
    const { message: _a, ...libraryFacts } = libraryWarning!;
    const { message: _b, ...cliFacts } = cliWarning!;
    expect(libraryFacts).toEqual(cliFacts);
  });

  it('trims titles and owners and gives their line breaks one form, as every text the tool carries', () => {
    const [matter] = register([{ id: ' A ', received: '2025-02-03', title: ' one\r\ntwo\rthree ', owner: '   ' }], { today: '2025-03-03' }).matters;
    expect([matter!.id, matter!.title, matter!.owner]).toEqual(['A', 'one\ntwo\nthree', null]);
  });

  it('makes a row that is not an object an error on its position', () => {
    expect(register([null, 'x', { id: 'A', received: '2025-02-03' }], { today: '2025-03-03' }).errors.map((e) => [e.line, e.code])).toEqual([
      [1, 'unreadable-row'],
      [2, 'unreadable-row'],
    ]);
  });

  it.each([
    ['no today', { today: undefined as never }, 'invalid-date'],
    ['a UK-style today', { today: '03/03/2025' }, 'invalid-date'],
    ['a today before 1990', { today: '1989-12-29' }, 'out-of-range'],
    ['an unknown rule', { today: '2025-03-03', rule: 'fio' as never }, 'invalid-argument'],
    ['an unknown region', { today: '2025-03-03', region: 'wales' as never }, 'invalid-argument'],
    ['a negative soon', { today: '2025-03-03', soon: -1 }, 'invalid-number'],
    ['an unknown receipt convention', { today: '2025-03-03', receiptConvention: 'deemed' as never }, 'invalid-argument'],
  ])('throws a DeadlineError for %s', (_what, options, code) => {
    expect(deadlineErrorOf(() => register([], options as RegisterOptions)).code).toBe(code);
  });
});
