import { type Command, Option } from 'commander';
import { DeadlineError } from '../../core/errors.js';
import { type DayNumber, parseIsoDay } from '../../core/day.js';
import { ruleDeadline } from '../../core/rule-deadline.js';
import { RULES, type ReceiptConvention, type Rule, customRule, isOfstedRuleId } from '../../core/rules.js';
import type { WorkingDayIndex } from '../../core/working-days.js';
import { BATCH_FORMATS, type BatchFormat, batchRecordFormat } from '../../output/batch.js';
import { BatchAnswerer } from '../batch/answer.js';
import { readCsvColumn } from '../batch/csv-column.js';
import { crlfToLf, decodeText, wholeLines } from '../batch/text.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import type { ByteSource } from '../io.js';
import { parseWorkingDaysArgument } from '../parse.js';
import { type RuleOptions, addRuleOptions, indexForRule, parseReceiptConvention, parseRuleOption } from '../rule-option.js';

/** `batch` options as commander hands them over (strings, unvalidated). */
export interface BatchOptions extends RuleOptions {
  readonly json?: boolean;
  readonly input?: string;
  readonly column?: string;
  readonly format: BatchFormat;
  readonly days?: string;
}

/** The rule whose deadline each line gets: `--rule` (the written statement by default), or `--days`. */
export function resolveBatchRule(options: BatchOptions): Rule {
  const ruleId = parseRuleOption(options.rule);
  if (options.days === undefined) return RULES[ruleId];
  if (!isOfstedRuleId(ruleId)) {
    throw new DeadlineError('invalid-argument', `--days replaces an Ofsted period; it cannot change the ${ruleId} rule`, options.days);
  }
  return customRule(parseWorkingDaysArgument(options.days, { allowNegative: false, allowZero: false }, '--days'));
}

/**
 * A receipt day's deadline under a rule: the same core arithmetic as the default command
 * (`ruleDeadline`, and `ofstedDeadlines` which agrees with it), with its common case, working
 * days counted from the receipt itself, reduced to the one index lookup it is.
 */
export function deadlineFunction(index: WorkingDayIndex, rule: Rule, convention: ReceiptConvention): (receipt: DayNumber) => DayNumber {
  if (rule.unit === 'working-days' && convention === 'ordinary') return (receipt) => index.add(receipt, rule.amount);
  return (receipt) => parseIsoDay(ruleDeadline(index, rule, receipt, { receiptConvention: convention }).deadline)!;
}

/** A read failure (missing file, a directory, no permission) as the one-line error users see. */
function readError(error: unknown, what: string): DeadlineError | undefined {
  if (!(error instanceof Error) || typeof (error as NodeJS.ErrnoException).syscall !== 'string') return undefined;
  const reason = /^[A-Z]+: ([^,]+)/.exec(error.message)?.[1] ?? error.message;
  return new DeadlineError('invalid-argument', `cannot read ${what}: ${reason}`, what);
}

function inputSource(context: CommandContext, options: BatchOptions): ByteSource {
  const { io } = context;
  if (options.input !== undefined) {
    if (!io.readFile) throw new Error('batch --input needs CliIo.readFile');
    return io.readFile(options.input);
  }
  if (!io.stdin) throw new Error('batch needs CliIo.stdin');
  return io.stdin;
}

/**
 * `batch`: one receipt date per input line (or one CSV column) in, one record per non-blank line
 * out, in input order, streaming. Exit 0 when every line was answered, 2 when any failed.
 */
export async function runBatch(context: CommandContext, options: BatchOptions): Promise<void> {
  const { io } = context;
  if (options.json) {
    throw new DeadlineError('invalid-argument', '--json does not apply to batch: it writes NDJSON (one JSON object a line) by default, or CSV with --format csv');
  }
  const rule = resolveBatchRule(options);
  const convention = parseReceiptConvention(options.receiptConvention);
  const index = indexForRule(context, rule);
  const format = batchRecordFormat(options.format);
  const answerer = new BatchAnswerer(index, deadlineFunction(index, rule, convention), () => io.today, format);
  const text = decodeText(inputSource(context, options));
  // One write per input chunk (or per 64 KB of records from CSV), and a wait whenever stdout is
  // full, so a slow reader slows batch down instead of filling memory.
  const flush = async (): Promise<void> => {
    if (answerer.pendingBytes === 0) return;
    if (io.stdout.write(answerer.takeOutput()) === false && io.stdoutDrained) await io.stdoutDrained();
  };
  io.stdout.write(format.header);
  try {
    if (options.column === undefined) {
      let nextLine = 1;
      for await (const piece of wholeLines(text)) {
        nextLine += answerer.answerText(piece, nextLine);
        await flush();
        if (io.stdoutFailed?.()) break; // the reader has gone: end with the exit code earned so far
      }
    } else {
      for await (const cell of readCsvColumn(crlfToLf(text), options.column)) {
        answerer.answer(cell.line, cell.value ?? '');
        if (answerer.pendingBytes >= 1 << 16) await flush();
        if (io.stdoutFailed?.()) break;
      }
    }
  } catch (error) {
    await flush();
    throw readError(error, options.input === undefined ? 'standard input' : JSON.stringify(options.input)) ?? error;
  }
  await flush();
  if (answerer.failures > 0) {
    io.stderr.write(
      `ofsted-deadline: ${answerer.failures} of ${answerer.records} ${answerer.records === 1 ? 'line' : 'lines'} failed (the first at line ${answerer.firstFailureLine}); see the "error" records\n`,
    );
    context.exitCode = ExitCode.BadInput;
  }
}

export function describeBatch(command: Command): Command {
  return addRuleOptions(command)
    .description('deadlines for many receipt dates: one per line on stdin (or --input), one record per line out')
    .option('--input <file>', 'read this file instead of standard input')
    .option('--column <name>', 'the input is CSV with a header row; take receipt dates from this column')
    .addOption(new Option('--format <format>', 'ndjson (one JSON object per line) or csv').choices(BATCH_FORMATS).default('ndjson'))
    .option('--days <n>', "count N working days instead of the Ofsted rule's period (a one-off calculation)")
    .addHelpText(
      'after',
      `
Each non-blank input line gets one record, in input order; "line" is the physical line number:
  {"line":1,"input":"2014-12-10","receiptDate":"2014-12-10","deadline":"2015-03-23"}
  {"line":2,"input":"31/02/2015","error":"invalid receipt date ..."}
Exit codes: 0 every line answered; 2 any line failed (the others are still answered).

Examples:
  $ ofsted-deadline batch < receipts.txt > deadlines.ndjson
  $ ofsted-deadline batch --input inspections.csv --column received --format csv
  $ ofsted-deadline batch --rule foi < requests.txt`,
    );
}
