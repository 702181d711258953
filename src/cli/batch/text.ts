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

/**
 * A text stream re-cut at line ends: every piece holds whole lines, each ending in `\n`, except
 * perhaps the very last line of the input. Pieces stay chunk-sized, so memory stays flat.
 */
export async function* wholeLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    const lastNewline = chunk.lastIndexOf('\n');
    if (lastNewline < 0) {
      carry += chunk;
      continue;
    }
    yield carry + chunk.slice(0, lastNewline + 1);
    carry = chunk.slice(lastNewline + 1);
  }
  if (carry.length > 0) yield carry;
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
