import { Command, CommanderError, Help } from 'commander';
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
import { type Action, addCommonOptions, createContext, isDeadlineError, reportError, textWidth } from './context.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import type { RawOptions } from './raw-options.js';
import { VERSION } from './version.js';
import { FIRST_SUPPORTED_YEAR, HORIZON_YEAR, LAST_SUPPORTED_YEAR } from '../calendar/regions.js';
import { GENERATED_FROM } from '../calendar/generated/holiday-tables.js';
import { DeadlineError } from '../core/errors.js';
import { quoteInput } from '../output/words.js';
import { COMPLETION_SHELLS, completionScript } from './completion.js';
import { closestName } from '../core/closest.js';
import { addAfterHelp } from './help-text.js';

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
  $ ofsted-deadline reminders 2014-12-10 --ics --output reminders.ics
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
74 output could not be written (a closed pipe is not an error and keeps the code);
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

/** Every subcommand but `completion` (which needs the program itself): name, options, action. */
const SUBCOMMANDS = [
  ['add', describeAdd, runAdd],
  ['count', describeCount, runCount],
  ['is-working-day', describeIsWorkingDay, runIsWorkingDay],
  ['holidays', describeHolidays, runHolidays],
  ['rules', describeRules, runRules],
  ['batch', describeBatch, runBatch],
  ['reminders', describeReminders, runReminders],
  ['status', describeStatus, runStatus],
  ['calendar', describeCalendar, runCalendar],
  ['register', describeRegister, runRegister],
] as const;

export const SUBCOMMAND_NAMES = [...SUBCOMMANDS.map(([name]) => name), 'completion'] as const;
export type SubcommandName = (typeof SUBCOMMAND_NAMES)[number];

/**
 * Which commands a run needs built: all for help, else those its words name (a subcommand may
 * follow options, as in `--region scotland holidays`; building one more than needed changes no
 * routing), else only the default command.
 */
function commandsNeeded(argv: readonly string[]): 'all' | readonly SubcommandName[] {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === 'completion' || argv.includes('--help') || argv.includes('-h')) return 'all';
  return SUBCOMMAND_NAMES.filter((name) => argv.includes(name));
}


/**
 * Builds the commander program. Each action resolves its options (effectiveOptions) into a
 * context, runs with its positional arguments and those options, and records an exit code;
 * failures become values here, never stack traces.
 */
export function buildProgram(io: CliIo, result: { exitCode: ExitCode }, only: 'all' | readonly SubcommandName[] = 'all'): Command {
  const wrap =
    (action: Action) =>
    async (...args: unknown[]): Promise<void> => {
      const command = args.at(-1);
      if (!(command instanceof Command)) throw new Error('commander did not pass the command to its action');
      const options = effectiveOptions(command);
      try {
        const context = await createContext(io, options);
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
    .version(versionText(), '-V, --version', 'print the version and the holiday data it carries')
    .helpCommand('help [command]', 'show help for a command')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined, // run() prints one line of its own
      // Help wraps to the terminal (or COLUMNS, or 80), as text output does.
      getOutHelpWidth: () => textWidth(io),
      getErrHelpWidth: () => textWidth(io),
    })
    // Subcommands copy this when they are made, so every --help wraps the same way.
    .configureHelp({ minWidthToWrap: 10, formatItem: formatHelpItem })
    ;
  addAfterHelp(program, EXAMPLES);

  // A word where a date belongs is a mistyped command more often than a date, also after options
  // (`--json remindres`), which the check in runCli does not see.
  const runDeadlineOrSuggest: Action = (context, args, options) => {
    const mistyped = mistypedCommand(args[0]);
    if (mistyped !== undefined) throw new CommanderError(ExitCode.BadInput, 'ofsted-deadline.unknownCommand', mistyped);
    return runDeadline(context, args, options);
  };
  addCommonOptions(describeDeadline(program)).action(wrap(runDeadlineOrSuggest));

  const subcommand = (name: string, describe: (command: Command) => Command) =>
    addCommonOptions(describe(program.command(name)), { json: name !== 'batch' })
      .exitOverride()
      .configureOutput(program.configureOutput());

  // A one-off command builds only itself: describing every subcommand's options costs a run more
  // than its arithmetic. Help, completion and the man page build them all.
  for (const [name, describe, run] of SUBCOMMANDS) {
    if (only === 'all' || only.includes(name)) subcommand(name, describe).action(wrap(run));
  }
  if (only !== 'all' && !only.includes('completion')) return program;
  program
    .command('completion')
    .description(`print a shell completion script for ${COMPLETION_SHELLS.join(', ')} (see the README's "Shell completion and the man page")`)
    .argument('<shell>', COMPLETION_SHELLS.join(', '))
    .exitOverride()
    .configureOutput(program.configureOutput())
    .action(
      wrap((context, [shell = '']) => {
        const known = COMPLETION_SHELLS.find((name) => name === shell);
        if (known === undefined) {
          throw new DeadlineError('invalid-argument', `unknown shell ${quoteInput(shell)}: expected ${COMPLETION_SHELLS.join(', ')}`, shell);
        }
        context.io.stdout.write(completionScript(program, known));
      }),
    );
  return program;
}

/**
 * One option or command in --help. Where the terminal leaves too little room beside the terms
 * (under 40 columns), the description goes under its term instead, so narrow help still wraps.
 */
function formatHelpItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
  const width = this.helpWidth ?? 80;
  if (!description || width - termWidth - 4 >= 40) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
  return `  ${term}\n${helper.boxWrap(description, width - 6).replace(/^/gm, '      ')}`;
}

/** `--version`: the version, and which holiday data answers (so a CI log shows its horizon). */
export function versionText(): string {
  return [
    `ofsted-deadline ${VERSION}`,
    `holiday data: ${GENERATED_FROM} with corrections; announced bank holidays to ${HORIZON_YEAR} (later years follow the statutory rules)`,
    `supported years: ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`,
  ].join('\n');
}

/** The first argument (or the one after `help`), when it reads as a mistyped command rather than a date. */
function unknownCommand(argv: readonly string[]): string | undefined {
  return mistypedCommand(argv[0] === 'help' ? argv[1] : argv[0]);
}

/** A word (not a date, not `today`) that is no command: the message naming the closest one. */
function mistypedCommand(first: string | undefined): string | undefined {
  if (first === undefined || !/^[a-z][a-z-]*$/i.test(first) || first.toLowerCase() === 'today') return undefined;
  const names: readonly string[] = [...SUBCOMMAND_NAMES, 'help'];
  if (names.includes(first)) return undefined;
  const suggestion = closestName(first, names);
  return `unknown command ${quoteInput(first)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: see ofsted-deadline --help`;
}

/** Runs the CLI on user arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const result = { exitCode: ExitCode.Ok };
  const program = buildProgram(io, result, commandsNeeded(argv));
  const mistyped = unknownCommand(argv);
  if (mistyped !== undefined) {
    reportError(io, argv.includes('--json'), 'usage', mistyped);
    return ExitCode.BadInput;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      if (error.exitCode === 0) return ExitCode.Ok;
      // A mistyped command after options, with arguments after it (`--no-color remindres DATE`),
      // reaches the default command as too many arguments: name the command instead.
      const mistypedAfterOptions = error.code === 'commander.excessArguments' ? mistypedCommand(program.args[0]) : undefined;
      // Commander puts its "Did you mean --json?" on a second line: keep the error one line.
      const message = mistypedAfterOptions ?? error.message.replace(/^error: /, '').replace(/\n\(Did you mean (.*)\?\)$/, ' (did you mean $1?)');
      reportError(io, argv.includes('--json'), 'usage', message);
      return ExitCode.BadInput;
    }
    // Anything else is a bug: one line, never a stack trace, and its own exit code.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`ofsted-deadline: internal error: ${message.split('\n')[0]} (please report this)\n`);
    return ExitCode.InternalError;
  }
}
