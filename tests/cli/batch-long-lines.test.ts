import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, wholeLines } from '../../src/cli/batch/text.js';
import { runInProcess } from '../helpers/run-in-process.js';

type Line = string | { overlong: string; length: number };

/** The lines a text holds, as batch should see them: an overlong line as its head and length. */
function referenceLines(text: string, max: number): Line[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop(); // a final newline ends the last line; it opens no new one
  return lines.map((line) => {
    const length = line.endsWith('\r') && text.includes(`${line}\n`) ? line.length - 1 : line.length;
    return line.length <= max ? line : { overlong: line.slice(0, 60), length };
  });
}

/** What wholeLines gave, one entry per line (pieces split at their newlines). */
async function linesOf(chunks: string[], max: number): Promise<{ lines: Line[]; longestPiece: number }> {
  const lines: Line[] = [];
  let longestPiece = 0;
  async function* source() {
    yield* chunks;
  }
  for await (const piece of wholeLines(source(), max)) {
    if (typeof piece !== 'string') {
      lines.push({ overlong: piece.head, length: piece.length });
      continue;
    }
    longestPiece = Math.max(longestPiece, piece.length);
    const split = piece.split('\n');
    if (split.at(-1) === '') split.pop();
    lines.push(...split);
  }
  return { lines, longestPiece };
}

describe('wholeLines: whole lines, and an overlong line as one short marker', () => {
  it('cuts any text at any chunk boundaries into the same lines (property)', async () => {
    const text = fc.stringMatching(/^[ab\r\n]{0,60}$/);
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(60), { maxLength: 6 }), fc.integer({ min: 1, max: 8 }), async (input, cuts, max) => {
        const points = [...new Set(cuts.map((cut) => Math.min(cut, input.length)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, i) => input.slice(start, [...points, input.length][i]));
        const { lines } = await linesOf(chunks, max);
        // A CR that ends a chunk-spanning overlong line may be counted in its length; compare heads.
        const normalise = (line: Line) => (typeof line === 'string' ? line : { overlong: line.overlong, length: -1 });
        expect(lines.map(normalise)).toEqual(referenceLines(input, max).map(normalise));
      }),
      { numRuns: 2_000 },
    );
  });

  it('holds no more than a chunk and the limit, however long a line is', async () => {
    const chunk = 'x'.repeat(1 << 16);
    const chunks = [...Array.from({ length: 200 }, () => chunk), '\n2014-12-10\n', ...Array.from({ length: 50 }, () => chunk)];
    const { lines, longestPiece } = await linesOf(chunks, MAX_LINE_LENGTH);
    expect(lines).toEqual([
      { overlong: 'x'.repeat(60), length: 200 * (1 << 16) },
      '2014-12-10',
      { overlong: 'x'.repeat(60), length: 50 * (1 << 16) },
    ]);
    expect(longestPiece).toBeLessThanOrEqual(2 * MAX_LINE_LENGTH);
  });

  it('finds an overlong line inside one big chunk, between short ones', async () => {
    const long = 'y'.repeat(MAX_LINE_LENGTH + 1);
    const { lines } = await linesOf([`a\n${long}\r\nb\n`], MAX_LINE_LENGTH);
    expect(lines).toEqual(['a', { overlong: 'y'.repeat(60), length: MAX_LINE_LENGTH + 1 }, 'b']);
  });

  it('keeps a line of exactly the limit', async () => {
    const { lines } = await linesOf(['z'.repeat(MAX_LINE_LENGTH), '\n'], MAX_LINE_LENGTH);
    expect(lines).toEqual(['z'.repeat(MAX_LINE_LENGTH)]);
  });
});

/** A generated stream: `megabytes` MB of one line, then more lines, in 64 KiB chunks, never held whole. */
async function* hugeLineInput(megabytes: number): AsyncGenerator<Uint8Array> {
  yield Buffer.from('2014-12-10\n');
  const chunk = Buffer.alloc(1 << 16, 'x');
  for (let i = 0; i < megabytes * 16; i++) yield chunk;
  yield Buffer.from('\nnot a date\n2022-09-12\n');
}

describe('batch: a line over 64 KiB is one error record and the run goes on', () => {
  it('answers a 100 MB line with one error record naming its line, quoting 60 characters', async () => {
    const result = await runInProcess(['batch'], { input: hugeLineInput(100) });
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toEqual([
      { line: 1, input: '2014-12-10', receiptDate: '2014-12-10', deadline: '2015-03-23', warnings: [expect.objectContaining({ code: 'before-in-force' })] },
      { line: 2, input: `${'x'.repeat(60)}…`, code: 'line-too-long', error: 'line too long: 104,857,600 characters, more than the 65,536 a line may have' },
      { line: 3, input: 'not a date', code: 'invalid-date', error: expect.stringContaining('invalid receipt date') },
      { line: 4, input: '2022-09-12', receiptDate: '2022-09-12', deadline: '2022-12-20', warnings: [] },
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('ofsted-deadline: 2 of 4 lines failed (the first at line 2); see the "error" records\n');
  });

  it('in CSV output too, with the line number', async () => {
    const result = await runInProcess(['batch', '--format', 'csv'], { input: `2014-12-10\n${'q'.repeat(MAX_LINE_LENGTH + 5)}\n` });
    expect(result.exitCode).toBe(2);
    const rows = result.stdout.trimEnd().split(/\r?\n/);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatch(new RegExp(`^2,${'q'.repeat(60)}…,.*line too long: 65,541 characters`));
  });
});

describe('batch --column: a CSV record over 64 KiB', () => {
  it('ends the run with one line and exit 2 instead of growing without end', async () => {
    const result = await runInProcess(['batch', '--column', 'received'], { input: `received\n2014-12-10\n${'x'.repeat(MAX_LINE_LENGTH * 3)}\n` });
    expect(result.exitCode).toBe(2);
    expect(result.stdout.length).toBeLessThan(200); // at most the record of line 2, read before it
    expect(result.stderr).toMatch(/^ofsted-deadline: invalid CSV input: Max Record Size: .* 65536 at line 3\n$/);
  });
});
