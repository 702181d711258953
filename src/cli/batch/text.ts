import { StringDecoder } from 'node:string_decoder';
import type { ByteSource } from '../io.js';

/**
 * A byte stream as UTF-8 text chunks, without a leading byte order mark. The decoder keeps a
 * character split across two chunks whole.
 */
export async function* decodeText(source: ByteSource): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

/** The longest line batch reads, in characters (64 KiB of ASCII); a receipt date needs ten. */
export const MAX_LINE_LENGTH = 65_536;

/** How much of an overlong line is kept, for its error record. */
const OVERLONG_HEAD = 60;

/**
 * A line longer than the limit, of which only the start is kept: the rest is counted and dropped
 * as it arrives, so one 100 MB line costs no more memory than a short one.
 */
export interface OverlongLine {
  readonly kind: 'overlong';
  /** The first characters of the line (at most 60). */
  readonly head: string;
  /** The line's length in characters, without its line end. */
  readonly length: number;
}

/**
 * A text stream re-cut at line ends: every piece holds whole lines, each ending in `\n`, except
 * perhaps the very last line of the input. A line longer than `maxLineLength` characters comes
 * as an OverlongLine in its place instead, in order. Pieces stay chunk-sized and no line is held
 * past the limit, so memory stays flat whatever the number or length of the lines.
 */
export async function* wholeLines(chunks: AsyncIterable<string>, maxLineLength = MAX_LINE_LENGTH): AsyncGenerator<string | OverlongLine> {
  let carry = ''; // the start of the current line, while it is within the limit
  let overlong: { head: string; length: number } | undefined; // the current line, once past it
  /** Carries the start of a line that goes on in the next chunk (or ends the input). */
  const carryOn = (text: string) => {
    if (overlong) {
      if (overlong.head.length < OVERLONG_HEAD) overlong.head += text.slice(0, OVERLONG_HEAD - overlong.head.length);
      overlong.length += text.length;
    } else if (carry.length + text.length <= maxLineLength) carry += text;
    else {
      overlong = { head: (carry + text.slice(0, OVERLONG_HEAD)).slice(0, OVERLONG_HEAD), length: carry.length + text.length };
      carry = '';
    }
  };
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf('\n');
    if (last < 0) {
      carryOn(chunk);
      continue;
    }
    // The line carried from earlier chunks ends at this chunk's first newline.
    const first = chunk.indexOf('\n');
    carryOn(chunk.slice(0, first));
    let piece = '';
    if (overlong) {
      yield tooLong(overlong.head, withoutCr(overlong.length, chunk, first));
      overlong = undefined;
    } else {
      piece = `${carry}\n`;
    }
    carry = '';
    // Whole lines after it, up to the last newline. Only a chunk longer than the limit can hold a
    // whole overlong line, so shorter chunks (stdin's are 64 KiB) skip looking for one.
    let from = first + 1;
    if (chunk.length - from > maxLineLength) {
      let start = from;
      while (start <= last) {
        const newline = chunk.indexOf('\n', start);
        if (newline - start > maxLineLength) {
          piece += chunk.slice(from, start);
          if (piece !== '') yield piece;
          piece = '';
          yield tooLong(chunk.slice(start, Math.min(newline, start + OVERLONG_HEAD)), withoutCr(newline - start, chunk, newline));
          from = newline + 1;
        }
        start = newline + 1;
      }
    }
    piece += chunk.slice(from, last + 1);
    if (piece !== '') yield piece;
    carryOn(chunk.slice(last + 1));
  }
  if (overlong) yield tooLong(overlong.head, overlong.length);
  else if (carry.length > 0) yield carry;
}

function tooLong(head: string, length: number): OverlongLine {
  return { kind: 'overlong', head: head.slice(0, OVERLONG_HEAD), length };
}

/** A line's length without the CR of a CRLF line end (the newline at `newline` in `chunk`). */
function withoutCr(length: number, chunk: string, newline: number): number {
  return newline > 0 && chunk.charCodeAt(newline - 1) === 13 ? length - 1 : length;
}

/**
 * CRLF to LF across chunk boundaries. csv-parse numbers lines wrongly when a quoted field holds a
 * CRLF (it counts the CR and the LF as two line ends), so CSV input is normalised first.
 */
export async function* crlfToLf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let heldCr = false;
  for await (const chunk of chunks) {
    let text: string = heldCr ? `\r${chunk}` : chunk;
    heldCr = text.charCodeAt(text.length - 1) === 13;
    if (heldCr) text = text.slice(0, -1);
    if (text.length > 0) yield text.replaceAll('\r\n', '\n');
  }
  if (heldCr) yield '\r';
}
