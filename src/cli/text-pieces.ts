/** The characters of text encoded and written at a time. */
export const TEXT_PIECE = 1 << 20;

/**
 * Where the piece of `text` that starts at `start` ends, for a piece of at most `size` UTF-16
 * units: never between the two halves of a surrogate pair (an emoji, say), which would be encoded
 * as two replacement characters. Long output is encoded and written a piece at a time (output-channel.ts).
 *
 * @example
 * pieceEnd('abc😀', 0, 4) //=> 3 (the emoji's two halves go together into the next piece)
 */
export function pieceEnd(text: string, start: number, size: number): number {
  const end = Math.min(text.length, start + size);
  if (end >= text.length || end - start < 2) return end;
  const last = text.charCodeAt(end - 1);
  return last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}
