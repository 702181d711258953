import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { runBin } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const RUNTIME_EXPORTS = [
  'COUNTING_CONVENTION',
  'DeadlineError',
  'FIRST_SUPPORTED_YEAR',
  'HORIZON_YEAR',
  'LAST_SUPPORTED_YEAR',
  'MATTER_STATES',
  'OFSTED_RULE_IDS',
  'RECEIPT_CONVENTIONS',
  'REGIONS',
  'REGISTER_ERROR_CODES',
  'REGISTER_FIELDS',
  'RULES',
  'RULE_IDS',
  'WARNING_CODES',
  'WORKING_DAY_DEFINITION',
  'addWorkingDays',
  'countWorkingDays',
  'deadline',
  'isWorkingDay',
  'register',
];

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

  it.each(['2014-12-10', '2022-09-16', '2024-12-24', '2007-03-30', '2014-12-13', '2030-06-03'])('for a report received on %s', (date) => {
    const cli = JSON.parse(runBin([date, '--json']).stdout) as Deadline;
    const result = deadline(date);
    // The same document, field for field, but for the wording of the warnings.
    expect(withoutMessages(result)).toEqual(withoutMessages(cli));
    for (const warning of result.warnings) expect(warning.message).not.toMatch(/--/);
    const added = JSON.parse(runBin(['add', date, '-45', '--json']).stdout) as { date: string };
    expect(addWorkingDays(date, -45)).toBe(added.date);
    const counted = JSON.parse(runBin(['count', date, '2030-01-01', '--json']).stdout) as { workingDays: number };
    expect(countWorkingDays(date, '2030-01-01')).toBe(counted.workingDays);
    const working = JSON.parse(runBin(['is-working-day', date, '--json']).stdout) as { workingDay: boolean };
    expect(isWorkingDay(date)).toBe(working.workingDay);
  });
});

describe('the built package, imported by its name', () => {
  it('works from JavaScript as `import ... from "ofsted-deadline"` (package.json "exports", self-reference)', () => {
    const script = `
      import * as lib from 'ofsted-deadline';
      console.log(JSON.stringify({ keys: Object.keys(lib).sort(), deadline: lib.deadline('2014-12-10').deadline, add: lib.addWorkingDays('2015-03-23', -70) }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ keys: RUNTIME_EXPORTS, deadline: '2015-03-23', add: '2014-12-10' });
  });

  it('type-checks in a TypeScript project that installed it (its .d.ts files, found through "exports")', () => {
    const project = mkdtempSync(join(tmpdir(), 'ofsted-deadline-consumer-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'ofsted-deadline'), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, types: [] } }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { deadline, addWorkingDays, countWorkingDays, isWorkingDay, DeadlineError, type Deadline } from 'ofsted-deadline';
const result: Deadline = deadline('2014-12-10', { rule: 'publish-report', region: 'england-and-wales' });
const due: string = result.deadline;
const later: string = addWorkingDays(due, 5);
const count: number = countWorkingDays('2014-12-10', later);
const open: boolean = isWorkingDay(later);
const code: string = new DeadlineError('invalid-date', 'x').code;
// @ts-expect-error the rule must be one of the catalogue's
deadline('2014-12-10', { rule: 'nonsense' });
// @ts-expect-error a count of working days is a number
addWorkingDays('2014-12-10', '70');
export { count, open, code };
`,
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
