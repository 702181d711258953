import { type Command, Option } from 'commander';
import { DeadlineError } from '../../core/errors.js';
import { OFSTED_RULES, type WorkingDayRule, customRule } from '../../core/rules.js';
import { BATCH_FORMATS, type BatchFormat, batchRecordFormat } from '../../output/batch.js';
import { BatchAnswerer } from '../batch/answer.js';
import { readCsvColumn } from '../batch/csv-column.js';
import { crlfToLf, decodeText, wholeLines } from '../batch/text.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import type { ByteSource } from '../io.js';
import { parseWorkingDaysArgument } from '../parse.js';

/** `batch` options as commander hands them over (strings, unvalidated). */
export interface BatchOptions {
  readonly input?: string;
  readonly column?: string;
  readonly format: BatchFormat;
  readonly days?: string;
}

/**
 * The rule whose deadline each line gets: the written statement (70 working days) unless `--days`
 * asks for a one-off period. When the rule catalogue lands, `--rule ID` is one more branch here.
 */
export function resolveBatchRule(options: BatchOptions): WorkingDayRule {
  if (options.days !== undefined) return customRule(parseWorkingDaysArgument(options.days, { allowNegative: false, allowZero: false }, '--days'));
  return OFSTED_RULES['written-statement'];
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
  const rule = resolveBatchRule(options);
  const format = batchRecordFormat(options.format);
  const answerer = new BatchAnswerer(context.index, rule.workingDays, () => io.today, format);
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
      }
    } else {
      for await (const cell of readCsvColumn(crlfToLf(text), options.column)) {
        answerer.answer(cell.line, cell.value ?? '');
        if (answerer.pendingBytes >= 1 << 16) await flush();
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
  return command
    .description('deadlines for many receipt dates: one per line on stdin (or --input), one record per line out')
    .option('--input <file>', 'read this file instead of standard input')
    .option('--column <name>', 'the input is CSV with a header row; take receipt dates from this column')
    .addOption(new Option('--format <format>', 'ndjson (one JSON object per line) or csv').choices(BATCH_FORMATS).default('ndjson'))
    .option('--days <n>', "count N working days instead of the written statement's 70")
    .addHelpText(
      'after',
      `
Each non-blank input line gets one record, in input order; "line" is the physical line number:
  {"line":1,"input":"2014-12-10","receiptDate":"2014-12-10","deadline":"2015-03-23"}
  {"line":2,"input":"31/02/2015","error":"invalid receipt date ..."}
Exit codes: 0 every line answered; 2 any line failed (the others are still answered).

Examples:
  $ ofsted-deadline batch < receipts.txt > deadlines.ndjson
  $ ofsted-deadline batch --input inspections.csv --column received --format csv`,
    );
}
