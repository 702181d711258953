import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { register as libraryRegister } from '../../src/index.js';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * examples/register.csv, the README's worked example, as of Mon 3 Mar 2025. Every deadline below
 * is worked by hand from the fixture calendars, and the first test checks that the holidays each
 * walk skips are exactly those the fixtures list in its span:
 *
 * - OFS-2025-01 (written statement) received Wed 15 Jan: day 1 Thu 16 Jan; 14 weeks would end Wed
 *   23 Apr, but Good Friday 18 and Easter Monday 21 Apr fall inside: Fri 25 Apr. Draft plan (20):
 *   four weeks, Wed 12 Feb; report (30): six weeks, Wed 26 Feb. Left on 3 Mar: 4+5+5+5+5+5+4+4 = 37.
 * - FOI-0412 received Mon 13 Jan (written 13/01/2025): four working weeks, Mon 10 Feb; 15 working
 *   days have passed since (11–14 Feb, 17–21, 24–28, 3 Mar).
 * - FOI-0433 received Mon 3 Feb: Mon 3 Mar, today.
 * - SAR-0107 received Fri 7 Feb: one month, Fri 7 Mar; 4 left (4–7 Mar): due soon.
 * - EIR-0021 received Thu 27 Feb: UK-wide, so Northern Ireland's Mon 17 Mar does not count: Fri 28 Mar,
 *   18 left (4–7, 10–14, 18–21, 24–28 Mar).
 * - FOI-0398 received Mon 6 Jan: Mon 3 Feb; closed Thu 30 Jan, on time.
 * - EIR-0017 received Mon 20 Jan: Mon 17 Feb; closed Wed 19 Feb, 2 working days late.
 * - SAR-0099 received Fri 31 Jan: no 31 February, so Fri 28 Feb; 1 working day has passed.
 */

const EXAMPLE = fileURLToPath(new URL('../../examples/register.csv', import.meta.url));
const TODAY = ['--today', '2025-03-03'];

const ewFixture = JSON.parse(readFileSync(new URL('../fixtures/england-and-wales-bank-holidays.json', import.meta.url), 'utf8')) as { date: string }[];
const govUk = JSON.parse(readFileSync(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url), 'utf8')) as Record<string, { events: { date: string }[] }>;
const ukFixture = [...new Set(Object.values(govUk).flatMap((division) => division.events.map((event) => event.date)))];
/** Weekday holidays in the fixture from `first` to `last`, both included. */
const holidaysIn = (list: readonly string[], first: string, last: string) =>
  list.filter((date) => date >= first && date <= last && ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())).sort();

/** [id, line, rule, receiptDate, deadline, closed, workingDaysRemaining, workingDaysLate, state]. */
const EXPECTED = [
  ['OFS-2025-01', 2, 'written-statement', '2025-01-15', '2025-04-25', null, 37, null, 'open'],
  ['FOI-0412', 3, 'foi', '2025-01-13', '2025-02-10', null, -15, null, 'overdue'],
  ['FOI-0433', 4, 'foi', '2025-02-03', '2025-03-03', null, 0, null, 'due-today'],
  ['SAR-0107', 5, 'sar', '2025-02-07', '2025-03-07', null, 4, null, 'due-soon'],
  ['EIR-0021', 6, 'eir', '2025-02-27', '2025-03-28', null, 18, null, 'open'],
  ['FOI-0398', 7, 'foi', '2025-01-06', '2025-02-03', '2025-01-30', null, null, 'closed-on-time'],
  ['EIR-0017', 8, 'eir', '2025-01-20', '2025-02-17', '2025-02-19', null, 2, 'closed-late'],
  ['SAR-0099', 9, 'sar', '2025-01-31', '2025-02-28', null, -1, null, 'overdue'],
] as const;

interface Matter {
  line: number;
  id: string;
  title: string | null;
  rule: string;
  receiptDate: string;
  deadline: string;
  closed: string | null;
  workingDaysRemaining: number | null;
  workingDaysLate: number | null;
  state: string;
  milestones?: { rule: string; date: string }[];
  warnings: unknown[];
}
interface Document {
  command: string;
  today: string;
  matters: Matter[];
  errors: unknown[];
  summary: Record<string, number>;
}

const schema = JSON.parse(readFileSync(new URL('../../schema/ofsted-deadline.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

async function jsonOf(args: readonly string[]): Promise<Document> {
  const result = await runInProcess(['register', EXAMPLE, ...TODAY, '--json', ...args]);
  expect([result.exitCode, result.stderr]).toEqual([0, '']);
  return JSON.parse(result.stdout) as Document;
}

describe('examples/register.csv as of Mon 3 Mar 2025', () => {
  it('skips exactly the fixture holidays the hand-worked walks skip', () => {
    expect(holidaysIn(ewFixture.map((h) => h.date), '2025-01-16', '2025-04-25')).toEqual(['2025-04-18', '2025-04-21']);
    expect(holidaysIn(ukFixture, '2025-01-07', '2025-03-28')).toEqual(['2025-03-17']);
  });

  it('gives the hand-worked deadline, working days left and state of every row, in input order', async () => {
    const document = await jsonOf([]);
    expect(document.matters.map((m) => [m.id, m.line, m.rule, m.receiptDate, m.deadline, m.closed, m.workingDaysRemaining, m.workingDaysLate, m.state])).toEqual(EXPECTED);
    expect(document.errors).toEqual([]);
    expect(document.summary).toEqual({ overdue: 2, 'due-today': 1, 'due-soon': 1, open: 2, 'closed-on-time': 1, 'closed-late': 1, errors: 0 });
  });

  it('lists the Ofsted milestones of the written statement, and none for the other rules', async () => {
    const document = await jsonOf([]);
    expect(document.matters[0]!.milestones!.map((m) => [m.rule, m.date])).toEqual([
      ['draft-action-plan', '2025-02-12'],
      ['publish-report', '2025-02-26'],
      ['written-statement', '2025-04-25'],
    ]);
    expect(document.matters.slice(1).filter((m) => m.milestones !== undefined)).toEqual([]);
  });

  it('writes a --json document the JSON Schema accepts, and one it rejects when a state is unknown', async () => {
    const document = await jsonOf([]);
    expect(validate(document) ? '' : ajv.errorsText(validate.errors)).toBe('');
    expect(document.command).toBe('register');
    const broken = structuredClone(document);
    broken.matters[0]!.state = 'pending';
    expect(validate(broken)).toBe(false);
  });

  it('prints the README’s table, summary line and all', async () => {
    const result = await runInProcess(['register', EXAMPLE, ...TODAY]);
    expect(result.exitCode).toBe(0);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const documented = /\$ ofsted-deadline register examples\/register\.csv --today 2025-03-03\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(documented).toBeDefined();
    expect(result.stdout).toBe(`${documented}\n`);
  });

  it('sorts the table by urgency: overdue, due today, due soon, open, then closed, each by deadline', async () => {
    const { stdout } = await runInProcess(['register', EXAMPLE, ...TODAY]);
    const ids = stdout.split('\n').flatMap((line) => /^ {2}([A-Z]{3}-\S+)/.exec(line)?.[1] ?? []);
    expect(ids).toEqual(['FOI-0412', 'SAR-0099', 'FOI-0433', 'SAR-0107', 'EIR-0021', 'OFS-2025-01', 'FOI-0398', 'EIR-0017']);
    expect(stdout).toContain('Summary: 8 matters: 2 overdue, 1 due today, 1 due soon, 2 open, 1 closed on time, 1 closed late; 0 rows in error\n');
  });

  it('writes the same facts as --csv, one row per matter, by the one CSV writer', async () => {
    const result = await runInProcess(['register', EXAMPLE, ...TODAY, '--csv']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\r\n').at(-1)).toBe('');
    const rows = parseCsv(result.stdout, { columns: true }) as Record<string, string>[];
    const blank = (value: string | number | null) => (value === null ? '' : String(value));
    expect(rows.map((r) => [r.id, r.line, r.rule, r.receiptDate, r.deadline, r.closed, r.workingDaysRemaining, r.workingDaysLate, r.state])).toEqual(
      EXPECTED.map((row) => row.map(blank)),
    );
    // The title with a comma is quoted, and read back whole.
    expect(rows[1]!.title).toBe('School transport contracts, 2023-24');
    expect(result.stdout).toContain('"School transport contracts, 2023-24"');
  });

  it('exits 4 with --exit-code: two open matters are overdue', async () => {
    expect((await runInProcess(['register', EXAMPLE, ...TODAY, '--exit-code'])).exitCode).toBe(4);
    expect((await runInProcess(['register', EXAMPLE, ...TODAY])).exitCode).toBe(0);
  });

  it('gives the library’s register() the same document as --json', async () => {
    const cli = await jsonOf([]);
    const rows = parseCsv(readFileSync(EXAMPLE, 'utf8'), { columns: true }) as Record<string, string>[];
    const library = libraryRegister(rows, { today: '2025-03-03' });
    // The library numbers rows from 1; the file's first row is line 2, under its header.
    expect({ ...library, matters: library.matters.map((m) => ({ ...m, line: m.line + 1 })) }).toEqual(cli);
  });

  it('gives the library the same document as --json for a JSON register, line numbers and all', async () => {
    const rows = parseCsv(readFileSync(EXAMPLE, 'utf8'), { columns: true }) as Record<string, string>[];
    // One element a line from line 1, so each element's line is its position.
    const file = join(mkdtempSync(join(tmpdir(), 'register-')), 'register.json');
    writeFileSync(file, `[${rows.map((row) => JSON.stringify(row)).join(',\n')}]\n`);
    const result = await runInProcess(['register', file, ...TODAY, '--json']);
    expect(result.exitCode).toBe(0);
    expect(libraryRegister(rows, { today: '2025-03-03' })).toEqual(JSON.parse(result.stdout));
  });
});

describe('examples/register.csv as a calendar (--ics)', () => {
  const eventsOf = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

  it('has an all-day event per open matter’s deadline and per Ofsted milestone, and none for a closed matter', async () => {
    const result = await runInProcess(['register', EXAMPLE, ...TODAY, '--ics']);
    expect(result.exitCode).toBe(0);
    const events = eventsOf(result.stdout).map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid, event.startDate.toString(), event.startDate.isDate])).toEqual([
      ['register/OFS-2025-01/written-statement/draft-action-plan@ofsted-deadline', '2025-02-12', true],
      ['register/OFS-2025-01/written-statement/publish-report@ofsted-deadline', '2025-02-26', true],
      ['register/OFS-2025-01/written-statement/written-statement@ofsted-deadline', '2025-04-25', true],
      ['register/FOI-0412/foi/foi@ofsted-deadline', '2025-02-10', true],
      ['register/FOI-0433/foi/foi@ofsted-deadline', '2025-03-03', true],
      ['register/SAR-0107/sar/sar@ofsted-deadline', '2025-03-07', true],
      ['register/EIR-0021/eir/eir@ofsted-deadline', '2025-03-28', true],
      ['register/SAR-0099/sar/sar@ofsted-deadline', '2025-02-28', true],
    ]);
    expect(events[4]!.summary).toBe('FOI-0433 Agency social worker spend: Deadline: Freedom of information response');
    expect(events[0]!.summary).toBe('OFS-2025-01 ILACS inspection: written statement of action: Early draft action plan to Ofsted (20 working days)');
    expect(events[4]!.description).toContain('Citation: FOIA 2000 s10(1), s10(6)');
    expect(result.stdout).not.toMatch(/FOI-0398|EIR-0017/);
  });

  it('reminds at 09:00 on the days 20, 10, 5, 2 and 1 working days before each event, where shorter than its period', async () => {
    const { stdout } = await runInProcess(['register', EXAMPLE, ...TODAY, '--ics']);
    const alarms = eventsOf(stdout).map((vevent) => {
      const start = new ICAL.Event(vevent).startDate;
      return vevent.getAllSubcomponents('valarm').map((valarm) => {
        const fires = start.clone();
        fires.isDate = false;
        fires.addDuration(valarm.getFirstPropertyValue('trigger') as ICAL.Duration);
        return fires.toString();
      });
    });
    expect(alarms).toEqual([
      // Draft plan Wed 12 Feb: its period is 20, so 10, 5, 2 and 1 before.
      ['2025-01-29T09:00:00', '2025-02-05T09:00:00', '2025-02-10T09:00:00', '2025-02-11T09:00:00'],
      ['2025-01-29T09:00:00', '2025-02-12T09:00:00', '2025-02-19T09:00:00', '2025-02-24T09:00:00', '2025-02-25T09:00:00'],
      // Fri 25 Apr: counting back skips Easter Monday and Good Friday.
      ['2025-03-26T09:00:00', '2025-04-09T09:00:00', '2025-04-16T09:00:00', '2025-04-23T09:00:00', '2025-04-24T09:00:00'],
      ['2025-01-27T09:00:00', '2025-02-03T09:00:00', '2025-02-06T09:00:00', '2025-02-07T09:00:00'],
      ['2025-02-17T09:00:00', '2025-02-24T09:00:00', '2025-02-27T09:00:00', '2025-02-28T09:00:00'],
      // SAR Fri 7 Mar: 20 working days after receipt, so 10, 5, 2 and 1 before.
      ['2025-02-21T09:00:00', '2025-02-28T09:00:00', '2025-03-05T09:00:00', '2025-03-06T09:00:00'],
      // EIR Fri 28 Mar: back over NI's 17 Mar for 10 before.
      ['2025-03-13T09:00:00', '2025-03-21T09:00:00', '2025-03-26T09:00:00', '2025-03-27T09:00:00'],
      ['2025-02-14T09:00:00', '2025-02-21T09:00:00', '2025-02-26T09:00:00', '2025-02-27T09:00:00'],
    ]);
  });

  it('takes --before in place of the default reminders', async () => {
    const { stdout } = await runInProcess(['register', EXAMPLE, ...TODAY, '--ics', '--before', '3']);
    expect(eventsOf(stdout).map((vevent) => vevent.getAllSubcomponents('valarm').length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('keeps every UID on a later day, when the states and DTSTAMP have moved on', async () => {
    const uids = async (today: string) => {
      const { stdout } = await runInProcess(['register', EXAMPLE, '--today', today, '--ics']);
      return { uids: eventsOf(stdout).map((vevent) => new ICAL.Event(vevent).uid), stamp: /DTSTAMP:(\d+)/.exec(stdout)?.[1] };
    };
    const [monday, later] = await Promise.all([uids('2025-03-03'), uids('2025-03-10')]);
    expect(later.uids).toEqual(monday.uids);
    expect([monday.stamp, later.stamp]).toEqual(['20250303', '20250310']);
  });

  it('drops a matter from the calendar once it is closed', async () => {
    const text = readFileSync(EXAMPLE, 'utf8').replace('FOI-0433,2025-02-03,foi,Agency social worker spend,Information Governance,', 'FOI-0433,2025-02-03,foi,Agency social worker spend,Information Governance,2025-03-03');
    const { stdout } = await runInProcess(['register', '-', ...TODAY, '--ics'], { input: text });
    const uids = eventsOf(stdout).map((vevent) => new ICAL.Event(vevent).uid);
    expect(uids).toHaveLength(7);
    expect(uids).not.toContain('register/FOI-0433/foi/foi@ofsted-deadline');
  });
});
