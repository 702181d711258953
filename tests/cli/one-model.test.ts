import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { WARNING_CODES, deadline as libraryDeadline } from '../../src/index.js';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * One deadline model: for the same inputs every command reports the same deadline and the same
 * warning codes: the default command, batch (NDJSON and CSV), reminders, status, calendar and the
 * library. Each case names the warnings it must raise, found by reading the law and the calendar,
 * not by running the code.
 */

interface Case {
  readonly why: string;
  readonly date: string;
  readonly options: readonly string[];
  /** The deadline, worked by hand (see tests/core/deadline.test.ts for the walks). */
  readonly deadline: string;
  readonly codes: readonly string[];
  /** The same question for the library, when it can ask it (it has no --extra-holiday). */
  readonly library?: Parameters<typeof libraryDeadline>[1];
}

const CASES: readonly Case[] = [
  // Wed 9 Jan 2019 + 70 = 14 weeks → Wed 17 Apr (Good Friday is 19 Apr, after).
  { why: 'an ordinary 2019 receipt', date: '2019-01-09', options: [], deadline: '2019-04-17', codes: [], library: {} },
  {
    why: 'Christmas Day receipt (practice splits), before the 2018 draft-plan practice',
    date: '2014-12-25',
    options: [],
    deadline: '2015-04-08',
    codes: ['before-in-force', 'receipt-on-non-working-day'],
    library: {},
  },
  // Thu 1 Jun 2006 + 14 weeks → Thu 7 Sep, + Mon 28 Aug → Fri 8 Sep. One warning per instrument.
  { why: 'before SI 2007/462 was in force', date: '2006-06-01', options: [], deadline: '2006-09-08', codes: ['before-in-force', 'before-in-force'], library: {} },
  {
    // Wed 15 Nov 2028 + 20: 4 weeks → Wed 13 Dec 2028, inside the horizon; nothing longer is shown.
    why: 'the issue example: --rule draft-action-plan inside 2028 gives no horizon warning anywhere',
    date: '2028-11-15',
    options: ['--rule', 'draft-action-plan'],
    deadline: '2028-12-13',
    codes: [],
    library: { rule: 'draft-action-plan' },
  },
  // Mon 3 Jun 2030 + 14 weeks → Mon 9 Sep, + Mon 26 Aug → Tue 10 Sep.
  { why: 'past the data horizon', date: '2030-06-03', options: [], deadline: '2030-09-10', codes: ['beyond-horizon'], library: {} },
  {
    // Fri 1 Feb 2019 closed: the walk above, one working day later → Thu 18 Apr.
    why: 'an extra holiday inside the count',
    date: '2019-01-09',
    options: ['--extra-holiday', '2019-02-01=Council closure'],
    deadline: '2019-04-18',
    codes: ['extra-holidays'],
  },
  {
    // Tue 10 Dec 2019 + 14 weeks → Tue 17 Mar 2020, + 25, 26 Dec, 1 Jan and Scotland's 2 Jan → Mon 23 Mar.
    why: 'a Scottish calendar on an Ofsted rule',
    date: '2019-12-10',
    options: ['--region', 'scotland'],
    deadline: '2020-03-23',
    codes: ['region-not-statutory'],
    library: { region: 'scotland' },
  },
  // Wed 9 Jan 2019 + 5 → Wed 16 Jan.
  { why: 'a one-off --days 5', date: '2019-01-09', options: ['--days', '5'], deadline: '2019-01-16', codes: ['custom-period'], library: { days: 5 } },
  {
    // Sat 12 Jan 2019 deemed received Mon 14: + 14 weeks → Mon 22 Apr, with Good Friday 19 and
    // Easter Monday 22 Apr skipped → Wed 24 Apr.
    why: 'the deemed convention on a Saturday receipt',
    date: '2019-01-12',
    options: ['--receipt-convention', 'deemed-next-working-day'],
    deadline: '2019-04-24',
    codes: ['deemed-receipt', 'receipt-on-non-working-day'],
    library: { receiptConvention: 'deemed-next-working-day' },
  },
  { why: 'FOI counts UK-wide', date: '2025-07-31', options: ['--rule', 'foi'], deadline: '2025-09-01', codes: [], library: { rule: 'foi' } },
  { why: 'Plymouth’s real receipt date', date: '2015-01-02', options: [], deadline: '2015-04-14', codes: ['before-in-force'], library: {} },
  {
    // Sat 12 Jan 2019 counts as from Fri 11: + 14 weeks → Fri 19 Apr (Good Friday), Mon 22 (Easter
    // Monday) → Tue 23 Apr.
    why: 'a Saturday receipt counted the ordinary way',
    date: '2019-01-12',
    options: [],
    deadline: '2019-04-23',
    codes: ['receipt-on-non-working-day'],
    library: {},
  },
];

const schema = JSON.parse(readFileSync(new URL('../../schema/ofsted-deadline.schema.json', import.meta.url), 'utf8')) as { $id: string; $defs: object };
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateDocument = ajv.compile(schema);
const validateBatchRecord = ajv.compile({ $ref: `${schema.$id}#/$defs/batchRecord` });

function valid(validate: typeof validateDocument, document: unknown): string {
  return validate(document) ? '' : ajv.errorsText(validate.errors);
}

interface WithWarnings {
  readonly deadline: string;
  readonly warnings: readonly { readonly code: string }[];
}

const codesOf = (document: WithWarnings) => document.warnings.map((w) => w.code);

async function json(args: readonly string[]): Promise<WithWarnings> {
  const result = await runInProcess(args);
  expect(result.stderr).toBe('');
  const document = JSON.parse(result.stdout) as WithWarnings;
  expect(valid(validateDocument, document)).toBe('');
  return document;
}

describe('every command gives the same deadline and warning codes for the same inputs', () => {
  it.each(CASES)('$date $options: $why', async ({ date, options, deadline, codes, library }) => {
    const answers: Record<string, WithWarnings> = {};
    answers.default = await json([date, ...options, '--json']);
    answers.reminders = await json(['reminders', date, ...options, '--today', date, '--json']);
    answers.status = await json(['status', date, ...options, '--today', date, '--json']);
    answers.calendar = await json(['calendar', date, ...options, '--json']);

    const ndjson = await runInProcess(['batch', ...options], { input: `${date}\n` });
    expect(ndjson.exitCode).toBe(0);
    const record = JSON.parse(ndjson.stdout) as WithWarnings;
    expect(valid(validateBatchRecord, record)).toBe('');
    answers.batch = record;
    // A run with any warning says so once on stderr.
    expect(ndjson.stderr === '').toBe(codes.length === 0);

    const csv = await runInProcess(['batch', '--format', 'csv', ...options], { input: `${date}\n` });
    const [header, row] = csv.stdout.split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((name, i) => [name, row!.split(',')[i]!]));
    answers.csv = { deadline: cells.deadline!, warnings: cells.warnings === '' ? [] : cells.warnings!.split(' ').map((code) => ({ code })) };

    if (library) answers.library = libraryDeadline(date, library);

    for (const [command, answer] of Object.entries(answers)) {
      expect([command, answer.deadline]).toEqual([command, deadline]);
      expect([command, codesOf(answer)]).toEqual([command, codes]);
    }
  });
});

describe('warnings are where a reader sees them', () => {
  it('the text document puts each warning before the deadline line', async () => {
    const stdout = (await runInProcess(['2019-12-10', '--region', 'scotland'])).stdout.replace(/\s+/g, ' ');
    const warning = stdout.indexOf('warning: Not the statutory calendar: counted on Scotland bank holidays (--region scotland)');
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(stdout.indexOf('Written statement of action due'));
  });

  it('reminders and status put them under the first line, calendar above the grids', async () => {
    for (const args of [['reminders', '2019-01-09', '--days', '5'], ['status', '2019-01-09', '--days', '5'], ['calendar', '2019-01-09', '--days', '5']]) {
      const { stdout } = await runInProcess(args);
      const opening = stdout.split('\n\n')[0]!.replace(/\s+/g, ' ');
      expect(opening).toContain('warning: Not the statutory period: counted with a one-off 5 working days');
    }
  });

  it('a CSV or iCalendar document, which has no place for them, sends them to stderr', async () => {
    for (const format of ['--csv', '--ics']) {
      const { stderr } = await runInProcess(['reminders', '2019-01-09', '--days', '5', format]);
      expect(stderr).toMatch(/^warning: Not the statutory period/);
    }
  });

  it('each batch record names its warnings, and stderr counts them once', async () => {
    const { stdout, stderr, exitCode } = await runInProcess(['batch'], { input: '2019-01-09\n2030-06-03\n2030-06-04\n' });
    expect(exitCode).toBe(0);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as WithWarnings);
    expect(records.map(codesOf)).toEqual([[], ['beyond-horizon'], ['beyond-horizon']]);
    expect(stderr).toBe('ofsted-deadline: warning: warnings on 2 of 3 records (beyond-horizon); see each record\'s "warnings"\n');
  });

  it('batch error records carry a stable code', async () => {
    const { stdout, exitCode } = await runInProcess(['batch'], { input: '31/02/2015\n1989-01-01\n' });
    expect(exitCode).toBe(2);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as { code: string });
    expect(records.map((r) => r.code)).toEqual(['invalid-date', 'out-of-range']);
    for (const r of records) expect(valid(validateBatchRecord, r)).toBe('');
  });
});

describe('every warning code is documented', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const schemaText = JSON.stringify(schema);

  it.each(WARNING_CODES)('%s is in the README table, --help and the JSON Schema', async (code) => {
    const help = (await runInProcess(['--help'])).stdout;
    expect(readme).toContain(`| \`${code}\` |`);
    expect(help.replace(/\s+/g, ' ')).toContain(code);
    expect(schemaText).toContain(`"const":"${code}"`);
  });
});

describe('holidays-file-differs', () => {
  it('warns, in every command, when a holidays file drops a built-in bank holiday inside the count', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const feed = JSON.parse(readFileSync(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url), 'utf8')) as Record<string, { events: { date: string }[] }>;
    feed['england-and-wales']!.events = feed['england-and-wales']!.events.filter((event) => event.date !== '2019-05-27');
    const path = join(mkdtempSync(join(tmpdir(), 'ofsted-deadline-differs-')), 'bank-holidays.json');
    writeFileSync(path, JSON.stringify(feed));
    // Wed 10 Apr 2019 + 70: 14 weeks → Wed 17 Jul, + Good Friday 19 Apr, Easter Monday 22 Apr, 6 May
    // and 27 May → Tue 23 Jul; without 27 May, one working day earlier: Mon 22 Jul.
    const document = await json(['2019-04-10', '--holidays-file', path, '--json']);
    expect(document.deadline).toBe('2019-07-22');
    expect(document.warnings).toEqual([
      expect.objectContaining({ code: 'holidays-file-differs', differences: [expect.objectContaining({ date: '2019-05-27', change: 'removed' })] }),
    ]);
    const record = JSON.parse((await runInProcess(['batch', '--holidays-file', path], { input: '2019-04-10\n' })).stdout) as WithWarnings;
    expect([record.deadline, codesOf(record)]).toEqual(['2019-07-22', ['holidays-file-differs']]);
    // count and is-working-day answer from the same changed calendar, and say so.
    const counted = await json(['count', '2019-05-24', '2019-05-28', '--holidays-file', path, '--json']);
    expect([(counted as unknown as { workingDays: number }).workingDays, codesOf(counted)]).toEqual([2, ['holidays-file-differs']]);
    const outside = await json(['count', '2019-05-28', '2019-06-04', '--holidays-file', path, '--json']);
    expect(codesOf(outside)).toEqual([]);
    expect(codesOf(await json(['is-working-day', '2019-05-27', '--holidays-file', path, '--json']))).toEqual(['holidays-file-differs']);
    // The gov.uk feed itself differs from the built-in data only in names: no warning.
    const plain = await json(['2019-04-10', '--holidays-file', new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url).pathname, '--json']);
    expect([plain.deadline, codesOf(plain)]).toEqual(['2019-07-23', []]);
  });
});

describe('count and is-working-day with --extra-holiday', () => {
  it('warn when an extra holiday falls among the days counted or is the day asked about, and not otherwise', async () => {
    // Wed 10 Dec 2014 to Fri 2 Jan 2015: 14 working days; 13 with Fri 2 Jan added as a holiday.
    const counted = await json(['count', '2014-12-10', '2015-01-02', '--extra-holiday', '2015-01-02', '--json']);
    expect([(counted as unknown as { workingDays: number }).workingDays, counted.warnings]).toEqual([
      13,
      [expect.objectContaining({ code: 'extra-holidays', days: ['2015-01-02'] })],
    ]);
    // The earlier date never counts, so an extra holiday on it changes nothing.
    expect(codesOf(await json(['count', '2014-12-10', '2015-01-02', '--extra-holiday', '2014-12-10', '--json']))).toEqual([]);
    expect(codesOf(await json(['is-working-day', '2015-01-02', '--extra-holiday', '2015-01-02', '--json']))).toEqual(['extra-holidays']);
    expect(codesOf(await json(['is-working-day', '2015-01-05', '--extra-holiday', '2015-01-02', '--json']))).toEqual([]);
    const text = await runInProcess(['count', '2014-12-10', '2015-01-02', '--extra-holiday', '2015-01-02']);
    expect(text.stderr).toMatch(/^warning: Counted with 1 day added as holidays/);
  });
});

describe('an --extra-holiday on a day that is already a bank holiday', () => {
  it('changes nothing: no extra-holidays warning, and the holiday keeps its name', async () => {
    // FOI received Tue 20 May 2025: Spring bank holiday Mon 26 May is already skipped → Wed 18 Jun.
    const plain = await json(['2025-05-20', '--rule', 'foi', '--json']);
    const extra = await json(['2025-05-20', '--rule', 'foi', '--extra-holiday', '2025-05-26=Council closure', '--json']);
    expect([extra.deadline, codesOf(extra)]).toEqual([plain.deadline, codesOf(plain)]);
    expect(extra.deadline).toBe('2025-06-18');
    const skipped = (extra as unknown as { holidaysSkipped: { date: string; name: string }[] }).holidaysSkipped;
    expect(skipped.find((h) => h.date === '2025-05-26')?.name).toMatch(/^Spring bank holiday/);
  });
});
