/**
 * End-to-end through runCli, the entry the binary calls, in-process (tests/helpers/run-in-process.ts),
 * for `reminders`, `status` and `calendar`, every format, under three time zones far apart (results
 * are calendar days and must not move with the machine's zone). tests/e2e/binary.e2e.test.ts checks
 * the `status --exit-code` codes of the real binary.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { BinResult } from '../helpers/run-bin.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** An ANSI SGR escape: `sgr('7')` matches inverse. */
const ESC = String.fromCharCode(27);
const sgr = (codes = '[0-9;]*') => new RegExp(`${ESC}\\[${codes}m`, 'g');
import { HOSTILE_TITLES } from '../helpers/hostile-titles.js';

// CI runs the whole suite under UTC, Kiritimati and Los Angeles; each run here also compares the
// zone it was given with one a day away from it, byte for byte (the helper sets TZ for a run, as a
// spawned binary would get it).
const FAR_ZONE = process.env.TZ === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati';
const ZONES = [process.env.TZ ?? 'UTC', FAR_ZONE] as const;
const TODAY = ['--today', '2015-03-16'];

/** Text with every run of white space (a wrapped line's break and indent) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * The warning a receipt of 10 December 2014 gets (the early draft action plan is Ofsted practice
 * from 2018), as a text document shows it: wrapped to 80 columns with a hanging indent.
 */
const BEFORE_2018 =
  'Ofsted ILACS practice (2018 statement) applies from 2018: the date given, Wed 10 Dec 2014, is earlier and was not subject to it. ' +
  'The draft-action-plan date is shown as the same count of working days.';
const BEFORE_2018_TEXT =
  'warning: Ofsted ILACS practice (2018 statement) applies from 2018: the date\n' +
  '  given, Wed 10 Dec 2014, is earlier and was not subject to it. The\n' +
  '  draft-action-plan date is shown as the same count of working days.\n';

/** iCalendar TEXT keeps line breaks (escaped) and drops every other control character. */
// eslint-disable-next-line no-control-regex
const inIcs = (text: string): string => text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');

/** Runs under every zone, checks they agree byte for byte, and returns one result. */
async function runEverywhere(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<BinResult> {
  const results = await Promise.all(ZONES.map((TZ) => runInProcess(args, { env: { TZ, ...env } })));
  for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  return results[0]!;
}

describe.concurrent('reminders', () => {
  it('prints the default schedule as a table, today marked in words', async () => {
    const { stdout, stderr, exitCode } = await runEverywhere(['reminders', '2014-12-10', ...TODAY]);
    expect([exitCode, stderr]).toEqual([0, '']);
    expect(stdout).toContain(BEFORE_2018_TEXT);
    expect(stdout).toContain('Mon 23 Mar 2015');
    expect(stdout).toMatch(/Mon 12 Jan 2015 +20 +50 +past +Early draft action plan/);
    expect(stdout).toMatch(/Mon 16 Mar 2015 +65 +5 +> TODAY +Reminder: 5 working days left/);
    expect(stdout).toMatch(/Mon 23 Mar 2015 +70 +0 +upcoming +Deadline/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('dims past rows and highlights today when colour is on', async () => {
    const { stdout } = await runInProcess(['reminders', '2014-12-10', ...TODAY], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    const line = (date: string) => stdout.split('\n').find((l) => l.replace(sgr(), '').startsWith(`  ${date}`))!;
    expect(line('Mon 12 Jan 2015')).toContain('\u001b[2m'); // dim
    expect(line('Mon 16 Mar 2015')).toContain('\u001b[7m'); // inverse
    expect(line('Thu 19 Mar 2015')).not.toMatch(sgr('(2|7)'));
  });

  it('--json gives the documented shape', async () => {
    const { stdout, exitCode } = await runEverywhere(['reminders', '10/12/2014', '--json', ...TODAY, '--before', '15,10,5,1']);
    expect(exitCode).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ receiptDate: '2014-12-10', deadline: '2015-03-23' });
    expect(json.reminders.map((r: { date: string; rule: string; workingDaysBeforeDeadline: number; state: string }) => [r.date, r.rule, r.workingDaysBeforeDeadline, r.state])).toEqual([
      ['2015-01-12', 'draft-action-plan', 50, 'past'],
      ['2015-01-26', 'publish-report', 40, 'past'],
      ['2015-03-02', 'written-statement', 15, 'past'],
      ['2015-03-09', 'written-statement', 10, 'past'],
      ['2015-03-16', 'written-statement', 5, 'today'],
      ['2015-03-20', 'written-statement', 1, 'upcoming'],
      ['2015-03-23', 'written-statement', 0, 'upcoming'],
    ]);
    expect(Object.keys(json.reminders[0]).slice(0, 5)).toEqual(['date', 'label', 'rule', 'workingDaysBeforeDeadline', 'state']);
  });

  it('--every adds check-ins', async () => {
    const json = JSON.parse((await runEverywhere(['reminders', '2014-12-10', '--json', '--every', '30', ...TODAY])).stdout);
    expect(json.reminders.filter((r: { kind: string }) => r.kind === 'check-in').map((r: { date: string }) => r.date)).toEqual(['2014-12-11', '2015-01-27', '2015-03-10']);
  });

  it.each(HOSTILE_TITLES)('--csv: title %j round-trips through a real CSV parser, inert (%s)', async (title) => {
    const { stdout, stderr, exitCode } = await runEverywhere(['reminders', '2014-12-10', '--csv', '--title', title, ...TODAY]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe(BEFORE_2018_TEXT); // a CSV file has no place for the document's warnings
    const json = JSON.parse((await runInProcess(['reminders', '2014-12-10', '--json', '--title', title, ...TODAY])).stdout);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.date)).toEqual(json.reminders.map((r: { date: string }) => r.date));
    rows.forEach((row, i) => {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      const shown = row.label!.startsWith("'") ? row.label!.slice(1) : row.label;
      expect(shown).toBe(json.reminders[i].label);
      expect(shown!.startsWith(title.replace(/\r\n?/g, '\n'))).toBe(true);
    });
  });

  it.each(HOSTILE_TITLES)('--ics: title %j round-trips through ical.js (%s)', async (title) => {
    const { stdout, stderr, exitCode } = await runEverywhere(['reminders', '2014-12-10', '--ics', '--title', title, ...TODAY]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe(BEFORE_2018_TEXT);
    const events = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate])).toEqual(
      ['2015-01-12', '2015-01-26', '2015-02-23', '2015-03-09', '2015-03-16', '2015-03-19', '2015-03-20', '2015-03-23'].map((d) => [d, true]),
    );
    for (const event of events) expect(event.summary.startsWith(`${inIcs(title)}: `)).toBe(true);
    // The document's warnings travel with every event.
    for (const event of events) expect(event.description.split('\n')).toContain(`Warning: ${BEFORE_2018}`);
    for (const line of stdout.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it.each([
    [['--ics'], (text: string) => expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)],
    [['--csv'], (text: string) => expect(text).toMatch(/^date,weekday,label/)],
    [['--json'], (text: string) => expect(JSON.parse(text).command).toBe('reminders')],
    [[], (text: string) => expect(text).toContain('> TODAY')],
  ])('--output writes %j to the file, exactly what stdout would get, without colour', async (format, check) => {
    const file = join(mkdtempSync(join(tmpdir(), 'ofsted-reminders-')), 'out');
    const args = ['reminders', '2014-12-10', ...format, ...TODAY];
    const written = await runInProcess([...args, '--output', file], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    // The document went to the file, so its warnings are also said on stderr, where they are seen
    // (coloured there: FORCE_COLOR is set).
    expect([written.exitCode, written.stdout, written.stderr.replace(sgr(), '')]).toEqual([0, '', BEFORE_2018_TEXT]);
    const content = readFileSync(file, 'utf8');
    check(content);
    expect(content).toBe((await runInProcess(args)).stdout);
  });
});

describe.concurrent('--rule: a schedule for another working-day rule', () => {
  it.each([
    ['written-statement', '2014-12-10', [], 'the default'],
    ['publish-report', '2014-12-10', [], 'Ofsted reg 2'],
    ['foi', '2024-12-31', [], 'FOI counts UK-wide: 2 Jan 2025 (Scotland) does not count'],
    ['eir', '2024-12-31', ['--region', 'england-and-wales'], '--region overrides the rule\'s own calendar'],
  ])('reminders --rule %s %s %j ends on the deadline the default command gives (%s)', async (rule, date, region) => {
    const deadline = JSON.parse((await runInProcess([date, '--rule', rule, ...region, '--json'])).stdout).deadline;
    for (const command of ['reminders', 'status', 'calendar']) {
      const json = JSON.parse((await runEverywhere([command, date, '--rule', rule, ...region, '--json'])).stdout);
      expect(json.deadline).toBe(deadline);
    }
    const reminders = JSON.parse((await runInProcess(['reminders', date, '--rule', rule, ...region, '--json'])).stdout).reminders;
    expect(reminders.at(-1)).toMatchObject({ date: deadline, rule, workingDaysBeforeDeadline: 0 });
  });

  it('FOI: 20 working days, so the default reminders are 10, 5, 2 and 1 before', async () => {
    const json = JSON.parse((await runEverywhere(['reminders', '2024-12-31', '--rule', 'foi', '--json'])).stdout);
    expect(json.reminders.map((r: { workingDaysBeforeDeadline: number }) => r.workingDaysBeforeDeadline)).toEqual([10, 5, 2, 1, 0]);
    expect(json.reminders[0].citation).toMatch(/FOIA 2000 s10/);
  });

  it.each(['sar', 'agenda'])('--rule %s (not counted in working days after receipt) is bad input', async (rule) => {
    const { stderr, exitCode } = await runInProcess(['reminders', '2024-12-31', '--rule', rule]);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/is not counted in working days after receipt/);
  });
});

describe.concurrent('status', () => {
  it.each([
    ['2015-03-17', 0, 'nothing due'],
    ['2015-03-16', 3, 'a reminder is due today'],
    ['2015-01-12', 3, 'the draft action plan is due today'],
    ['2015-03-23', 3, 'the deadline is today'],
    ['2015-03-24', 4, 'the deadline has passed'],
  ])('--exit-code on %s exits %i: %s', async (today, code) => {
    expect((await runEverywhere(['status', '2014-12-10', '--today', today, '--exit-code'])).exitCode).toBe(code);
    expect((await runInProcess(['status', '2014-12-10', '--today', today])).exitCode).toBe(0);
  });

  it('--json reports elapsed, remaining, the next milestone and what is due', async () => {
    const json = JSON.parse((await runEverywhere(['status', '2014-12-10', '--json', ...TODAY])).stdout);
    expect(json).toMatchObject({
      receiptDate: '2014-12-10',
      deadline: '2015-03-23',
      today: '2015-03-16',
      workingDaysElapsed: 65,
      workingDaysRemaining: 5,
      nextMilestone: { date: '2015-03-23', rule: 'written-statement' },
      dueToday: [{ date: '2015-03-16', workingDaysBeforeDeadline: 5 }],
      overdue: false,
    });
  });

  it('uses today in England by default (OFSTED_DEADLINE_TODAY pins it in tests)', async () => {
    const json = JSON.parse((await runEverywhere(['status', '2014-12-10', '--json'], { OFSTED_DEADLINE_TODAY: '2015-03-24' })).stdout);
    expect([json.today, json.workingDaysRemaining, json.overdue]).toEqual(['2015-03-24', -1, true]);
  });

  it('says it in words', async () => {
    const { stdout } = await runEverywhere(['status', '2014-12-10', ...TODAY]);
    expect(flat(stdout)).toContain('65 working days elapsed since receipt. 5 working days left to the deadline, Mon 23 Mar 2015.');
    expect(stdout).toContain('Reminder: 5 working days left');
    expect(stdout).toContain(BEFORE_2018_TEXT);
  });
});

describe.concurrent('calendar', () => {
  it('draws month grids from the receipt month to the deadline month, marked with symbols', async () => {
    const { stdout, exitCode } = await runEverywhere(['calendar', '2014-12-10']);
    expect(exitCode).toBe(0);
    const titles = stdout.split('\n').map((l) => l.trim()).filter((l) => /^[A-Z][a-z]+ \d{4}$/.test(l));
    expect(titles).toEqual(['December 2014', 'January 2015', 'February 2015', 'March 2015']);
    expect(stdout).toContain('Mo      Tu      We      Th      Fr      Sa      Su');
    expect(stdout).toContain('10 R    11 #1   12 #2   13 -    14 -');
    expect(stdout).toContain('22 #8   23 #9   24 #10  25 H    26 H    27 -    28 -');
    expect(stdout).toContain('12 *20');
    expect(stdout).toContain('23 !70');
    expect(stdout).toContain('Key:');
    expect(stdout).toMatch(/H Thu 25 Dec 2014 +Christmas Day/);
  });

  it('colours the marks when colour is on', async () => {
    const { stdout } = await runInProcess(['calendar', '2014-12-10'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(stdout).toMatch(new RegExp(`${sgr().source}23 !70`));
  });

  it('in colour is the plain calendar with colour codes added: no line ends in spaces hidden before a code', async () => {
    const coloured = (await runInProcess(['calendar', '2014-12-10'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout;
    const plain = (await runInProcess(['calendar', '2014-12-10'])).stdout;
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
    // eslint-disable-next-line no-control-regex
    expect(coloured).not.toMatch(/ (\u001b\[[0-9;]*m)+$/m);
  });

  it('--json lists every day with its mark', async () => {
    const json = JSON.parse((await runEverywhere(['calendar', '2014-12-10', '--json'])).stdout);
    const days = json.months.flatMap((m: { days: unknown[] }) => m.days);
    expect(days.find((d: { date: string }) => d.date === '2015-03-23')).toEqual({ date: '2015-03-23', mark: 'deadline', workingDay: 70, holiday: null, rule: 'written-statement' });
    expect(days.filter((d: { workingDay: number | null }) => d.workingDay !== null)).toHaveLength(70);
  });
});

describe.concurrent('bad input exits 2 with one clear line', () => {
  it.each([
    [['reminders', '2015-02-29'], /February 2015 has no day 29/],
    [['reminders', 'tomorrow'], /invalid receipt date "tomorrow"/],
    [['reminders', '2014-12-10', '--before', '0'], /--before value "0"/],
    [['reminders', '2014-12-10', '--before', '15,x'], /--before value "x"/],
    [['reminders', '2014-12-10', '--before', '70'], /from 1 to 69 working days before/],
    [['reminders', '2014-12-10', '--every', '0'], /--every "0"/],
    [['reminders', '2014-12-10', '--today', '32/01/2015'], /invalid --today date/],
    [['reminders', '2014-12-10', '--title', ''], /--title/],
    [['reminders', '2014-12-10', '--csv', '--ics'], /cannot be used with/],
    [['reminders', '2014-12-10', '--ics', '--json'], /cannot be used with/],
    [['reminders', '2014-12-10', '--output', '/nonexistent-dir/x.ics'], /cannot write --output/],
    [['reminders', '2014-12-10', '--bogus'], /unknown option '--bogus'/],
    [['reminders'], /missing required argument 'receipt-date'/],
    [['status', '2014-13-01', '--exit-code'], /there is no month 13/],
    [['status', '2014-12-10', '--today', 'yesterday'], /invalid --today date/],
    [['calendar', '1989-12-29'], /outside the supported years/],
    [['calendar', '2014-12-10', '--csv'], /unknown option '--csv'/],
  ])('%j', async (args, message) => {
    const { stdout, stderr, exitCode } = await runEverywhere(args);
    expect(exitCode).toBe(2);
    // Nothing on stdout, except the JSON error object when --json was asked for.
    if (args.includes('--json')) expect(JSON.parse(stdout).error.code).toBe('usage');
    else expect(stdout).toBe('');
    expect(stderr).toMatch(/^ofsted-deadline: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  });

  it('with --json also writes a JSON error object on stdout', async () => {
    const { stdout, exitCode } = await runInProcess(['status', '2015-02-29', '--json']);
    expect(exitCode).toBe(2);
    expect(JSON.parse(stdout).error).toMatchObject({ code: 'invalid-date', input: '2015-02-29' });
  });
});

describe.concurrent('--help shows an example for each command', () => {
  it.each([
    [['reminders', '--help'], 'ofsted-deadline reminders 2014-12-10 --ics --output'],
    [['status', '--help'], 'ofsted-deadline status 2014-12-10 --exit-code ||'],
    [['calendar', '--help'], 'ofsted-deadline calendar 2014-12-10'],
    [['--help'], 'ofsted-deadline reminders 2014-12-10'],
  ])('%j', async (args, example) => {
    const { stdout, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain(example);
  });

  it('documents the status exit codes', async () => {
    expect(flat((await runInProcess(['status', '--help'])).stdout)).toContain(
      'With --exit-code: 0 nothing due today; 3 a milestone, reminder or the deadline falls due today; 4 the deadline has passed; 2 bad input.',
    );
  });
});
