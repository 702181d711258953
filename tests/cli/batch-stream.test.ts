import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { BatchAnswerer, isBlankLine } from '../../src/cli/batch/answer.js';
import { RecordBuffer } from '../../src/cli/batch/record-buffer.js';
import { crlfToLf, decodeText, wholeLines } from '../../src/cli/batch/text.js';
import { answerFunction } from '../../src/cli/commands/batch.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { RULES } from '../../src/core/rules.js';
import { batchRecordFormat, jsonString } from '../../src/output/batch.js';
import { csvField } from '../../src/output/csv.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Cuts bytes at the given offsets, as a pipe or file may deliver them. */
function cut(bytes: Buffer, offsets: readonly number[]): Buffer[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let start = 0;
  for (const point of points) {
    pieces.push(bytes.subarray(start, point));
    start = point;
  }
  pieces.push(bytes.subarray(start));
  return pieces;
}

/** Runs the batch pipeline in process over byte chunks, as `batch` does. */
async function answerChunks(chunks: readonly Buffer[], format: 'ndjson' | 'csv' = 'ndjson'): Promise<string> {
  const index = builtInIndex('england-and-wales');
  const answerer = new BatchAnswerer(index, answerFunction(index, { rule: RULES['written-statement'], receiptConvention: 'ordinary' }), '2026-11-27', batchRecordFormat(format));
  let line = 1;
  let out = '';
  for await (const piece of wholeLines(decodeText(chunksOf(chunks)))) {
    line += answerer.answerText(piece, line);
    out += answerer.flushOutput((bytes) => Buffer.from(bytes).toString('utf8'));
  }
  return out;
}

describe('reading input in chunks', () => {
  const input = Buffer.from('\uFEFF2014-12-10\r\n\r\nnonsense £ ☃\r\n10/12/2014\r\n  \r\n2022-09-12', 'utf8');

  it('gives the same records however the bytes are cut (BOM, CRLF and UTF-8 split across chunks)', async () => {
    const whole = await answerChunks([input]);
    expect(whole.split('\n').filter(Boolean).map((r) => (JSON.parse(r) as { line: number }).line)).toEqual([1, 3, 4, 6]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (offsets) => {
        expect(await answerChunks(cut(input, offsets))).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('re-cuts text at line ends, keeping a last line without one', async () => {
    expect(await collect(wholeLines(chunksOf(['a\nb', 'c\r', '\nd', '', 'e'])))).toEqual(['a\n', 'bc\r\n', 'de']);
  });

  it('turns CRLF into LF even when a chunk ends between CR and LF', async () => {
    expect((await collect(crlfToLf(chunksOf(['a\r', '\nb\r\n', 'c\r'])))).join('')).toBe('a\nb\nc\r');
  });
});

describe('batch records', () => {
  it.each([
    ['', true],
    ['   \t', true],
    ['\u00a0', true],
    ['2014-12-10', false],
    [' 2014-12-10 ', false],
  ])('isBlankLine(%j) is %s', (text, blank) => {
    expect(isBlankLine(text)).toBe(blank);
  });

  it.each([
    ['plain text', 'plain text', '"plain text"'],
    ['a quote', 'say "hi"', '"say \\"hi\\""'],
    ['a backslash', 'a\\b', '"a\\\\b"'],
    ['a control character', 'a\u0001', '"a\\u0001"'],
    ['a lone surrogate', 'a\ud800', '"a\\ud800"'],
  ])('jsonString escapes %s like JSON.stringify', (_why, text, expected) => {
    expect(jsonString(text)).toBe(expected);
    expect(jsonString(text)).toBe(JSON.stringify(text));
  });

  it('batch CSV quotes and guards its input field with the one CSV writer (see tests/output/csv.test.ts)', () => {
    const record = batchRecordFormat('csv').failure(3, '=cmd|calc\nx', 'invalid-date', 'bad, "date"');
    expect(record).toBe(`3,${csvField('=cmd|calc\nx')},,,,invalid-date,${csvField('bad, "date"')}\r\n`);
    expect(record).toBe('3,"\'=cmd|calc\nx",,,,invalid-date,"bad, ""date"""\r\n');
  });

  it.each(['ndjson', 'csv'] as const)('the %s fast path writes exactly what the general renderer does', (name) => {
    const format = batchRecordFormat(name);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (line) => {
        const buffer = new RecordBuffer(4);
        buffer.writeText(format.linePrefix);
        buffer.writeInteger(line);
        const warnings = [{ code: 'receipt-on-non-working-day', message: 'a "quoted", two-line\nmessage' }];
        buffer.writeBytes(Buffer.from(format.isoTail('2014-12-10', '2015-03-23', warnings)));
        expect(buffer.flushTo((bytes) => Buffer.from(bytes).toString('utf8'))).toBe(format.success(line, '2014-12-10', '2014-12-10', '2015-03-23', warnings));
      }),
    );
  });
});

describe('batch through runCli (in process)', () => {
  function fakeIo(input: string, files: Record<string, string> = {}): { io: CliIo; out: () => string; err: () => string } {
    const out: string[] = [];
    const err: string[] = [];
    const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const io: CliIo = {
      stdout: { write: (chunk) => void out.push(text(chunk)) },
      stderr: { write: (chunk) => void err.push(text(chunk)) },
      env: {},
      stdoutIsTTY: false,
      today: '2026-11-27',
      stdin: chunksOf(cut(Buffer.from(input), Array.from({ length: Math.ceil(input.length / 4096) }, (_, i) => i * 4096))),
      readFile: (path) => {
        if (!(path in files)) {
          return (async function* () {
            yield* [];
            throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT', syscall: 'open' });
          })();
        }
        return chunksOf([Buffer.from(files[path]!)]);
      },
      stdoutDrained: async () => undefined,
    };
    return { io, out: () => out.join(''), err: () => err.join('') };
  }

  it('writes records and sets exit 2 when a line fails', async () => {
    const { io, out, err } = fakeIo('2014-12-10\nbad\n');
    expect(await runCli(['batch'], io)).toBe(2);
    expect(out()).toContain('"deadline":"2015-03-23"');
    expect(out()).toContain('"line":2,"input":"bad","code":"invalid-date","error":');
    expect(err()).toContain('1 of 2 lines failed (the first at line 2)');
    // 2014 predates the 2018 draft-plan practice shown beside the written statement.
    expect(err()).toContain('warning: warnings on 1 of 2 records (before-in-force)');
  });

  it('reads --input through the file hook and reports a missing file in one line', async () => {
    const ok = fakeIo('', { 'in.txt': '2014-12-10\n' });
    expect(await runCli(['batch', '--input', 'in.txt'], ok.io)).toBe(0);
    expect(ok.out()).toContain('"deadline":"2015-03-23"');
    const missing = fakeIo('');
    expect(await runCli(['batch', '--input', 'nope.txt'], missing.io)).toBe(2);
    expect(missing.err()).toBe('ofsted-deadline: cannot read "nope.txt": no such file or directory\n');
  });

  it('waits for the sink to drain when a write is refused', async () => {
    const { io, out } = fakeIo('2014-12-10\n'.repeat(20_000));
    let waits = 0;
    const refusing: CliIo = {
      ...io,
      stdout: { write: (chunk) => (io.stdout.write(chunk), false) },
      stdoutDrained: async () => void waits++,
    };
    expect(await runCli(['batch'], refusing)).toBe(0);
    expect(waits).toBeGreaterThan(1);
    expect(out().split('\n').filter(Boolean)).toHaveLength(20_000);
  });
});

describe('RecordBuffer.flushTo: the records handed over without a copy', () => {
  it('gives the bytes written so far, then starts empty, its memory reused', () => {
    const buffer = new RecordBuffer(8);
    buffer.writeText('{"line":');
    buffer.writeInteger(12);
    const first = buffer.flushTo((bytes) => Buffer.from(bytes).toString('utf8'));
    buffer.writeText('x');
    const views: Uint8Array[] = [];
    buffer.flushTo((bytes) => views.push(bytes));
    expect([first, Buffer.from(views[0]!).toString('utf8'), buffer.length]).toEqual(['{"line":12', 'x', 0]);
    expect(buffer.flushTo((bytes) => bytes.length)).toBe(0);
  });
});
