import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/program.js';

/**
 * Input as long as `yes 2014-12-10` would be for a reader that leaves early (a million lines: it
 * ends, so a batch that did not stop fails the test instead of hanging it), with a bad line as
 * chunk `badAfter` if asked.
 */
async function* endless(badAfter = -1): AsyncGenerator<Uint8Array> {
  const chunk = Buffer.from('2014-12-10\n'.repeat(5_000));
  for (let i = 0; i < 200; i++) yield i === badAfter ? Buffer.from('not a date\n') : chunk;
}

/** Runs batch with a stdout whose reader leaves after `writes` writes (as `| head` does). */
async function batchIntoClosingPipe(input: AsyncIterable<Uint8Array>, writes: number) {
  let written = 0;
  const stderr: string[] = [];
  const exitCode = await runCli(['batch'], {
    stdout: { write: () => (written++, true) },
    stderr: { write: (text) => void stderr.push(String(text)) },
    env: {},
    stdoutIsTTY: false,
    today: '2026-11-27',
    stdin: input,
    stdoutFailed: () => written >= writes,
  });
  return { exitCode, written, stderr: stderr.join('') };
}

describe('batch stops reading once nobody reads its output', () => {
  it('stops reading when stdout has failed, with exit 0 for the lines read', async () => {
    const result = await batchIntoClosingPipe(endless(), 3);
    expect(result.exitCode).toBe(ExitCode.Ok);
    expect(result.written).toBe(3);
  });

  it('keeps exit 2 for a bad line read before the reader left', async () => {
    const result = await batchIntoClosingPipe(endless(1), 4);
    expect(result.exitCode).toBe(ExitCode.BadInput);
    expect(result.stderr).toMatch(/1 of \d+ lines failed \(the first at line 5001\)/);
  });
});
