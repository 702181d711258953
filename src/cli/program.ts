import { Command, CommanderError } from 'commander';
import { describeAdd, runAdd } from './commands/add.js';
import { describeBatch, runBatch } from './commands/batch.js';
import { describeCalendar, runCalendar } from './commands/calendar.js';
import { describeCount, runCount } from './commands/count.js';
import { describeDeadline, runDeadline } from './commands/deadline.js';
import { describeHolidays, runHolidays } from './commands/holidays.js';
import { describeIsWorkingDay, runIsWorkingDay } from './commands/is-working-day.js';
import { describeReminders, runReminders } from './commands/reminders.js';
import { describeStatus, runStatus } from './commands/status.js';
import { describeRules, runRules } from './commands/rules.js';
import { describeRegister, runRegister } from './commands/register.js';
import { type CommandContext, addCommonOptions, createContext, isDeadlineError, reportError } from './context.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import type { RawOptions } from './raw-options.js';
import { VERSION } from './version.js';

const EXAMPLES = `
Examples:
  $ ofsted-deadline 2014-12-10                 deadlines for a report received Wed 10 Dec 2014
  $ ofsted-deadline 10/12/2014 --json          the same, as JSON
  $ ofsted-deadline 2014-12-10 --days 45       a one-off count of 45 working days
  $ ofsted-deadline add 2015-03-23 -70         70 working days before 23 March 2015
  $ ofsted-deadline count 2014-12-10 2015-03-23
  $ ofsted-deadline is-working-day 2022-09-19 && echo working
  $ ofsted-deadline holidays 2022
  $ ofsted-deadline rules                      the rules --rule can apply, with citations
  $ ofsted-deadline 2025-01-02 --rule foi      FOI: 20 working days, UK-wide bank holidays
  $ ofsted-deadline 2015-01-13 --rule agenda   latest day to publish a meeting's agenda
  $ ofsted-deadline 2014-12-10 --explain       every day from receipt to deadline, and why
  $ ofsted-deadline holidays 2025 --region scotland
  $ ofsted-deadline reminders 2014-12-10 --ics --output plymouth.ics
  $ ofsted-deadline status 2014-12-10 --exit-code || notify-team
  $ ofsted-deadline calendar 2014-12-10
  $ ofsted-deadline batch < receipts.txt       one deadline per line, as NDJSON
  $ ofsted-deadline register log.csv --exit-code   every matter of a register: states, a CI check

Warnings (text: above the deadline; JSON: "warnings", each {code, message, ...facts}) say when an
answer is not the plain statutory one: beyond-horizon, before-in-force, custom-period,
region-not-statutory, deemed-receipt, receipt-on-non-working-day, extra-holidays,
holidays-file-differs. Error codes (JSON "error.code", batch "code"): invalid-date,
invalid-number, out-of-range, invalid-argument, invalid-holidays-file, usage, internal.

Exit codes: 0 ok; 1 not a working day (is-working-day); 2 bad input; 70 internal error;
with status --exit-code also 3 something falls due today and 4 the deadline has passed;
with register --exit-code 3 a matter falls due today and 4 an open matter is overdue.`;

/**
 * A subcommand's options plus common options typed before the subcommand's name
 * (`ofsted-deadline --region scotland holidays`), which commander gives to the program instead:
 * without this they would be silently ignored. An option typed on the subcommand wins; repeated
 * --extra-holiday values from both places are kept.
 */
function effectiveOptions(command: Command): RawOptions {
  const local: Record<string, unknown> = { ...command.opts() };
  const parent = command.parent;
  if (parent) {
    for (const [key, value] of Object.entries(parent.opts())) {
      if (parent.getOptionValueSource(key) !== 'cli') continue;
      const own = local[key];
      if (command.getOptionValueSource(key) !== 'cli') local[key] = value;
      else if (Array.isArray(value) && Array.isArray(own)) local[key] = [...value, ...own];
    }
  }
  return local;
}

/** A command's run function: the context, its positional arguments, then its options. */
export type Action = (context: CommandContext, args: readonly (string | undefined)[], options: RawOptions) => void | Promise<void>;

/**
 * Builds the commander program. Each action resolves its options (effectiveOptions) into a
 * context, runs with its positional arguments and those options, and records an exit code;
 * failures become values here, never stack traces.
 */
export function buildProgram(io: CliIo, result: { exitCode: ExitCode }): Command {
  const wrap =
    (action: Action) =>
    async (...args: unknown[]): Promise<void> => {
      const command = args.at(-1);
      if (!(command instanceof Command)) throw new Error('commander did not pass the command to its action');
      const options = effectiveOptions(command);
      try {
        const context = createContext(io, options);
        const positional = args.slice(0, command.registeredArguments.length).map((arg) => (typeof arg === 'string' ? arg : undefined));
        await action(context, positional, options);
        result.exitCode = context.exitCode;
      } catch (error) {
        if (!isDeadlineError(error)) throw error;
        reportError(io, options.json === true, error.code, error.message, error.input);
        result.exitCode = ExitCode.BadInput;
      }
    };

  const program = new Command('ofsted-deadline')
    .description(
      'Statutory working-day deadlines after an Ofsted inspection report (SI 2007/462): the written statement of action (70 working days), the published report (30) and the early draft action plan (20, Ofsted practice).',
    )
    .version(VERSION, '-V, --version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined, // run() prints one line of its own
    })
    .addHelpText('after', EXAMPLES);

  addCommonOptions(describeDeadline(program)).action(wrap(runDeadline));

  const subcommand = (name: string, describe: (command: Command) => Command) =>
    addCommonOptions(describe(program.command(name)))
      .exitOverride()
      .configureOutput(program.configureOutput());

  subcommand('add', describeAdd).action(wrap(runAdd));
  subcommand('count', describeCount).action(wrap(runCount));
  subcommand('is-working-day', describeIsWorkingDay).action(wrap(runIsWorkingDay));
  subcommand('holidays', describeHolidays).action(wrap(runHolidays));
  subcommand('rules', describeRules).action(wrap(runRules));
  subcommand('batch', describeBatch).action(wrap(runBatch));
  subcommand('reminders', describeReminders).action(wrap(runReminders));
  subcommand('status', describeStatus).action(wrap(runStatus));
  subcommand('calendar', describeCalendar).action(wrap(runCalendar));
  subcommand('register', describeRegister).action(wrap(runRegister));
  return program;
}

/** Runs the CLI on user arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const result = { exitCode: ExitCode.Ok };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      if (error.exitCode === 0) return ExitCode.Ok;
      const message = error.message.replace(/^error: /, '');
      reportError(io, argv.includes('--json'), 'usage', message);
      return ExitCode.BadInput;
    }
    // Anything else is a bug: one line, never a stack trace, and its own exit code.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`ofsted-deadline: internal error: ${message.split('\n')[0]} (please report this)\n`);
    return ExitCode.InternalError;
  }
}
