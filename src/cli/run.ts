/**
 * The only module that touches `process`: it gathers arguments, environment, streams and today's
 * date in England, runs the CLI, and sets the exit code.
 */
import { read } from 'node:fs';
import { ExitCode, type OutputFailure, finalExitCode, outputFailureMessage } from './exit-codes.js';
import { openFileSink, readFileStream, readTextFile, sameFile, writeTextFile } from './files.js';
import type { CliIo, TextSink } from './io.js';
import { englandDate } from './england-today.js';
import { runCli } from './program.js';
import { outputChannel } from './output-channel.js';

/**
 * Standard input as bytes, read from descriptor 0 through fs: a pipe or file then needs none of
 * the socket machinery process.stdin brings (node:net and its bindings, a few milliseconds of a
 * one-line batch). Should the descriptor be non-blocking (EAGAIN), reading goes on through
 * process.stdin, which handles that; no byte is lost, since EAGAIN reads nothing.
 */
async function* standardInput(): AsyncGenerator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let bytes: number;
    try {
      bytes = await new Promise<number>((resolve, reject) => read(0, buffer, 0, buffer.length, null, (error, count) => (error ? reject(error) : resolve(count))));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        yield* process.stdin;
        return;
      }
      if (code === 'EOF') return;
      throw error;
    }
    if (bytes === 0) return;
    yield Buffer.from(buffer.subarray(0, bytes));
  }
}

type StreamName = OutputFailure['stream'];

/**
 * Watches stdout and stderr for failed writes: a closed pipe (EPIPE), a full disk (ENOSPC), an
 * I/O error, a descriptor not open for writing (EBADF). A direct write throws them; a stream
 * reports them as 'error' events (the write itself returns false). The first failure of a
 * stream is recorded and, unless its reader went away (a closed pipe, a reset socket), reported
 * in one line on stderr (when stderr still works); later writes to that stream are dropped. Unhandled, the error would end
 * the run with a stack trace and exit code 1.
 */
function watchOutput(onFailure: () => void) {
  const failures: OutputFailure[] = [];
  const failed = (name: StreamName) => failures.some((failure) => failure.stream === name);
  const fail = (name: StreamName) => (error: NodeJS.ErrnoException) => {
    if (failed(name)) return;
    const failure: OutputFailure = { stream: name, code: typeof error.code === 'string' ? error.code : 'EIO' };
    failures.push(failure);
    const message = outputFailureMessage(failure);
    if (message !== undefined && !failed('stderr')) channels.stderr.write(message);
    onFailure();
  };
  const channels = {
    stdout: outputChannel(1, () => process.stdout, fail('stdout')),
    stderr: outputChannel(2, () => process.stderr, fail('stderr')),
  };
  const sink = (name: StreamName): TextSink => ({
    write: (chunk) => (failed(name) ? true : channels[name].write(chunk)),
  });
  return {
    failures,
    channels,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
    stdoutDrained: () => (failed('stdout') ? Promise.resolve() : channels.stdout.drained()),
    stdoutFailed: () => failed('stdout'),
  };
}

/**
 * `openFileSink`, with every unfinished file removed if the process is interrupted (Ctrl-C, a
 * `kill`): the temporary beside the target would otherwise be left behind. The signal is then
 * re-raised, so the process ends as interrupted processes do (exit 130 for SIGINT).
 */
function openFileSinkAbortedOnSignal(path: string): ReturnType<typeof openFileSink> {
  const opened = openFileSink(path);
  if (!opened.ok) return opened;
  const { sink } = opened;
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    sink.abort();
    stopWatching();
    process.kill(process.pid, signal);
  };
  const stopWatching = () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  for (const signal of signals) process.on(signal, onSignal);
  return {
    ok: true,
    sink: {
      write: (chunk) => sink.write(chunk),
      commit: () => {
        stopWatching();
        return sink.commit();
      },
      abort: () => {
        stopWatching();
        sink.abort();
      },
    },
  };
}

export async function main(): Promise<void> {
  // A write can fail after runCli has returned (Node finishes pending writes before exiting), so
  // the exit code is worked out again on every failure.
  let earned: ExitCode | undefined = undefined;
  let today: string | undefined;
  const output = watchOutput(() => {
    if (earned !== undefined) process.exitCode = finalExitCode(earned, output.failures);
  });
  const io: CliIo = {
    stdout: output.stdout,
    stderr: output.stderr,
    env: process.env,
    // Getters, so that a pipe or a file is never opened as a stream just to learn it is no terminal.
    get stdoutIsTTY() {
      return output.channels.stdout.isTTY;
    },
    get stderrIsTTY() {
      return output.channels.stderr.isTTY;
    },
    get columns() {
      return output.channels.stdout.isTTY ? output.channels.stdout.columns : undefined;
    },
    // England's date, worked out only when a command asks, as most runs never need it.
    // OFSTED_DEADLINE_TODAY, when set, is read and checked by the context (checkedToday), not here.
    get today() {
      return (today ??= englandDate(Date.now()));
    },
    // Getters, so that commands which never read input do not open stdin.
    get stdin() {
      return standardInput();
    },
    readFile: readFileStream,
    stdoutDrained: output.stdoutDrained,
    stdoutFailed: output.stdoutFailed,
    readTextFile,
    writeTextFile,
    openFileSink: openFileSinkAbortedOnSignal,
    sameFile,
  };
  earned = await runCli(process.argv.slice(2), io);
  process.exitCode = finalExitCode(earned, output.failures);
}
