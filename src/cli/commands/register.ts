import { type Command, Option } from 'commander';
import { DEFAULT_SOON_WORKING_DAYS, type Register, type RegisterSummary, buildRegister, registerEvents } from '../../core/register.js';
import { RULES } from '../../core/rules.js';
import { jsonPieces } from '../../output/json.js';
import { renderRegisterCsv } from '../../output/register-csv.js';
import { registerJson } from '../../output/register-json.js';
import { renderRegisterText, registerWarningLines } from '../../output/register-text.js';
import { registerErrorMessage } from '../../output/register-words.js';
import { plainStyle } from '../../output/style.js';
import { plural, visible } from '../../output/words.js';
import { type CommandContext, type Action, textWidth } from '../context.js';
import { parseReceiptConvention, parseRuleOption, receiptConventionOption } from '../deadline-options.js';
import { deliver, writesToFile } from '../deliver.js';
import { addAfterHelp } from '../help-text.js';
import { ExitCode } from '../exit-codes.js';
import { parseDateArgument, parseWorkingDaysArgument } from '../parse.js';
import { type RawOptions, flagOption, stringOption } from '../raw-options.js';
import { parseColumnsOption } from '../register/columns.js';
import { REGISTER_INPUT_FORMATS, csvRegisterRecords, jsonRegisterRecords, readRegisterSource, registerInputFormat } from '../register/read.js';
import { parseBeforeList } from '../schedule-options.js';

/**
 * The exit-code policy of `register`: 2 when any row is in error (every row is still reported);
 * with --exit-code, 4 when an open matter is overdue, else 3 when one falls due today, else 0.
 */
export function registerExitCode(summary: RegisterSummary, exitCode: boolean): ExitCode {
  if (summary.errors > 0) return ExitCode.BadInput;
  if (!exitCode) return ExitCode.Ok;
  if (summary.overdue > 0) return ExitCode.DeadlinePassed;
  return summary['due-today'] > 0 ? ExitCode.DueToday : ExitCode.Ok;
}

/** Reads the file named on the command line and builds its register on --today. */
async function registerOf(context: CommandContext, path: string, options: RawOptions): Promise<Register> {
  // --today is a common option: context.today already means it when it was given.
  const today = parseDateArgument('today', context.today, '--today date');
  const soonText = stringOption(options, 'soon');
  const soon = soonText === undefined ? DEFAULT_SOON_WORKING_DAYS : parseWorkingDaysArgument(soonText, { allowNegative: false, allowZero: true }, '--soon');
  const defaultRule = RULES[parseRuleOption(stringOption(options, 'rule'))];
  const columnsText = stringOption(options, 'columns');
  const columns = columnsText === undefined ? {} : parseColumnsOption(columnsText);
  const receiptConvention = parseReceiptConvention(stringOption(options, 'receiptConvention'));
  const source = await readRegisterSource(context.io, path);
  const format = registerInputFormat(path, source.text, stringOption(options, 'inputFormat'));
  const records = format === 'json' ? jsonRegisterRecords(source, columns) : await csvRegisterRecords(source, columns);
  return buildRegister(records, { today, soon, defaultRule, receiptConvention, indexFor: (rule) => context.indexFor(rule) });
}

/** `register <file>`: every matter of a register with its deadline and state, as a table, JSON, CSV or iCalendar. */
export const runRegister: Action = async (context, [path = ''], options) => {
  const csv = flagOption(options, 'csv');
  const ics = flagOption(options, 'ics');
  const beforeText = stringOption(options, 'before');
  const before = beforeText === undefined ? undefined : parseBeforeList(beforeText);
  const register = await registerOf(context, path, options);
  const output = stringOption(options, 'output');
  // A file never gets terminal colour codes.
  const toFile = writesToFile(output);
  const style = toFile ? plainStyle() : context.style;
  let document: string | Iterable<string>;
  if (context.json) document = jsonPieces(registerJson(register));
  else if (csv) document = renderRegisterCsv(register);
  else if (ics) {
    // The iCalendar writer is loaded only when asked for: no other run pays for it. Its events are
    // written as they are made, so a long register's calendar is never one string in memory.
    const { registerIcsPieces } = await import('../../output/register-ics.js');
    document = registerIcsPieces(registerEvents(register, (rule) => context.indexFor(rule), before), { today: register.today });
  }
  // On a terminal, long titles and owners are cut to its width, as COLUMNS or the terminal gives it
  // (80 when neither is sensible); piped or to a file, nothing is cut.
  else document = renderRegisterText(register, style, { columns: !toFile && context.io.stdoutIsTTY ? textWidth(context.io) : undefined });
  deliver(context, document, output);
  const { stderr } = context.io;
  // CSV and iCalendar have no place for warnings or errors, and a file may not be read by whoever ran
  // the command: they go to stderr too, once each.
  const documentShowsAll = !toFile && !csv && !ics;
  if (!documentShowsAll) {
    for (const line of registerWarningLines(register, context.errorStyle)) stderr.write(`${line}\n`);
    if (csv || ics) for (const error of register.errors) stderr.write(`ofsted-deadline: line ${error.line}: ${visible(registerErrorMessage(error))} [${error.code}]\n`);
  }
  if (register.errors.length > 0) {
    const rows = register.matters.length + register.errors.length;
    stderr.write(`ofsted-deadline: ${register.errors.length} of ${plural(rows, 'row')} in error (the first at line ${register.errors[0]!.line}); every other row is reported\n`);
  }
  context.exitCode = registerExitCode(register.summary, flagOption(options, 'exitCode'));
};

export const REGISTER_EXAMPLES = `
Columns (matched case-insensitively; any others are ignored):
  id        required, unique in the file
  received  required: YYYY-MM-DD or DD/MM/YYYY
  rule      optional: written-statement (default, or --rule), publish-report,
            draft-action-plan, foi, eir, sar, agenda (\`ofsted-deadline rules\`)
  title, owner  optional text, carried through
  closed    optional: the day the matter was answered or done

States on --today: overdue, due-today, due-soon (within --soon working days), open,
closed-on-time, closed-late. Every row gives one matter or one error with its line.

Exit codes: 2 when any row is in error (every other row is still reported); with --exit-code,
4 when an open matter is overdue, else 3 when one falls due today, else 0.

Examples:
  $ ofsted-deadline register examples/register.csv --today 2025-03-03
  $ ofsted-deadline register log.csv --columns id=Reference,received="Date received"
  $ ofsted-deadline register log.csv --ics --output deadlines.ics     a calendar feed, with reminders
  $ ofsted-deadline register log.csv --exit-code || notify-team       in a CI job every morning
  $ export-log | ofsted-deadline register - --input-format json --json`;

export function describeRegister(command: Command): Command {
  const described = command
    .description('every deadline of a register (a CSV or JSON log of matters): state, working days left, a calendar feed, a CI check')
    .argument('<file>', 'the register: a CSV file with a header row or a JSON array of objects; - reads standard input')
    .addOption(new Option('--input-format <format>', 'csv or json (default: by the file name, else JSON when the text starts with [)').choices(REGISTER_INPUT_FORMATS))
    .addOption(new Option('--columns <map>', 'your own headers for the columns, e.g. id=Reference,received="Date received"'))
    .addOption(new Option('--rule <id>', 'the rule of a row that names none (default written-statement)'))
    .addOption(receiptConventionOption())
    .addOption(new Option('--soon <n>', `due soon: due within N working days (default ${DEFAULT_SOON_WORKING_DAYS})`))
    .addOption(new Option('--csv', 'write CSV (RFC 4180), one row per matter').conflicts(['json', 'ics']))
    .addOption(new Option('--ics', 'write one iCalendar file: an all-day event per milestone of every open matter').conflicts(['json']))
    .addOption(new Option('--before <list>', 'with --ics: reminders this many working days before each event, replacing 20,10,5,2,1'))
    .addOption(new Option('--exit-code', 'exit 4 when an open matter is overdue, else 3 when one falls due today'))
    .addOption(new Option('--output <file>', 'write to FILE (replaced only once complete) instead of stdout; - is stdout'));
  // Wrapped to the terminal as every command's notes are.
  return addAfterHelp(described, REGISTER_EXAMPLES);
}
