import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src/calendar/built-in.js';
import { renderHolidaysFile } from '../../src/calendar/gov-uk-file.js';
import { runInProcess } from '../helpers/run-in-process.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-e2e-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;
/** Text with every run of white space (a wrapped line's break and indent) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('rules', () => {
  it('lists every rule with its citation in text', async () => {
    const { stdout, stderr, exitCode } = await runInProcess(['rules']);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    for (const text of ['written-statement', 'SI 2007/462 reg 2', 'FOIA 2000 s10(1), s10(6)', 'EIR 2004 reg 5(2)', 'UK GDPR Art 12(3)', 'Local Government Act 1972 s100B']) {
      expect(flat(stdout)).toContain(text);
    }
  });

  it('--json is an array of {id, title, amount, unit, citation, ...}', async () => {
    const { stdout, exitCode } = await runInProcess(['rules', '--json']);
    expect(exitCode).toBe(0);
    const rules = JSON.parse(stdout) as { id: string; amount: number; unit: string; citation: string; counting: string }[];
    expect(rules.map((r) => r.id)).toEqual(['written-statement', 'publish-report', 'draft-action-plan', 'foi', 'eir', 'sar', 'agenda']);
    expect(rules.find((r) => r.id === 'sar')).toMatchObject({ amount: 1, unit: 'calendar-months', citation: 'UK GDPR Art 12(3); ICO guidance' });
    expect(rules.every((r) => r.counting.length > 40)).toBe(true);
  });
});

describe('--rule on the default command', () => {
  it.each([
    [['2014-12-10'], 'written-statement', '2014-12-10', '2015-03-23'],
    [['2014-12-10', '--rule', 'publish-report'], 'publish-report', '2014-12-10', '2015-01-26'],
    [['2025-07-31', '--rule', 'foi'], 'foi', '2025-07-31', '2025-09-01'],
    [['2025-07-31', '--rule', 'foi', '--region', 'england-and-wales'], 'foi', '2025-07-31', '2025-08-29'],
    [['30/01/2025', '--rule', 'sar'], 'sar', '2025-01-30', '2025-02-28'],
    [['2015-01-13', '--rule', 'agenda'], 'agenda', '2015-01-13', '2015-01-05'],
    [['2022-09-27', '--rule', 'agenda'], 'agenda', '2022-09-27', '2022-09-16'],
  ])('%j: deadline is the rule’s date', async (args, rule, receiptDate, deadline) => {
    const { stdout, stderr, exitCode } = await runInProcess([...args, '--json']);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(json(stdout)).toMatchObject({ command: 'deadline', rule, receiptDate, deadline });
  });

  it('names the citation and the counting convention in text', async () => {
    const { stdout } = await runInProcess(['2015-01-13', '--rule', 'agenda']);
    expect(stdout).toContain('Mon 5 Jan 2015');
    expect(stdout).toContain('Local Government Act 1972 s100B');
    expect(flat(stdout)).toMatch(/Counting: Five clear days before the meeting: the day of publication and the day of the meeting are both excluded/);
  });

  it('labels the deemed weekend-receipt convention', async () => {
    const ordinary = await runInProcess(['2025-01-04', '--rule', 'foi', '--json']);
    const deemed = await runInProcess(['2025-01-04', '--rule', 'foi', '--receipt-convention', 'deemed-next-working-day', '--json']);
    expect(json(ordinary.stdout)).toMatchObject({ deadline: '2025-01-31', receiptConvention: { id: 'ordinary' } });
    expect(json(deemed.stdout)).toMatchObject({ deadline: '2025-02-03', countedFrom: '2025-01-06', receiptConvention: { id: 'deemed-next-working-day' } });
    const text = (await runInProcess(['2025-01-04', '--rule', 'foi', '--receipt-convention', 'deemed-next-working-day'])).stdout;
    expect(text).toContain('Receipt convention: deemed received on the next working day');
  });

  it.each([
    [['2014-12-10', '--rule', 'nope'], /unknown --rule "nope"/],
    [['2014-12-10', '--rule', 'sar', '--days', '10'], /--days replaces a period counted in working days; the sar rule counts calendar months/],
    [['2014-12-10', '--receipt-convention', 'sometimes'], /--receipt-convention/],
    [['2015-01-13', '--rule', 'agenda', '--receipt-convention', 'deemed-next-working-day'], /does not apply to the agenda rule/],
  ])('%j is exit 2 with one line on stderr', async (args, message) => {
    const { stdout, stderr, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--region on every command', () => {
  it.each([
    [['is-working-day', '2025-12-01', '--region', 'scotland'], 1, /St Andrew’s Day \(substitute day\)/],
    [['is-working-day', '2025-12-01'], 0, /a working day/],
    [['is-working-day', '2025-03-17', '--region', 'uk'], 1, /St Patrick’s Day \(Northern Ireland\)/],
    [['holidays', '2025', '--region', 'northern-ireland'], 0, /Battle of the Boyne/],
    [['count', '2025-07-31', '2025-09-01', '--region', 'uk'], 0, /^20 working days/],
    [['add', '2025-07-31', '20', '--region', 'scotland'], 0, /Fri 29 Aug 2025/],
    [['2025-07-31', '--region', 'scotland', '--rule', 'publish-report'], 0, /Scotland bank holidays/],
  ])('%j exits %i', async (args, code, output) => {
    const { stdout, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(code);
    expect(stdout).toMatch(output);
  });

  it.each([
    [['--region', 'scotland', 'is-working-day', '2025-12-01'], 1, /St Andrew’s Day/],
    [['--extra-holiday', '2025-12-02=A', 'holidays', '2025', '--extra-holiday', '2025-12-03=B'], 0, /Tue 2 Dec 2025\s+A\n.*Wed 3 Dec 2025\s+B/s],
  ])('honours calendar options typed before the subcommand: %j', async (args, code, output) => {
    const { stdout, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(code);
    expect(stdout).toMatch(output);
  });

  it('rejects an unknown region on a subcommand', async () => {
    const { stderr, exitCode } = await runInProcess(['holidays', '2025', '--region', 'wales']);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/england-and-wales, scotland, northern-ireland, uk/);
  });
});

describe('--holidays-file, OFSTED_DEADLINE_HOLIDAYS_FILE and --extra-holiday', () => {
  // A "newer gov.uk file": the 2029 holidays we know, plus a day proclaimed at short notice.
  const known2029 = builtInCalendar('england-and-wales').holidays().filter((h) => h.date.startsWith('2029-'));
  const newer = write(
    'newer.json',
    renderHolidaysFile({ 'england-and-wales': [...known2029, { date: '2029-01-15', name: 'Proclaimed day', source: 'holidays-file' }] }),
  );

  it('uses the gov.uk feed as a holidays file and names it', async () => {
    const { stdout, exitCode } = await runInProcess(['2014-12-10', '--holidays-file', FIXTURE, '--json']);
    expect(exitCode).toBe(0);
    expect(json(stdout)).toMatchObject({ deadline: '2015-03-23', holidaysFile: FIXTURE });
  });

  it('takes a new holiday from a file, and then from the environment variable', async () => {
    const plain = json((await runInProcess(['2028-12-20', '--rule', 'draft-action-plan', '--json'])).stdout);
    const withFile = json((await runInProcess(['2028-12-20', '--rule', 'draft-action-plan', '--holidays-file', newer, '--json'])).stdout);
    const fromEnv = json((await runInProcess(['2028-12-20', '--rule', 'draft-action-plan', '--json'], { env: { OFSTED_DEADLINE_HOLIDAYS_FILE: newer } })).stdout);
    expect(plain.deadline).toBe('2029-01-22');
    expect(withFile.deadline).toBe('2029-01-23');
    expect(fromEnv).toMatchObject({ deadline: '2029-01-23', holidaysFile: newer });
    // The file covers 2029 completely (1 January to Christmas), so the horizon moved with it: no
    // beyond-horizon warning, only the day where the file differs from the built-in data.
    const differs = {
      code: 'holidays-file-differs',
      message: 'The holidays file differs from the built-in data within the count: 2029-01-15 Proclaimed day (added).',
      differences: [{ calendar: 'england-and-wales', change: 'added', date: '2029-01-15', name: 'Proclaimed day' }],
    };
    expect(withFile.warnings).toEqual([differs]);
    expect(fromEnv.warnings).toEqual([differs]);
    expect((plain.warnings as { code: string }[]).map((w) => w.code)).toEqual(['beyond-horizon']);
  });

  it('adds --extra-holiday days (repeatable) and explains them with their source', async () => {
    const { stdout, exitCode } = await runInProcess([
      '2014-12-10', '--rule', 'draft-action-plan', '--extra-holiday', '2014-12-24=Council closure', '--extra-holiday', '2014-12-29', '--explain', '--json',
    ]);
    expect(exitCode).toBe(0);
    const result = json(stdout) as { deadline: string; days: { date: string; counted: boolean; dayNumber: number | null; reason: string | null; holidaySource: string | null }[] };
    expect(result.deadline).toBe('2015-01-14');
    expect(result.days.find((d) => d.date === '2014-12-24')).toEqual({
      date: '2014-12-24', weekday: 'Wednesday', counted: false, dayNumber: null, reason: 'Council closure (extra holiday)', holidaySource: 'extra-holiday',
    });
    expect(result.days.find((d) => d.date === '2014-12-29')?.reason).toBe('Extra holiday (extra holiday)');
  });

  it.each([
    ['a missing file', join(dir, 'missing.json'), /missing\.json \(--holidays-file\): no such file/],
    ['a directory', dir, /is a directory/],
    ['malformed JSON', write('bad.json', '{"england-and-wales": {'), /bad\.json: is not valid JSON/],
    ['the wrong shape', write('shape.json', '[1, 2]'), /shape\.json: is \[1,2\]; expected the gov\.uk bank-holidays\.json format/],
    ['a bad entry', write('entry.json', JSON.stringify({ 'england-and-wales': { events: [{ title: 'x', date: '2025-01-01' }, { title: 'y', date: '2025-1-2' }] } })), /entry\.json: england-and-wales\.events\[1\] .*"2025-1-2"/],
  ])('%s is exit 2 naming the file, nothing on stdout', async (_case, path, message) => {
    const { stdout, stderr, exitCode } = await runInProcess(['2014-12-10', '--holidays-file', path]);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ofsted-deadline: holidays file /);
    expect(stderr).toMatch(message);
  });

  it('a bad file named by the environment variable fails every command, with a JSON error under --json', async () => {
    const { stdout, stderr, exitCode } = await runInProcess(['holidays', '2025', '--json'], { env: { OFSTED_DEADLINE_HOLIDAYS_FILE: join(dir, 'nope.json') } });
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/OFSTED_DEADLINE_HOLIDAYS_FILE\): no such file/);
    expect(json(stdout)).toMatchObject({ error: { code: 'invalid-holidays-file', input: join(dir, 'nope.json') } });
  });
});

describe('the horizon warning', () => {
  it('warns in the text, above the deadline, when the count reaches past 2028', async () => {
    const { stdout, stderr, exitCode } = await runInProcess(['2028-10-02']);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Thu 11 Jan 2029');
    expect(flat(stdout)).toMatch(/warning: This answer depends on 2029, after 2028, the last year of announced bank holidays/);
    expect(stdout.indexOf('warning: ')).toBeLessThan(stdout.indexOf('Thu 11 Jan 2029'));
    expect(flat(stdout)).toContain('(https://www.gov.uk/bank-holidays.json)');
  });

  it('puts it in warnings with --json', async () => {
    const { stdout, stderr } = await runInProcess(['2028-12-20', '--rule', 'sar', '--json']);
    expect(stderr).toBe('');
    expect((json(stdout).warnings as { code: string }[]).map((w) => w.code)).toEqual(['beyond-horizon']);
  });

  it('says nothing inside the horizon', async () => {
    const { stderr } = await runInProcess(['2028-06-01']);
    expect(stderr).toBe('');
    expect((json((await runInProcess(['2028-06-01', '--json'])).stdout).warnings as unknown[]).length).toBe(0);
  });
});

describe('--explain', () => {
  it('lists every day in text: day k, or skipped and why', async () => {
    const { stdout, exitCode } = await runInProcess(['2014-12-10', '--rule', 'draft-action-plan', '--explain']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/Thu 11 Dec 2014\s+day 1\n/);
    expect(stdout).toMatch(/Sat 13 Dec 2014\s+skipped\s+Saturday\n/);
    expect(stdout).toMatch(/Thu 25 Dec 2014\s+skipped\s+Christmas Day \(built-in data\)\n/);
    expect(stdout).toMatch(/Mon 12 Jan 2015\s+day 20\n/);
  });

  it('with --json writes days [{date, counted, dayNumber, reason}] from the day after receipt to the deadline', async () => {
    const result = json((await runInProcess(['2014-12-10', '--explain', '--json'])).stdout) as { deadline: string; days: { date: string; counted: boolean; dayNumber: number | null }[] };
    expect(result.days[0]).toMatchObject({ date: '2014-12-11', counted: true, dayNumber: 1, reason: null });
    expect(result.days.at(-1)).toMatchObject({ date: result.deadline, counted: true, dayNumber: 70 });
    expect(result.days).toHaveLength(103);
  });

  it('names the holidays file as the source of a holiday from it', async () => {
    const { stdout } = await runInProcess(['2022-09-27', '--rule', 'agenda', '--explain', '--holidays-file', FIXTURE]);
    expect(flat(stdout)).toMatch(/Mon 19 Sep 2022 skipped Bank Holiday for the State Funeral of Queen Elizabeth II \(holidays file\)/);
    expect(stdout).toMatch(/Tue 20 Sep 2022\s+clear day 1/);
  });
});
