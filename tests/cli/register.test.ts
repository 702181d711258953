import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { registerExitCode } from '../../src/cli/commands/register.js';
import { parseColumnsOption } from '../../src/cli/register/columns.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { deadlineErrorOf } from '../helpers/errors.js';

/*
 * `register` in process: reading CSV and JSON, every bad row as an error record on its line,
 * exit codes, --columns, --output, warnings once each. Dates: FOI received Mon 3 Feb 2025 is due
 * Mon 3 Mar 2025 (four working weeks, no UK holiday between); received Fri 31 Jan 2025, Fri 28 Feb.
 */

const TODAY = ['--today', '2025-03-03'];
const work = mkdtempSync(join(tmpdir(), 'ofsted-deadline-register-'));
const fileWith = (name: string, text: string): string => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

const schema = JSON.parse(readFileSync(new URL('../../schema/ofsted-deadline.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

interface Document {
  matters: { line: number; id: string; title: string | null; deadline: string; state: string; warnings: { code: string }[] }[];
  errors: { line: number; code: string; message: string }[];
  summary: Record<string, number>;
}

async function registerJson(input: string, args: readonly string[] = []): Promise<{ document: Document; exitCode: number | null; stderr: string }> {
  const result = await runInProcess(['register', '-', ...TODAY, '--json', ...args], { input });
  const document = JSON.parse(result.stdout) as Document;
  expect(validate(document) ? '' : ajv.errorsText(validate.errors)).toBe('');
  return { document, exitCode: result.exitCode, stderr: result.stderr };
}

describe('register: every kind of bad row is an error on its line, and the good rows still come out', () => {
  const BAD = [
    'id,received,rule,closed,title', // 1
    'GOOD-1,2025-02-03,foi,,ok', // 2
    ',2025-02-03,,,', // 3 missing-id
    'GOOD-1,2025-02-04,foi,,', // 4 duplicate-id
    'B,31/02/2025,,,', // 5 invalid-date
    'C,2025-02-03,fio,,', // 6 unknown-rule
    'D,2025-02-10,,2025-02-07,', // 7 closed-before-received
    'E,1989-12-29,,,', // 8 out-of-range
    '', // 9 blank: skipped
    ' , ,,,', // 10 blank fields: skipped
    'F,2025-02-03,,,a,b,c', // 11 unreadable-row: too many fields
    'G,,,,', // 12 missing-received
    'H,2025-01-31,foi,,"two', // 13 a quoted field across a line break…
    'lines"', // 14 …so this row starts on 13
    'I,2025-02-03,foi,,"never closed', // 15 unreadable-row: the quote runs to the end
    'J,2025-02-03,foi,,',
  ].join('\n');

  it('gives each bad row its line, code and one-line message', async () => {
    const { document, exitCode } = await registerJson(BAD);
    expect(exitCode).toBe(2);
    expect(document.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'missing-id'],
      [4, 'duplicate-id'],
      [5, 'invalid-date'],
      [6, 'unknown-rule'],
      [7, 'closed-before-received'],
      [8, 'out-of-range'],
      [11, 'unreadable-row'],
      [12, 'missing-received'],
      [15, 'unreadable-row'],
    ]);
    expect(document.errors.map((e) => e.message)).toEqual([
      'no id: every row needs one, unique in the register',
      'duplicate id "GOOD-1": already used on line 2',
      'invalid received date "31/02/2025": February 2025 has no day 31; expected YYYY-MM-DD or DD/MM/YYYY',
      'unknown rule "fio": did you mean "foi"? expected one of written-statement, publish-report, draft-action-plan, foi, eir, sar, agenda',
      'closed Fri 7 Feb 2025 is before received Mon 10 Feb 2025',
      'received date "1989-12-29" is outside the supported years 1990–2199',
      'unreadable row: 7 fields where the header has 5 columns (a comma in a field that should be in quotes?)',
      'no received date: expected YYYY-MM-DD or DD/MM/YYYY',
      expect.stringMatching(/^unreadable row: quote not closed/),
    ]);
    expect(document.matters.map((m) => [m.line, m.id, m.title, m.deadline])).toEqual([
      [2, 'GOOD-1', 'ok', '2025-03-03'],
      [13, 'H', 'two\nlines', '2025-02-28'],
    ]);
    expect(document.summary.errors).toBe(9);
  });

  it('says how many rows failed, once, on stderr', async () => {
    const { stderr } = await registerJson(BAD);
    expect(stderr).toBe('ofsted-deadline: 9 of 11 rows in error (the first at line 3); every other row is reported\n');
  });

  it('lists them under the table in text, and one a line on stderr with --csv and --ics', async () => {
    const text = await runInProcess(['register', '-', ...TODAY], { input: BAD });
    expect(text.stdout).toContain('Rows in error (9):\n  line 3: no id: every row needs one, unique in the register [missing-id]\n');
    for (const format of ['--csv', '--ics']) {
      const { stdout, stderr, exitCode } = await runInProcess(['register', '-', ...TODAY, format], { input: BAD });
      expect(exitCode).toBe(2);
      expect(stdout).not.toContain('missing-id');
      expect(stderr.split('\n').filter((line) => line.startsWith('ofsted-deadline: line '))).toHaveLength(9);
      expect(stderr).toContain('ofsted-deadline: line 4: duplicate id "GOOD-1": already used on line 2 [duplicate-id]\n');
    }
  });

  it('keeps a hostile id on one line, shown visibly, in the text and the message', async () => {
    const input = 'id,received\n"A\u001b[31m\nB",2025-02-03\n"A\u001b[31m\nB",2025-02-03\n';
    const { stdout } = await runInProcess(['register', '-', ...TODAY], { input });
    expect(stdout).toContain('  A\\x1b[31m\\nB ');
    expect(stdout).toContain('line 4: duplicate id "A\\x1b[31m\\nB": already used on line 2 [duplicate-id]');
    expect(stdout).not.toContain('\u001b');
  });
});

describe('register: the file', () => {
  const ROWS = 'ID,Received,RULE\r\nA,2025-02-03,foi\r\nB,2025-01-31,FOI\r\n';

  it('reads CSV with a byte order mark, CRLF line ends and headers in any case, from a file or stdin', async () => {
    const fromStdin = await registerJson(`\ufeff${ROWS}`);
    // A quoted header straight after the mark: read with the mark, it would be no header at all.
    const fromFile = await runInProcess(['register', fileWith('bom.csv', `\ufeff"ID","Received","RULE"\r\n${ROWS.split('\r\n').slice(1).join('\r\n')}`), ...TODAY, '--json']);
    const json = '[{"id": "A", "received": "2025-02-03", "rule": "foi"},\n {"id": "B", "received": "2025-01-31", "rule": "foi"}]';
    const fromJsonFile = await runInProcess(['register', fileWith('bom.json', `\ufeff${json}`), ...TODAY, '--json']);
    expect(JSON.parse(fromJsonFile.stdout)).toMatchObject({ matters: [{ id: 'A' }, { id: 'B' }] });
    for (const document of [fromStdin.document, JSON.parse(fromFile.stdout) as Document]) {
      expect(document.matters.map((m) => [m.line, m.id, m.deadline])).toEqual([
        [2, 'A', '2025-03-03'],
        [3, 'B', '2025-02-28'],
      ]);
    }
  });

  it('keeps a stray quote inside an unquoted field as text, so the rows after it stay in step', async () => {
    const { document } = await registerJson('id,received,rule,title\nA,2025-02-03,foi,27" monitors\nB,2025-01-31,foi,x\n');
    expect(document.matters.map((m) => [m.line, m.id, m.title])).toEqual([
      [2, 'A', '27" monitors'],
      [3, 'B', 'x'],
    ]);
  });

  it('numbers rows by their physical line: blank lines count, a quoted line break inside a row counts', async () => {
    const { document } = await registerJson('id,received,title\r\n\r\nA,2025-02-03,"one\r\ntwo"\r\n\r\n\r\nB,2025-02-03,x\r\n');
    expect(document.matters.map((m) => [m.line, m.id, m.title])).toEqual([
      [3, 'A', 'one\ntwo'],
      [7, 'B', 'x'],
    ]);
  });

  it('maps a council’s own headers with --columns, names with commas in quotes', async () => {
    const input = 'Reference,"Date received, stamped",Request type,Answered\nR-1,03/02/2025,foi,28/02/2025\n';
    const { document } = await registerJson(input, ['--columns', 'id=Reference,received="Date received, stamped",rule=request type,closed=Answered']);
    expect(document.matters.map((m) => [m.id, m.deadline, m.state])).toEqual([['R-1', '2025-03-03', 'closed-on-time']]);
  });

  it('applies --rule to rows that name none', async () => {
    const { document } = await registerJson('id,received\nA,2025-02-03\n', ['--rule', 'foi']);
    expect(document.matters.map((m) => m.deadline)).toEqual(['2025-03-03']);
  });

  it('reads a JSON array, by the .json extension, by --input-format, or on stdin when it starts with [', async () => {
    const json = '[\n  {"id": "A", "received": "2025-02-03", "rule": "foi"},\n  {\n    "id": "B",\n    "received": "2025-01-31",\n    "rule": "foi"\n  }\n]\n';
    const byExtension = await runInProcess(['register', fileWith('log.json', json), ...TODAY, '--json']);
    const byOption = await runInProcess(['register', fileWith('log.txt', json), ...TODAY, '--json', '--input-format', 'json']);
    const sniffed = await runInProcess(['register', '-', ...TODAY, '--json'], { input: json });
    for (const result of [byExtension, byOption, sniffed]) {
      expect(result.exitCode).toBe(0);
      const document = JSON.parse(result.stdout) as Document;
      // Each element's line is the line its object starts on.
      expect(document.matters.map((m) => [m.line, m.id, m.deadline])).toEqual([
        [2, 'A', '2025-03-03'],
        [3, 'B', '2025-02-28'],
      ]);
    }
  });

  it('makes a JSON element that is not an object, or a value that is not text, an unreadable row', async () => {
    const { document } = await registerJson('[{"id": "A", "received": "2025-02-03"},\n"B",\n{"id": "C", "received": 20250203}, {"id": 4, "received": "2025-02-03"}]');
    expect(document.errors).toEqual([
      { line: 2, code: 'unreadable-row', message: 'unreadable row: a JSON string, not an object with id, received and the other columns' },
      { line: 3, code: 'unreadable-row', message: 'unreadable row: its received is a JSON number, not text' },
    ]);
    expect(document.matters.map((m) => [m.line, m.id])).toEqual([
      [1, 'A'],
      [3, '4'],
    ]);
  });

  it.each<[name: string, args: readonly string[], input: string, message: RegExp, code?: string]>([
    ['no id column', [], 'ref,received\nA,2025-02-03\n', /^standard input: no "id" column in the header: a register needs id and received \(name your own with --columns id=NAME\)$/],
    ['no received column', [], 'id,date\nA,2025-02-03\n', /no "received" column in the header/],
    ['a --columns name not in the header', ['--columns', 'title=Subject'], 'id,received\nA,2025-02-03\n', /no "Subject" column in the header for --columns title="Subject"/],
    ['an empty file', [], '', /standard input is empty: expected a header row/],
    ['JSON that is not an array', ['--input-format', 'json'], '{"id": "A"}', /expected a JSON array of objects, one per matter, not a JSON object/],
    ['JSON that does not parse', ['--input-format', 'json'], '[{"id": "A",]', /^standard input is not valid JSON \(at line 1, column 13\)$/],
    ['a file that is not JSON, never echoed', ['--input-format', 'json'], 'SECRET-TOKEN x', /^standard input is not valid JSON( \(at line 1, column 1\))?$/],
    ['JSON objects without an id key', [], '[{"ref": "A", "received": "2025-02-03"}]', /no "id" key in any object/],
    ['an unknown --columns field', ['--columns', 'reference=Ref'], 'id,received\n', /invalid --columns "reference=Ref": "reference" is not a register column/],
    ['a bad --soon', ['--soon', 'many'], 'id,received\n', /invalid --soon "many"/, 'invalid-number'],
    ['a bad --before', ['--before', '0'], 'id,received\n', /invalid --before value "0"/, 'invalid-number'],
    ['an unknown --rule', ['--rule', 'fio'], 'id,received\n', /unknown --rule "fio"/],
  ])('refuses %s with exit 2, one line on stderr and a JSON error object', async (_name, args, input, message, code = 'invalid-argument') => {
    const result = await runInProcess(['register', '-', ...TODAY, '--json', ...args], { input });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr.replace(/^ofsted-deadline: /, '').trim()).toMatch(message);
    expect((JSON.parse(result.stdout) as { error: { code: string } }).error.code).toBe(code);
  });

  it('names a file it cannot read', async () => {
    const result = await runInProcess(['register', join(work, 'missing.csv'), ...TODAY]);
    expect([result.exitCode, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`ofsted-deadline: cannot read register ${JSON.stringify(join(work, 'missing.csv'))}: no such file\n`);
  });
});

describe('register: states, exit codes and options', () => {
  it.each<[rows: string, exitCodeFlag: boolean, exitCode: ExitCode, why: string]>([
    ['A,2025-01-31,foi,', true, ExitCode.DeadlinePassed, 'an open matter is overdue'],
    ['A,2025-02-03,foi,', true, ExitCode.DueToday, 'an open matter falls due today'],
    ['A,2025-02-03,foi,\nB,2025-01-31,foi,', true, ExitCode.DeadlinePassed, 'overdue outranks due today'],
    ['A,2025-02-04,foi,', true, ExitCode.Ok, 'due tomorrow: due soon is no alarm'],
    ['A,2025-01-31,foi,2025-03-03', true, ExitCode.Ok, 'closed late is closed: nothing to chase'],
    ['A,2025-01-31,foi,\nB,nonsense,,', true, ExitCode.BadInput, 'a row in error outranks everything'],
    ['B,nonsense,,', false, ExitCode.BadInput, 'a row in error is exit 2 without --exit-code too'],
    ['A,2025-01-31,foi,', false, ExitCode.Ok, 'overdue without --exit-code is exit 0'],
  ])('%j with --exit-code %s exits %i: %s', async (rows, exitCodeFlag, exitCode) => {
    const args = ['register', '-', ...TODAY, ...(exitCodeFlag ? ['--exit-code'] : [])];
    expect((await runInProcess(args, { input: `id,received,rule,closed\n${rows}\n` })).exitCode).toBe(exitCode);
  });

  it('decides the exit code by one pure policy', () => {
    const summary = { overdue: 0, 'due-today': 0, 'due-soon': 3, open: 1, 'closed-on-time': 2, 'closed-late': 1, errors: 0 };
    expect(registerExitCode(summary, true)).toBe(ExitCode.Ok);
    expect(registerExitCode({ ...summary, 'due-today': 1 }, true)).toBe(ExitCode.DueToday);
    expect(registerExitCode({ ...summary, 'due-today': 1, overdue: 1 }, true)).toBe(ExitCode.DeadlinePassed);
    expect(registerExitCode({ ...summary, overdue: 1, errors: 1 }, true)).toBe(ExitCode.BadInput);
    expect(registerExitCode({ ...summary, overdue: 1 }, false)).toBe(ExitCode.Ok);
  });

  it('moves the due-soon line with --soon', async () => {
    // EIR received Thu 27 Feb 2025: Fri 28 Mar, 18 working days after Mon 3 Mar.
    const input = 'id,received,rule\nE,2025-02-27,eir\n';
    for (const [soon, state] of [['17', 'open'], ['18', 'due-soon']] as const) {
      const { document } = await registerJson(input, ['--soon', soon]);
      expect(document.matters[0]!.state).toBe(state);
    }
  });

  it('measures states on --today, and on England’s today without it', async () => {
    const input = 'id,received,rule\nA,2025-02-03,foi\n';
    const pinned = await runInProcess(['register', '-', '--json'], { input, today: '2025-03-04' });
    expect((JSON.parse(pinned.stdout) as Document & { today: string }).today).toBe('2025-03-04');
    expect((JSON.parse(pinned.stdout) as Document).matters[0]!.state).toBe('overdue');
  });

  it('lists each warning once, with the ids of the matters it concerns', async () => {
    const input = 'id,received,rule\nF1,2025-02-03,foi\nE1,2025-02-27,eir\nF2,2025-02-04,foi\nW1,2025-02-03,\n';
    const { stdout } = await runInProcess(['register', '-', ...TODAY, '--region', 'england-and-wales'], { input });
    const warnings = stdout.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings).toEqual([
      expect.stringMatching(/the law of the foi rule names .* \(2 matters: F1, F2\)$/),
      expect.stringMatching(/the law of the eir rule names .* \(1 matter: E1\)$/),
    ]);
    // Above the table, so nobody copies a date without reading them.
    expect(stdout.indexOf('warning: ')).toBeLessThan(stdout.indexOf('Deadline'));
    // The JSON carries them on each matter instead.
    const { document } = await registerJson(input, ['--region', 'england-and-wales']);
    expect(document.matters.map((m) => m.warnings.map((w) => w.code))).toEqual([['region-not-statutory'], ['region-not-statutory'], ['region-not-statutory'], []]);
  });

  it('writes --output to a file, exactly what stdout gets and without colour, warnings on stderr', async () => {
    const input = 'id,received,rule\nF1,2025-02-03,foi\n';
    const args = ['register', '-', ...TODAY, '--region', 'england-and-wales'];
    for (const format of [[], ['--json'], ['--csv'], ['--ics']]) {
      const file = join(work, `out-${format.join('') || 'text'}`);
      const toStdout = await runInProcess([...args, ...format], { input });
      const toFile = await runInProcess([...args, ...format, '--output', file], { input, env: { FORCE_COLOR: '1' } });
      expect([toFile.exitCode, toFile.stdout]).toEqual([0, '']);
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
      // eslint-disable-next-line no-control-regex
      expect(toFile.stderr.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/^warning: Not the statutory calendar.*\(1 matter: F1\)\n$/);
    }
  });

  it('counts a receipt on a weekend the deemed way with --receipt-convention', async () => {
    // Sat 1 Feb 2025: ordinary, day 1 Mon 3 Feb → Fri 28 Feb; deemed received Mon 3 Feb → Mon 3 Mar.
    const input = 'id,received,rule\nA,2025-02-01,foi\n';
    const ordinary = await registerJson(input);
    const deemed = await registerJson(input, ['--receipt-convention', 'deemed-next-working-day']);
    expect([ordinary.document.matters[0]!.deadline, deemed.document.matters[0]!.deadline]).toEqual(['2025-02-28', '2025-03-03']);
    expect(deemed.document.matters[0]!.warnings.map((w) => w.code)).toEqual(['deemed-receipt', 'receipt-on-non-working-day']);
  });

  it('counts on the extra holidays and holidays file given, as every command does', async () => {
    // A council closure on Mon 24 Feb 2025 moves the FOI deadline a working day later.
    const input = 'id,received,rule\nA,2025-02-03,foi\n';
    const { document } = await registerJson(input, ['--extra-holiday', '2025-02-24=Closure']);
    expect(document.matters.map((m) => [m.deadline, m.state, m.warnings.map((w) => w.code)])).toEqual([['2025-03-04', 'due-soon', ['extra-holidays']]]);
    // The gov.uk feed agrees with the built-in data in 2025: same deadline, no warning.
    const feed = fileURLToPath(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url));
    const withFile = await registerJson(input, ['--holidays-file', feed]);
    expect(withFile.document.matters.map((m) => [m.deadline, m.warnings])).toEqual([['2025-03-03', []]]);
    // The written statement counts over Easter 2025 from the file: Good Friday and Easter Monday skipped.
    const ews = await registerJson('id,received\nW,2025-01-15\n', ['--holidays-file', feed]);
    expect(ews.document.matters.map((m) => m.deadline)).toEqual(['2025-04-25']);
  });
});

describe('parseColumnsOption', () => {
  it('reads field=Header pairs, quotes around names with commas', () => {
    expect(parseColumnsOption('ID=Reference, received = "Date received, stamped" ,owner=Officer')).toEqual({
      id: 'Reference',
      received: 'Date received, stamped',
      owner: 'Officer',
    });
  });

  it.each([
    ['reference=Ref', /"reference" is not a register column/],
    ['id', /no header name for id/],
    ['id=A,id=B', /id is mapped twice/],
  ])('refuses %j', (text, message) => {
    expect(deadlineErrorOf(() => parseColumnsOption(text)).message).toMatch(message);
  });
});

describe('register --help', () => {
  it('names the columns, the states and the exit codes', async () => {
    const { stdout } = await runInProcess(['register', '--help']);
    for (const word of ['--columns', '--input-format', '--soon', '--exit-code', 'closed-late', 'received', '4 when an open matter is overdue']) {
      expect(stdout.replace(/\s+/g, ' ')).toContain(word);
    }
  });
});

describe('register: the table on a terminal is cut to its width, and nowhere else', () => {
  const title = 'Freedom of information request about school transport contracts and their renewal';
  const input = `id,received,rule,title\nFOI-1,2025-02-03,foi,${title}\n`;
  const longestLine = (text: string) => Math.max(...text.split('\n').filter((line) => line.includes('FOI-1')).map((line) => line.length));

  it.each([
    { why: 'a terminal 90 columns wide', columns: 90, env: {}, width: 90 },
    { why: 'a terminal that reports no width: 80, as text output uses', columns: 0, env: {}, width: 80 },
    { why: 'COLUMNS, which wins over the terminal, as for help', columns: 90, env: { COLUMNS: '120' }, width: 120 },
  ])('$why', async ({ columns, env, width }) => {
    const result = await runInProcess(['register', '-', ...TODAY], { input, stdoutIsTTY: true, columns, env });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain(title);
    expect(longestLine(result.stdout)).toBeLessThanOrEqual(width);
    expect(longestLine(result.stdout)).toBeGreaterThan(width - 5);
  });

  it('piped, nothing is cut whatever COLUMNS says', async () => {
    const result = await runInProcess(['register', '-', ...TODAY], { input, env: { COLUMNS: '90' } });
    expect(result.stdout).toContain(title);
  });
});

describe('register: --output - is standard output, as in every command', () => {
  it('is the same as no --output: the same colour, and the warnings once, in the document', async () => {
    const input = 'id,received,rule\nFOI-1,2025-02-01,foi\n'; // a Saturday: a warning
    const env = { NO_COLOR: '', FORCE_COLOR: '1' };
    const plain = await runInProcess(['register', '-', ...TODAY], { input, env });
    const dash = await runInProcess(['register', '-', ...TODAY, '--output', '-'], { input, env });
    expect(plain.stdout).toContain('\u001b[');
    expect(plain.stdout).toContain('warning:');
    expect([dash.stdout, dash.stderr, dash.exitCode]).toEqual([plain.stdout, plain.stderr, plain.exitCode]);
  });
});
