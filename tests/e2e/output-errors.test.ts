import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExitCode, finalExitCode, outputFailureMessage } from '../../src/cli/exit-codes.js';
import { BIN, XDG_CACHE_HOME, collectOutput } from '../helpers/run-bin.js';

interface ShellResult {
  readonly stdout: string;
  readonly stderr: string;
  /** `${PIPESTATUS[@]}` of the script's pipeline, as the script echoes it on its last stdout line. */
  readonly pipeStatus: readonly number[];
}

/**
 * Runs a bash script in which `$BIN` is the built binary, "today" is pinned and colour is off.
 * The script ends with `echo "${PIPESTATUS[@]}"`, the exit codes of every part of its pipeline.
 */
async function bash(script: string): Promise<ShellResult> {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME };
  const { stdout, stderr } = await collectOutput('bash', ['-c', `BIN="${process.execPath} ${BIN}"; ${script}; echo "PIPESTATUS \${PIPESTATUS[@]}"`], env);
  const match = /PIPESTATUS ([\d ]+)\n$/.exec(stdout);
  if (!match) throw new Error(`no PIPESTATUS in ${JSON.stringify(stdout)}`);
  return { stdout: stdout.slice(0, match.index), stderr, pipeStatus: match[1]!.trim().split(' ').map(Number) };
}

const NO_TRACE = /\n\s+at |Error:|node:internal/;
// The reader is gone before the tool writes: `head -c0` exits at once, the tool a little later.
const late = (command: string) => `(sleep 0.3; $BIN ${command})`;

describe.runIf(existsSync('/dev/full')).concurrent('exit codes survive output trouble (real processes)', () => {
  it.each([
    { command: 'is-working-day 2014-12-25', expected: ExitCode.NotAWorkingDay, reason: 'Christmas Day is not a working day' },
    { command: 'is-working-day 2014-12-24', expected: ExitCode.Ok, reason: 'an ordinary working day' },
    { command: 'status 2014-12-10 --exit-code --today 2015-03-23', expected: ExitCode.DueToday, reason: 'the deadline is today' },
    { command: 'status 2014-12-10 --exit-code --today 2015-03-24', expected: ExitCode.DeadlinePassed, reason: 'the deadline has passed' },
    { command: '2014-02-30', expected: ExitCode.BadInput, reason: 'bad input, its message on stderr' },
  ])('a closed stdout pipe (`| head -c0`) keeps exit $expected: $reason', async ({ command, expected }) => {
    const { stderr, pipeStatus } = await bash(`${late(command)} | head -c0`);
    expect(pipeStatus).toEqual([expected, 0]);
    expect(stderr).not.toMatch(NO_TRACE);
    expect(stderr).not.toContain('EPIPE');
  });

  it('a batch with a bad line keeps exit 2 when stdout is a closed pipe', async () => {
    const { pipeStatus, stderr } = await bash(`printf '2014-12-10\\nnot a date\\n' | ${late('batch')} | head -c0`);
    expect(pipeStatus).toEqual([0, ExitCode.BadInput, 0]);
    expect(stderr).toContain('1 of 2 lines failed');
  });

  it('a closed stderr pipe ends quietly too, keeping exit 2 for bad input', async () => {
    const { pipeStatus } = await bash(`(sleep 0.3; $BIN is-working-day 2014-02-30 2>&1 >/dev/null) | head -c0`);
    expect(pipeStatus).toEqual([ExitCode.BadInput, 0]);
  });

  it.each([
    { command: 'is-working-day 2014-12-25', reason: 'exit 1 would claim "not a working day"' },
    { command: 'is-working-day 2014-12-24', reason: 'exit 0 would claim success' },
    { command: '2014-12-10 --json', reason: 'a JSON document lost' },
    { command: 'status 2014-12-10 --exit-code --today 2015-03-24', reason: 'exit 4 would hide the lost output' },
    { command: '--help', reason: 'even help' },
  ])('stdout on a full disk (`> /dev/full`) is exit 74 with one line on stderr: $reason', async ({ command }) => {
    const { stderr, pipeStatus } = await bash(`$BIN ${command} > /dev/full`);
    expect(pipeStatus).toEqual([ExitCode.OutputError]);
    expect(stderr).toBe('ofsted-deadline: cannot write to standard output: no space left on device (ENOSPC)\n');
  });

  it('a long batch into a full disk stops early with exit 74', async () => {
    const { stderr, pipeStatus } = await bash(`yes 2014-12-10 | head -n 2000000 | $BIN batch > /dev/full`);
    expect(pipeStatus.at(-1)).toBe(ExitCode.OutputError);
    // The write error, then the run's summary: every record answered (each receipt, before 2018,
    // has a warning) - far fewer than the 2,000,000 lines, because batch stopped early.
    const [error, summary, ...rest] = stderr.split(/(?<=\n)/);
    expect([error, rest]).toEqual(['ofsted-deadline: cannot write to standard output: no space left on device (ENOSPC)\n', []]);
    const counts = /^ofsted-deadline: warning: warnings on (\d+) of (\d+) records? \(before-in-force\); see each record's "warnings"\n$/.exec(summary ?? '');
    expect(counts, summary).not.toBeNull();
    expect(counts![1]).toBe(counts![2]);
    expect(Number(counts![1])).toBeLessThan(2_000_000);
  });

  it('stdout open only for reading (EBADF) is exit 74 with one line on stderr', async () => {
    const { stderr, pipeStatus } = await bash(`$BIN is-working-day 2014-12-25 1</dev/null`);
    expect(pipeStatus).toEqual([ExitCode.OutputError]);
    expect(stderr).toBe('ofsted-deadline: cannot write to standard output: not open for writing (EBADF)\n');
  });

  it('stderr on a full disk is exit 74, never 2, and nothing else is shown', async () => {
    const { stdout, pipeStatus } = await bash(`$BIN is-working-day 2014-02-30 2>/dev/full`);
    expect(pipeStatus).toEqual([ExitCode.OutputError]);
    expect(stdout).toBe('');
  });
});

describe('the exit-code policy for failed writes', () => {
  it.each([
    { earned: ExitCode.NotAWorkingDay, failures: [], expected: ExitCode.NotAWorkingDay, reason: 'no failure' },
    { earned: ExitCode.NotAWorkingDay, failures: [{ stream: 'stdout', code: 'EPIPE' }], expected: ExitCode.NotAWorkingDay, reason: 'a closed pipe' },
    { earned: ExitCode.DeadlinePassed, failures: [{ stream: 'stderr', code: 'EPIPE' }], expected: ExitCode.DeadlinePassed, reason: 'a closed stderr pipe' },
    { earned: ExitCode.DeadlinePassed, failures: [{ stream: 'stdout', code: 'ECONNRESET' }], expected: ExitCode.DeadlinePassed, reason: 'a TCP reader that closed early' },
    { earned: ExitCode.Ok, failures: [{ stream: 'stdout', code: 'ENOSPC' }], expected: ExitCode.OutputError, reason: 'a full disk' },
    { earned: ExitCode.NotAWorkingDay, failures: [{ stream: 'stdout', code: 'EIO' }], expected: ExitCode.OutputError, reason: 'an I/O error' },
    { earned: ExitCode.BadInput, failures: [{ stream: 'stdout', code: 'EPIPE' }, { stream: 'stderr', code: 'EBADF' }], expected: ExitCode.OutputError, reason: 'a pipe and a bad stderr' },
  ] as const)('$reason: $earned becomes $expected', ({ earned, failures, expected }) => {
    expect(finalExitCode(earned, failures)).toBe(expected);
  });

  it('says nothing for a closed pipe and one line for anything else', () => {
    expect(outputFailureMessage({ stream: 'stdout', code: 'EPIPE' })).toBeUndefined();
    expect(outputFailureMessage({ stream: 'stdout', code: 'ECONNRESET' })).toBeUndefined();
    expect(outputFailureMessage({ stream: 'stderr', code: 'EIO' })).toBe('ofsted-deadline: cannot write to standard error: input/output error (EIO)\n');
    expect(outputFailureMessage({ stream: 'stdout', code: 'EWHATEVER' })).toBe('ofsted-deadline: cannot write to standard output: EWHATEVER\n');
  });
});

describe('an interrupted --output', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s leaves no temporary file, keeps the old file, and ends as interrupted', async (signal) => {
    const { mkdtempSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-signal-'));
    const target = join(dir, 'deadlines.ndjson');
    writeFileSync(target, 'old\n');
    const child = spawn(process.execPath, [BIN, 'batch', '--output', target], {
      env: { ...process.env, NO_COLOR: '1', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, received) => resolve(received)));
    child.stdin.write('2019-01-09\n'); // stdin stays open: the batch is mid-run
    // Wait for the temporary beside the target, so the signal arrives while it exists.
    for (let i = 0; i < 200 && readdirSync(dir).length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(readdirSync(dir)).toHaveLength(2);
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(readdirSync(dir)).toEqual(['deadlines.ndjson']);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
  });
});
