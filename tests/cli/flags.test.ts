import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { SUBCOMMAND_NAMES } from '../../src/cli/program.js';

/**
 * One flag, one meaning: every option a command's --help lists works there, with the same meaning
 * it has elsewhere; batch writes CSV with --csv and files with --output like the other commands.
 */

const program = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false, today: '2026-11-27' }, { exitCode: 0 });
const FIXTURE = fileURLToPath(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-flags-'));

/** Arguments that make each command do real work. */
const POSITIONAL: Record<string, readonly string[]> = {
  'ofsted-deadline': ['2019-01-09'],
  add: ['2019-01-09', '5'],
  count: ['2019-01-09', '2019-02-09'],
  'is-working-day': ['2019-01-09'],
  holidays: ['2022'],
  rules: [],
  batch: [],
  reminders: ['2019-01-09'],
  status: ['2019-01-09'],
  calendar: ['2019-01-09'],
  completion: ['bash'],
};

/** A value that each option accepts, the same for every command that lists it. */
const VALUES: Record<string, string> = {
  '--rule': 'foi',
  '--days': '25',
  '--receipt-convention': 'deemed-next-working-day',
  '--region': 'scotland',
  '--holidays-file': FIXTURE,
  '--extra-holiday': '2019-02-01=Closure',
  '--before': '5,1',
  '--every': '7',
  '--today': '2019-01-10',
  '--title': 'Children’s services',
  '--input': join(dir, 'input.txt'),
  '--column': 'received',
  '--format': 'csv',
};
writeFileSync(join(dir, 'input.txt'), '2019-01-09\n');

/** Every option --help lists for a command, by its long name. */
function listedOptions(name: string): string[] {
  const command = name === 'ofsted-deadline' ? program : program.commands.find((c) => c.name() === name)!;
  return command.options.filter((option) => !option.hidden).map((option) => option.long!);
}

const cases = Object.keys(POSITIONAL).flatMap((name) =>
  listedOptions(name)
    .filter((option) => !['--help', '--version'].includes(option))
    .map((option) => [name, option] as const),
);

describe('every option each --help lists works there', () => {
  it('lists the same options --help prints', async () => {
    for (const name of Object.keys(POSITIONAL)) {
      const help = (await runInProcess(name === 'ofsted-deadline' ? ['--help'] : [name, '--help'])).stdout;
      for (const option of listedOptions(name)) expect(help, `${name} ${option}`).toContain(option);
    }
  });

  it.each(cases)('%s %s', async (name, option) => {
    const value = VALUES[option];
    const args = [...(name === 'ofsted-deadline' ? [] : [name]), ...POSITIONAL[name]!, option, ...(value === undefined ? [] : [value])];
    if (option === '--output') args.push(join(dir, `${name}.out`));
    // batch reads dates from stdin; --column reads a CSV with a header.
    const input = option === '--column' ? 'received\n2019-01-09\n' : '2019-01-09\n';
    const result = await runInProcess(args, { input });
    expect([result.exitCode, result.stderr.split('\n').filter((l) => !l.startsWith('warning') && !l.startsWith('  ') && !l.includes('warning:') && l !== '')]).toEqual([
      expect.toBeOneOf([0, 3, 4]),
      [],
    ]);
  });
});

describe('batch speaks like the other commands', () => {
  it('--csv writes the CSV that --format csv wrote', async () => {
    const csv = await runInProcess(['batch', '--csv'], { input: '2019-01-09\n' });
    const format = await runInProcess(['batch', '--format', 'csv'], { input: '2019-01-09\n' });
    expect(csv.stdout).toBe(format.stdout);
    expect(csv.stdout).toBe('line,input,receiptDate,deadline,warnings,code,error\r\n1,2019-01-09,2019-01-09,2019-04-17,,,\r\n');
  });

  it('--output writes the records to a file, complete, and - means stdout', async () => {
    const path = join(dir, 'records.ndjson');
    const written = await runInProcess(['batch', '--output', path], { input: '2019-01-09\n2019-01-10\n' });
    expect([written.exitCode, written.stdout]).toEqual([0, '']);
    expect(readFileSync(path, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { deadline: string }).deadline)).toEqual(['2019-04-17', '2019-04-18']);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const dash = await runInProcess(['batch', '--output', '-'], { input: '2019-01-09\n' });
    expect(dash.stdout).toContain('"deadline":"2019-04-17"');
  });

  it('--output leaves the old file whole when the run fails on input it cannot read', async () => {
    const path = join(dir, 'kept.ndjson');
    writeFileSync(path, 'old contents\n');
    const result = await runInProcess(['batch', '--input', join(dir, 'missing.txt'), '--output', path]);
    expect(result.exitCode).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('old contents\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--output refuses the file batch reads', async () => {
    const input = join(dir, 'self.txt');
    writeFileSync(input, '2019-01-09\n');
    const result = await runInProcess(['batch', '--input', input, '--output', input]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/is a file this command reads/);
    expect(readFileSync(input, 'utf8')).toBe('2019-01-09\n');
  });

  it('has no --json in its help, and says why if given one', async () => {
    expect((await runInProcess(['batch', '--help'])).stdout).not.toContain('--json');
    const result = await runInProcess(['batch', '--json'], { input: '2019-01-09\n' });
    expect(result.exitCode).toBe(2);
  });
});

describe('help and text fit the terminal', () => {
  it.each([
    { columns: 80, commands: SUBCOMMAND_NAMES },
    { columns: 60, commands: ['batch', 'reminders', 'status'] },
  ])('no line of --help or a command help is wider than COLUMNS=$columns, except unbreakable words', async ({ columns, commands }) => {
    for (const args of [['--help'], ...commands.map((name) => [name, '--help'])]) {
      const { stdout } = await runInProcess(args, { env: { COLUMNS: String(columns) } });
      const wide = stdout.split('\n').filter((line) => line.length > columns && line.trim().includes(' ') && !line.trim().startsWith('{'));
      expect(wide, args.join(' ')).toEqual([]);
    }
  });

  it('wraps the text document to 80 columns when stdout is not a terminal, and to COLUMNS when set', async () => {
    for (const [env, width] of [[{}, 80], [{ COLUMNS: '100' }, 100]] as const) {
      const { stdout } = await runInProcess(['2019-01-09'], { env });
      const lines = stdout.split('\n');
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(width);
      expect(lines.some((line) => line.length > width - 15)).toBe(true);
    }
  });
});

describe('colour is decided per stream', () => {
  const ESC = '\u001b[';
  it.each([
    [{ FORCE_COLOR: '1' }, false, true, 'FORCE_COLOR forces it'],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true, false, 'NO_COLOR wins'],
    [{ TERM: 'dumb' }, true, false, 'a dumb terminal gets none'],
    [{}, true, true, 'a terminal'],
    [{}, false, false, 'not a terminal'],
  ])('%j, stdout a terminal: %s → colour %s (%s)', async (env, stdoutIsTTY, coloured, _why) => {
    const { stdout } = await runInProcess(['2019-01-09'], { env: { NO_COLOR: undefined, ...env }, stdoutIsTTY });
    expect(stdout.includes(ESC)).toBe(coloured);
  });

  it('stderr gets colour only when it is a terminal itself', async () => {
    // A one-line command puts its warning on stderr: stdout a terminal, stderr a log file.
    const toLog = await runInProcess(['add', '2028-12-29', '1'], { env: { NO_COLOR: undefined }, stdoutIsTTY: true, stderrIsTTY: false });
    expect(toLog.stdout).toContain(ESC);
    expect(toLog.stderr).toMatch(/^warning: /);
    const toTerminal = await runInProcess(['add', '2028-12-29', '1'], { env: { NO_COLOR: undefined }, stdoutIsTTY: false, stderrIsTTY: true });
    expect(toTerminal.stdout).not.toContain(ESC);
    expect(toTerminal.stderr).toContain(`${ESC}33mwarning:`);
  });
});

describe('rules --region', () => {
  it('says which calendar each rule would count on, and that it is not the one its law names', async () => {
    const text = (await runInProcess(['rules', '--region', 'scotland'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain("Calendar: scotland (chosen with --region; the rule's law names England and Wales bank holidays)");
    const plain = (await runInProcess(['rules'])).stdout.replace(/\s+/g, ' ');
    expect(plain).toContain('Calendar: England and Wales bank holidays');
    expect(plain).toContain('Calendar: bank holidays in any part of the UK');
    const json = JSON.parse((await runInProcess(['rules', '--region', 'uk', '--json'])).stdout) as { id: string; region: string; regionUsed: string }[];
    expect(json.map((rule) => [rule.id, rule.region, rule.regionUsed])).toContainEqual(['written-statement', 'england-and-wales', 'uk']);
    const own = JSON.parse((await runInProcess(['rules', '--json'])).stdout) as { id: string; regionUsed: string }[];
    expect(own.find((rule) => rule.id === 'foi')?.regionUsed).toBe('uk');
  });
});

describe('--today and the calendar options together', () => {
  it('dates --extra-holiday today by --today, as the word means everywhere', async () => {
    const result = await runInProcess(['is-working-day', '2030-06-04', '--today', '2030-06-04', '--extra-holiday', 'today']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('not a working day: a bank holiday: Extra holiday');
  });

  it('reads the holidays file only when a command needs a calendar: rules and completion work with a bad one', async () => {
    for (const args of [['rules'], ['completion', 'bash']]) {
      const result = await runInProcess(args, { env: { OFSTED_DEADLINE_HOLIDAYS_FILE: join(dir, 'no-such-file.json') } });
      expect([args.join(' '), result.exitCode]).toEqual([args.join(' '), 0]);
    }
    const needs = await runInProcess(['2019-01-09'], { env: { OFSTED_DEADLINE_HOLIDAYS_FILE: join(dir, 'no-such-file.json') } });
    expect(needs.exitCode).toBe(2);
  });
});
