import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderManPage } from '../../scripts/man/render-man.js';
import { buildProgram } from '../../src/cli/program.js';
import { closestName } from '../../src/core/closest.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** The CLI habits users expect: suggestions, `help`, completion, a man page, a telling --version. */

const program = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false, today: '2026-11-27' }, { exitCode: 0 });
const COMMANDS = program.commands.map((command) => command.name());

describe('a mistyped command or option', () => {
  it.each([
    [['remindres', '2014-12-10'], 'unknown command "remindres" (did you mean "reminders"?)'],
    [['--json', 'stauts'], 'unknown command "stauts"'],
    [['calender', '2014-12-10'], '(did you mean "calendar"?)'],
    [['help', 'reminder'], 'unknown command "reminder" (did you mean "reminders"?)'],
    [['banana'], 'unknown command "banana": see ofsted-deadline --help'],
    [['2014-12-10', '--jsn'], "unknown option '--jsn' (did you mean --json?)"],
    [['reminders', '2014-12-10', '--tittle', 'x'], "unknown option '--tittle' (did you mean --title?)"],
  ])('%j: one line naming the closest command or option, exit 2', async (args, message) => {
    const { stdout, stderr, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(2);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toContain(message);
    if (!args.includes('--json')) expect(stdout).toBe('');
  });

  it('suggests only a name within a typo of the word', () => {
    expect(closestName('remindres', COMMANDS)).toBe('reminders');
    expect(closestName('isworkingday', COMMANDS)).toBe('is-working-day');
    expect(closestName('banana', COMMANDS)).toBeUndefined();
  });

  it('still reads "today" and dates as dates, not commands', async () => {
    expect((await runInProcess(['today', '--json'])).exitCode).toBe(0);
    expect((await runInProcess(['10/12/2014'])).exitCode).toBe(0);
  });
});

describe('help', () => {
  it('`help` prints the program help and `help <command>` the command help, exit 0', async () => {
    const top = await runInProcess(['help']);
    expect([top.exitCode, top.stdout]).toEqual([0, (await runInProcess(['--help'])).stdout]);
    const reminders = await runInProcess(['help', 'reminders']);
    expect(reminders.exitCode).toBe(0);
    expect(reminders.stdout).toBe((await runInProcess(['reminders', '--help'])).stdout);
  });
});

describe('--version', () => {
  it('names the version and the holiday data with its horizon', async () => {
    const { stdout, exitCode } = await runInProcess(['--version']);
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(exitCode).toBe(0);
    expect(stdout).toBe(
      `ofsted-deadline ${version}\nholiday data: date-holidays 3.37.0 with corrections; announced bank holidays to 2028 (later years follow the statutory rules)\nsupported years: 1990–2199\n`,
    );
  });
});

describe('completion', () => {
  it('bash: completes commands, their options and the choices of an option, in a real bash', async () => {
    const script = (await runInProcess(['completion', 'bash'])).stdout;
    const complete = (...words: string[]) => {
      const probe = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _ofsted_deadline; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return spawnSync('bash', ['-c', probe], { encoding: 'utf8' }).stdout.trim().split('\n');
    };
    expect(complete('ofsted-deadline', 'remi')).toEqual(['reminders']);
    expect(complete('ofsted-deadline', 'reminders', '--ti')).toEqual(['--title']);
    expect(complete('ofsted-deadline', 'reminders', '--to')).toEqual(['--today']);
    expect(complete('ofsted-deadline', 'status', '--region', '')).toEqual(['england-and-wales', 'scotland', 'northern-ireland', 'uk']);
    expect(complete('ofsted-deadline', 'batch', '--receipt-convention', 'd')).toEqual(['deemed-next-working-day']);
  });

  it.each(['zsh', 'fish'])('%s: names every command and every option of each', async (shell) => {
    const script = (await runInProcess(['completion', shell])).stdout;
    for (const command of program.commands) {
      expect(script).toContain(command.name());
      for (const option of command.options.filter((o) => !o.hidden)) expect(script).toContain(shell === 'fish' ? `-l ${option.long!.slice(2)}` : `'${option.long}[`);
    }
  });

  it('refuses an unknown shell in one line', async () => {
    const { stderr, exitCode } = await runInProcess(['completion', 'tcsh']);
    expect([exitCode, stderr]).toEqual([2, 'ofsted-deadline: unknown shell "tcsh": expected bash, zsh, fish\n']);
  });
});

describe('the man page', () => {
  const committed = readFileSync(new URL('../../man/ofsted-deadline.1', import.meta.url), 'utf8');

  it('is up to date with the commander definitions (run `npm run man` if not)', () => {
    expect(committed).toBe(renderManPage());
  });

  it('documents every command and every option --help lists', () => {
    for (const command of [program, ...program.commands]) {
      expect(committed).toContain(`.SS ${command.name().replaceAll('-', '\\-')}`.replace('.SS ofsted\\-deadline', '.SH NAME'));
      for (const option of command.options.filter((o) => !o.hidden)) expect(committed).toContain(option.flags.replaceAll('-', '\\-'));
    }
  });
});

describe('a mistyped command after options', () => {
  it('names the closest command too', async () => {
    const { stderr, exitCode } = await runInProcess(['--no-color', 'remindres']);
    expect([exitCode, stderr]).toEqual([2, 'ofsted-deadline: unknown command "remindres" (did you mean "reminders"?): see ofsted-deadline --help\n']);
  });

  it.each([
    [['--no-color', 'remindres', '2019-01-09'], 'remindres', 'reminders'],
    [['--region', 'scotland', 'cuont', '2019-01-01', '2019-01-02'], 'cuont', 'count'],
  ])('names the closest command when arguments follow it too: %j', async (args, typed, meant) => {
    const { stderr, exitCode } = await runInProcess(args);
    expect([exitCode, stderr]).toEqual([2, `ofsted-deadline: unknown command "${typed}" (did you mean "${meant}"?): see ofsted-deadline --help\n`]);
  });

  it('still says "too many arguments" when the first word is a date', async () => {
    const { stderr, exitCode } = await runInProcess(['--no-color', '2019-01-09', '2019-01-10']);
    expect([exitCode, stderr]).toEqual([2, 'ofsted-deadline: too many arguments. Expected 1 argument but got 2.\n']);
  });
});
