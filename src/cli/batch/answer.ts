import { type DayNumber, formatIsoDay, parseIsoDay, parseIsoDayAt } from '../../core/day.js';
import { DeadlineError } from '../../core/errors.js';
import type { WorkingDayIndex } from '../../core/working-days.js';
import type { BatchRecordFormat, BatchWarning } from '../../output/batch.js';
import { type Today, parseDateArgument } from '../parse.js';
import { RecordBuffer } from './record-buffer.js';
import { MAX_LINE_LENGTH, type OverlongLine } from './text.js';

/** True for an empty line or one of white space only (such lines get no record). */
export function isBlankLine(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  // Only a line that starts with white space can be all white space; skip trim() otherwise.
  return (first <= 32 || first === 0xa0 || first === 0xfeff || first >= 0x1680) && text.trim() === '';
}

/**
 * Answers batch lines: receipt dates in, deadline records (or error records) out into a byte
 * buffer, and a tally of failures for the exit code.
 *
 * A line that is exactly `YYYY-MM-DD` takes a fast path: parsed where it lies in the input text,
 * answered from a per-receipt-day cache of the record's bytes after the line number, and written
 * as bytes. That is what lets batch answer a million lines a second. Every other line goes through
 * `parseDateArgument`, the parser of the CLI's own arguments, so the formats accepted and the
 * error messages are exactly the CLI's, and through the format's string renderers.
 */
/** A receipt day's answer: its deadline and the warnings it earns. */
export interface BatchAnswer {
  readonly deadline: DayNumber;
  readonly warnings: readonly BatchWarning[];
}

const TAIL_CHUNK_BITS = 9;
const TAIL_CHUNK = 1 << TAIL_CHUNK_BITS;

export class BatchAnswerer {
  records = 0;
  failures = 0;
  firstFailureLine = 0;
  /** Records that carry at least one warning, and every code seen. */
  warned = 0;
  readonly warningCodes = new Set<string>();
  /** Per receipt day: 1 when its answer carries warnings (so the fast path can tally them). */
  private readonly warnedDay: Uint8Array;
  private readonly output = new RecordBuffer();
  private readonly linePrefix: Uint8Array;
  /**
   * Each receipt day's record tail, by day offset from the calendar's first day, in chunks of
   * TAIL_CHUNK days made as first touched: one array over every supported day costs a one-line
   * batch a millisecond to fill.
   */
  private readonly tailChunks: ((Uint8Array | undefined)[] | undefined)[];
  /** Each receipt day's answer, asked for once: lines in other forms (`10/12/2014`) reuse it too. */
  private readonly answers = new Map<DayNumber, BatchAnswer>();

  /**
   * @param index the calendar: its supported days bound the per-day cache.
   * @param answerFor a receipt day's deadline and warnings under the chosen rule; throws a
   *   DeadlineError when it cannot be given (outside the supported years).
   */
  constructor(
    private readonly index: WorkingDayIndex,
    private readonly answerFor: (receipt: DayNumber) => BatchAnswer,
    private readonly today: Today,
    private readonly format: BatchRecordFormat,
  ) {
    this.linePrefix = Buffer.from(format.linePrefix, 'utf8');
    this.tailChunks = new Array<(Uint8Array | undefined)[] | undefined>(Math.ceil((index.lastDay - index.firstDay + 1) / TAIL_CHUNK)).fill(undefined);
    this.warnedDay = new Uint8Array(index.lastDay - index.firstDay + 1);
  }

  private tally(warnings: readonly BatchWarning[]): void {
    if (warnings.length === 0) return;
    this.warned++;
    for (const warning of warnings) this.warningCodes.add(warning.code);
  }

  /** Hands the records answered since the last call to `write`, as bytes valid only during the call. */
  flushOutput<T>(write: (bytes: Uint8Array) => T): T {
    return this.output.flushTo(write);
  }

  get pendingBytes(): number {
    return this.output.length;
  }

  /**
   * Answers a text of whole lines (each ending in `\n`, but perhaps the input's last), the first
   * numbered `firstLine`: one record per non-blank line. Returns how many physical lines the text
   * held. A `\r` before a `\n` (CRLF files) is not part of the line.
   */
  answerText(text: string | OverlongLine, firstLine: number): number {
    if (typeof text !== 'string') return this.answerOverlong(firstLine, text);
    const { firstDay, lastDay } = this.index;
    let line = firstLine;
    for (let start = 0; start < text.length; line++) {
      let newline = text.indexOf('\n', start);
      if (newline < 0) newline = text.length;
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      const receipt = end - start === 10 ? parseIsoDayAt(text, start) : undefined;
      if (receipt === undefined || receipt < firstDay || receipt > lastDay || !this.writeIsoRecord(line, receipt)) {
        const input = text.slice(start, end);
        if (!isBlankLine(input)) this.answer(line, input);
      }
      start = newline + 1;
    }
    return line - firstLine;
  }

  /** One error record for a line too long to read, quoting only its start; returns 1 (one line). */
  private answerOverlong(line: number, overlong: OverlongLine): number {
    this.records++;
    this.failures++;
    if (this.firstFailureLine === 0) this.firstFailureLine = line;
    const message = `line too long: ${overlong.length.toLocaleString('en-GB')} characters, more than the ${MAX_LINE_LENGTH.toLocaleString('en-GB')} a line may have`;
    this.output.writeText(this.format.failure(line, `${overlong.head}…`, 'line-too-long', message));
    return 1;
  }

  /** Answers one line, numbered `line` (1-based, physical lines). */
  answer(line: number, input: string): void {
    const receipt = parseIsoDay(input);
    if (receipt !== undefined && receipt >= this.index.firstDay && receipt <= this.index.lastDay && this.writeIsoRecord(line, receipt)) return;
    this.records++;
    try {
      const day = parseDateArgument(input, this.today, 'receipt date');
      const answer = this.answerOf(day);
      this.tally(answer.warnings);
      this.output.writeText(this.format.success(line, input, formatIsoDay(day), formatIsoDay(answer.deadline), answer.warnings));
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error;
      this.failures++;
      if (this.firstFailureLine === 0) this.firstFailureLine = line;
      this.output.writeText(this.format.failure(line, input, error.code, error.message));
    }
  }

  /** The fast path for an input that is exactly its ISO receipt day; false when the count fails. */
  private writeIsoRecord(line: number, receipt: number): boolean {
    const offset = receipt - this.index.firstDay;
    const tail = this.tailChunks[offset >> TAIL_CHUNK_BITS]?.[offset & (TAIL_CHUNK - 1)] ?? this.isoTail(receipt);
    if (tail === undefined) return false;
    this.records++;
    this.warned += this.warnedDay[offset]!;
    this.output.writeBytes(this.linePrefix);
    this.output.writeInteger(line);
    this.output.writeBytes(tail);
    return true;
  }

  /** A receipt day's answer, computed once per day (a failure is not cached: it throws each time). */
  private answerOf(receipt: DayNumber): BatchAnswer {
    let answer = this.answers.get(receipt);
    if (!answer) this.answers.set(receipt, (answer = this.answerFor(receipt)));
    return answer;
  }

  /** Computes and caches a receipt day's record tail; `undefined` when the count fails (the slow path reports it). */
  private isoTail(receipt: number): Uint8Array | undefined {
    let answer: BatchAnswer;
    try {
      answer = this.answerOf(receipt);
    } catch {
      return undefined;
    }
    const tail = Buffer.from(this.format.isoTail(formatIsoDay(receipt), formatIsoDay(answer.deadline), answer.warnings), 'utf8');
    const offset = receipt - this.index.firstDay;
    (this.tailChunks[offset >> TAIL_CHUNK_BITS] ??= new Array<Uint8Array | undefined>(TAIL_CHUNK).fill(undefined))[offset & (TAIL_CHUNK - 1)] = tail;
    if (answer.warnings.length > 0) {
      this.warnedDay[offset] = 1;
      for (const warning of answer.warnings) this.warningCodes.add(warning.code);
    }
    return tail;
  }
}
