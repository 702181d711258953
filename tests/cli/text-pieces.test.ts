import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieceEnd } from '../../src/cli/text-pieces.js';

/** The pieces a text is written in, as output-channel.ts cuts it. */
function pieces(text: string, size: number): string[] {
  const cut: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start, size);
    cut.push(text.slice(start, end));
    start = end;
  }
  return cut;
}

describe('pieceEnd: long output is encoded a piece at a time', () => {
  it.each([
    { text: 'abcdef', size: 4, expected: ['abcd', 'ef'] },
    { text: 'abc😀d', size: 4, expected: ['abc', '😀d'] },
    { text: 'ab😀cd', size: 4, expected: ['ab😀', 'cd'] },
    { text: '😀😀', size: 3, expected: ['😀', '😀'] },
    { text: '', size: 4, expected: [] },
  ])('cuts $text in pieces of $size without splitting a surrogate pair', ({ text, size, expected }) => {
    expect(pieces(text, size)).toEqual(expected);
  });

  it('gives back exactly the text, each piece encoding as it does within the whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 2, max: 9 }), (text, size) => {
        const cut = pieces(text, size);
        expect(cut.join('')).toBe(text);
        expect(Buffer.concat(cut.map((piece) => Buffer.from(piece, 'utf8'))).equals(Buffer.from(text, 'utf8'))).toBe(true);
        for (const piece of cut) expect(piece.length).toBeLessThanOrEqual(size);
      }),
    );
  });
});
