import { type Command, Option } from 'commander';
import type { DayNumber } from '../../core/day.js';
import { DeadlineError } from '../../core/errors.js';
import type { WorkingDayIndex } from '../../core/working-days.js';
import { BATCH_FORMATS, type BatchFormat, batchRecordFormat } from '../../output/batch.js';
import { warningMessage } from '../../output/warnings.js';
import { plural } from '../../output/words.js';
import { type BatchAnswer, BatchAnswerer } from '../batch/answer.js';
import { readCsvColumn } from '../batch/csv-column.js';
import { crlfToLf, decodeText, wholeLines } from '../batch/text.js';
import type { CommandContext, Action } from '../context.js';
import { type DeadlineChoice, addDeadlineOptions, deadlineOf, resolveDeadlineOptions } from '../deadline-options.js';
import { ExitCode } from '../exit-codes.js';
import type { ByteSource, TextSink } from '../io.js';
import { openOutputFile, writesToFile } from '../deliver.js';
import { addAfterHelp } from '../help-text.js';
import { type RawOptions, flagOption, stringOption } from '../raw-options.js';

/**
 * A receipt day's answer: `computeDeadline` (through deadlineOf), the one function every command uses, with the
 * deadline and warnings kept. BatchAnswerer asks once per distinct receipt day and caches the
 * record, so this is no slower than a bare index lookup over a long input.
 */
export function answerFunction(index: WorkingDayIndex, choice: DeadlineChoice): (receipt: DayNumber) => BatchAnswer {
  return (receipt) => {
    const result = deadlineOf(index, choice, receipt);
    return { deadline: result.deadline, warnings: result.warnings.map((warning) => ({ code: warning.code, message: warningMessage(warning) })) };
  };
}

/** A read failure (missing file, a directory, no permission) as the one-line error users see. */
function readError(error: unknown, what: string): DeadlineError | undefined {
  if (!(error instanceof Error) || typeof (error as NodeJS.ErrnoException).syscall !== 'string') return undefined;
  const reason = /^[A-Z]+: ([^,]+)/.exec(error.message)?.[1] ?? error.message;
  return new DeadlineError('invalid-argument', `cannot read ${what}: ${reason}`, what);
}

function inputSource(context: CommandContext, input: string | undefined): ByteSource {
  const { io } = context;
  if (input !== undefined) {
    if (!io.readFile) throw new Error('batch --input needs CliIo.readFile');
    return io.readFile(input);
  }
  if (!io.stdin) throw new Error('batch needs CliIo.stdin');
  return io.stdin;
}

/**
 * `batch`: one receipt date per input line (or one CSV column) in, one record per non-blank line
 * out, in input order, streaming. Exit 0 when every line was answered, 2 when any failed.
 */
export const runBatch: Action = async (context, _args, options) => {
  const { io } = context;
  const choice = resolveDeadlineOptions(options);
  const index = context.indexFor(choice.rule);
  const format = batchRecordFormat(batchFormat(options));
  const answerer = new BatchAnswerer(index, answerFunction(index, choice), context.today, format);
  const input = stringOption(options, 'input');
  const column = stringOption(options, 'column');
  const text = decodeText(inputSource(context, input));
  const out = outputFor(context, stringOption(options, 'output'));
  // One write per input chunk (or per 64 KB of records from CSV), and a wait whenever stdout is
  // full, so a slow reader slows batch down instead of filling memory.
  const flush = async (): Promise<void> => {
    if (answerer.pendingBytes === 0) return;
    if (answerer.flushOutput((bytes) => out.sink.write(bytes)) === false && out.drained) await out.drained();
  };
  out.sink.write(format.header);
  try {
    if (column === undefined) {
      let nextLine = 1;
      for await (const piece of wholeLines(text)) {
        nextLine += answerer.answerText(piece, nextLine);
        await flush();
        if (out.failed()) break; // the reader has gone: end with the exit code earned so far
      }
    } else {
      for await (const cell of readCsvColumn(crlfToLf(text), column)) {
        answerer.answer(cell.line, cell.value ?? '');
        if (answerer.pendingBytes >= 1 << 16) await flush();
        if (out.failed()) break;
      }
    }
    await flush();
  } catch (error) {
    await flush();
    out.abort();
    throw readError(error, input === undefined ? 'standard input' : JSON.stringify(input)) ?? error;
  }
  out.commit();
  if (answerer.warned > 0) {
    io.stderr.write(
      `ofsted-deadline: warning: warnings on ${answerer.warned} of ${plural(answerer.records, 'record')} (${[...answerer.warningCodes].join(', ')}); see each record's "warnings"\n`,
    );
  }
  if (answerer.failures > 0) {
    io.stderr.write(
      `ofsted-deadline: ${answerer.failures} of ${plural(answerer.records, 'line')} failed (the first at line ${answerer.firstFailureLine}); see the "error" records\n`,
    );
    context.exitCode = ExitCode.BadInput;
  }
};

/** Where records go: stdout (with its backpressure), or `--output FILE`, replaced only when complete. */
interface RecordOutput {
  readonly sink: TextSink;
  readonly drained?: () => Promise<void>;
  failed(): boolean;
  commit(): void;
  abort(): void;
}

function outputFor(context: CommandContext, output: string | undefined): RecordOutput {
  const { io } = context;
  if (!writesToFile(output)) {
    return {
      sink: io.stdout,
      ...(io.stdoutDrained ? { drained: io.stdoutDrained } : {}),
      failed: () => io.stdoutFailed?.() === true,
      commit: () => undefined,
      abort: () => undefined,
    };
  }
  const file = openOutputFile(context, output);
  return { sink: { write: file.write }, failed: () => false, commit: file.commit, abort: file.abort };
}

function batchFormat(options: RawOptions): BatchFormat {
  // --csv is the one way every command asks for CSV; --format csv is kept for scripts that use it.
  const format = flagOption(options, 'csv') ? 'csv' : (stringOption(options, 'format') ?? 'ndjson');
  const known = BATCH_FORMATS.find((name) => name === format);
  if (known === undefined) throw new DeadlineError('invalid-argument', `invalid --format "${format}": expected ${BATCH_FORMATS.join(' or ')}`, format);
  return known;
}

export const BATCH_HELP = `
Each non-blank input line gets one record, in input order; "line" is the physical line
number:
  {"line":1,"input":"2019-01-09","receiptDate":"2019-01-09",
   "deadline":"2019-04-17","warnings":[]}
  {"line":2,"input":"31/02/2015","code":"invalid-date","error":"invalid ..."}
A record whose answer is not the plain statutory one carries warnings ({"code","message"}); one
line on stderr counts them. Exit codes: 0 every line answered; 2 any line failed (the others are
still answered).

Examples:
  $ ofsted-deadline batch < receipts.txt > deadlines.ndjson
  $ ofsted-deadline batch --input log.csv --column received --csv --output out.csv
  $ ofsted-deadline batch --rule foi < requests.txt`;

export function describeBatch(command: Command): Command {
  return addAfterHelp(
    addDeadlineOptions(command)
      .description('deadlines for many receipt dates: one per line on stdin (or --input), one record per line out')
      .option('--input <file>', 'read this file instead of standard input')
      .option('--column <name>', 'the input is CSV with a header row; take receipt dates from this column')
      .option('--csv', 'write CSV (RFC 4180) instead of NDJSON')
      .addOption(new Option('--format <format>', 'ndjson or csv (the older spelling of --csv)').choices(BATCH_FORMATS).hideHelp())
      .option('--output <file>', 'write to FILE (replaced only once complete) instead of stdout; - is stdout'),
    BATCH_HELP,
  );
}
