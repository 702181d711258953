import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { BinResult } from '../helpers/run-bin.js';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * schema/ofsted-deadline.schema.json is the published contract of --json. Every command's real
 * output (through runCli, the entry the binary calls, in-process), and its error object, must
 * validate; and the schema must be strict enough to reject documents that break the contract.
 */

const schema = JSON.parse(readFileSync(new URL('../../schema/ofsted-deadline.schema.json', import.meta.url), 'utf8')) as { $schema?: string };
const ajv = new Ajv2020({ allErrors: true, strict: true });

// Compiled on first use, not at import: a broken schema then fails the test that says what is
// wrong with it (and every test that validates), instead of the file failing to load.
let compiled: ValidateFunction | undefined;
const validator = (): ValidateFunction => (compiled ??= ajv.compile(schema));

function errorsOf(document: unknown): string {
  const validate = validator();
  return validate(document) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

/** What each run writes, run once: [label, arguments, exit code, the `command` or 'error']. */
const RUNS: readonly (readonly [string, readonly string[], number, string])[] = [
  ['deadline, the issue example', ['2014-12-10', '--json'], 0, 'deadline'],
  ['deadline with --days and a beyond-horizon warning', ['2028-12-01', '--days', '5', '--json'], 0, 'deadline'],
  ['deadline before SI 2007/462 was in force', ['2006-06-01', '--json'], 0, 'deadline'],
  ['add, counting back', ['add', '2015-03-23', '-70', '--json'], 0, 'add'],
  ['add 0: firstCountedDay is null', ['add', '2014-12-13', '0', '--json'], 0, 'add'],
  ['count', ['count', '2014-12-10', '2015-03-23', '--json'], 0, 'count'],
  ['is-working-day, a working day', ['is-working-day', '2014-12-10', '--json'], 0, 'is-working-day'],
  ['is-working-day, a bank holiday', ['is-working-day', '2014-12-25', '--json'], 1, 'is-working-day'],
  ['holidays of a year', ['holidays', '2022', '--json'], 0, 'holidays'],
  ['holidays of this year', ['holidays', '--json'], 0, 'holidays'],
  ['deadline --explain (the audit trail)', ['2014-12-10', '--explain', '--json'], 0, 'deadline'],
  ['deadline --rule foi over UK-wide holidays', ['2025-01-02', '--rule', 'foi', '--json'], 0, 'deadline'],
  ['deadline --rule sar moved off a weekend', ['2025-01-02', '--rule', 'sar', '--explain', '--json'], 0, 'deadline'],
  ['deadline --rule agenda (before a meeting)', ['2015-01-13', '--rule', 'agenda', '--json'], 0, 'deadline'],
  ['deadline, deemed receipt convention', ['2014-12-13', '--receipt-convention', 'deemed-next-working-day', '--json'], 0, 'deadline'],
  ['deadline with an extra holiday', ['2014-12-10', '--extra-holiday', '2015-01-02=Office closure', '--explain', '--json'], 0, 'deadline'],
  ['holidays, Scotland', ['holidays', '2025', '--region', 'scotland', '--json'], 0, 'holidays'],
  ['rules (a bare array)', ['rules', '--json'], 0, 'rules'],
  ['reminders, the default schedule', ['reminders', '2014-12-10', '--today', '2015-03-16', '--json'], 0, 'reminders'],
  ['reminders with check-ins and a hostile title', ['reminders', '2014-12-10', '--every', '7', '--title', '=1+1, "x"; y\nz', '--json'], 0, 'reminders'],
  ['reminders --rule foi over UK-wide holidays', ['reminders', '2024-12-31', '--rule', 'foi', '--json'], 0, 'reminders'],
  ['reminders beyond the horizon', ['reminders', '2028-12-01', '--json'], 0, 'reminders'],
  ['status with something due today', ['status', '2014-12-10', '--today', '2015-03-16', '--json'], 0, 'status'],
  ['status after the deadline (nextMilestone null)', ['status', '2014-12-10', '--today', '2015-03-24', '--json'], 0, 'status'],
  ['calendar', ['calendar', '2014-12-10', '--json'], 0, 'calendar'],
  ['error: an impossible date', ['2015-02-29', '--json'], 2, 'error'],
  ['error: an unreadable holidays file', ['2014-12-10', '--holidays-file', 'no-such-file.json', '--json'], 2, 'error'],
  ['error: a bad count', ['add', '2014-12-10', '1.5', '--json'], 2, 'error'],
  ['error: a result past 2199', ['add', '2199-12-31', '1', '--json'], 2, 'error'],
  ['error: usage (unknown option)', ['--bogus', '--json'], 2, 'error'],
];

// Each run is made once; several tests read the same document.
const runs = new Map<string, Promise<BinResult>>();
async function documentOf(args: readonly string[], exitCode: number): Promise<unknown> {
  const key = args.join(' ');
  if (!runs.has(key)) runs.set(key, runInProcess(args));
  const result = await runs.get(key)!;
  expect(result.exitCode).toBe(exitCode);
  return JSON.parse(result.stdout);
}

describe.concurrent('schema/ofsted-deadline.schema.json', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Valid against the draft 2020-12 meta-schema: every keyword has a value of the right shape.
    const valid = ajv.validateSchema(schema);
    expect(ajv.errors ?? [], ajv.errorsText(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
    // Strict mode also refuses keywords the draft does not define: a misspelt "requried" is legal
    // JSON Schema, and would silently check nothing.
    expect(() => validator()).not.toThrow();
  });

  it.each(RUNS)('accepts the real output: %s', async (_label, args, exitCode, kind) => {
    const document = (await documentOf(args, exitCode)) as Record<string, unknown>;
    expect(errorsOf(document)).toBe('');
    if (kind === 'error') expect(document).toHaveProperty('error');
    else if (kind === 'rules') expect(Array.isArray(document)).toBe(true);
    else expect(document.command).toBe(kind);
  });

  type Doc = Record<string, unknown>;
  const example = async (): Promise<Doc> => structuredClone(await documentOf(['2014-12-10', '--json'], 0)) as Doc;
  const addExample = async (): Promise<Doc> => structuredClone(await documentOf(['add', '2015-03-23', '-70', '--json'], 0)) as Doc;

  it.each([
    ['an unknown property', async () => ({ ...(await example()), extra: true })],
    ['a missing deadline', async () => ({ ...(await example()), deadline: undefined })],
    ['a date with a time', async () => ({ ...(await example()), deadline: '2015-03-23T00:00:00Z' })],
    ['a date in UK order', async () => ({ ...(await example()), receiptDate: '10/12/2014' })],
    ['an unknown command', async () => ({ ...(await example()), command: 'deadlines' })],
    ['a fractional working-day count', async () => ({ ...(await example()), workingDays: 70.5 })],
    ['a holiday without a name', async () => ({ ...(await example()), holidaysSkipped: [{ date: '2014-12-25' }] })],
    ['an unknown warning code', async () => ({ ...(await example()), warnings: [{ code: 'other', message: 'x' }] })],
    ['a wrong schemaVersion', async () => ({ ...(await example()), schemaVersion: 2 })],
    ['add with a deadline-only field', async () => ({ ...(await addExample()), receiptDate: '2015-03-23' })],
    ['a working day with a reason', () => ({ schemaVersion: 1, command: 'is-working-day', date: '2014-12-10', workingDay: true, reason: 'Saturday', warnings: [] })],
    ['an error without a code', () => ({ schemaVersion: 1, error: { message: 'x', input: null } })],
    ['an error that is also a result', async () => ({ ...(await example()), error: { code: 'usage', message: 'x', input: null } })],
    ['a reminder with an unknown state', async () => {
      const doc = structuredClone(await documentOf(['reminders', '2014-12-10', '--today', '2015-03-16', '--json'], 0)) as { reminders: Doc[] };
      doc.reminders[0]!.state = 'soon';
      return doc;
    }],
    ['a status without overdue', async () => ({ ...(structuredClone(await documentOf(['status', '2014-12-10', '--today', '2015-03-16', '--json'], 0)) as Doc), overdue: undefined })],
  ])('rejects %s', async (_reason, make: () => Promise<unknown> | unknown) => {
    expect(errorsOf(JSON.parse(JSON.stringify(await make())))).not.toBe('');
  });
});
