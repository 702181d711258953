/**
 * The only module that touches `process`: it gathers arguments, environment, streams and today's
 * date in England, runs the CLI, and sets the exit code.
 */
import { once } from 'node:events';
import { ExitCode } from './exit-codes.js';
import { readFileStream, readTextFile, writeTextFile } from './files.js';
import type { CliIo } from './io.js';
import { runCli } from './program.js';

/** Today's calendar date in England, whatever the machine's zone: deadlines are English days. */
function todayInEngland(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export async function main(): Promise<void> {
  // A closed pipe (`| head -n 1`) is a normal way for a reader to stop: end quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok);
    throw error;
  });
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdoutColumns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    // OFSTED_DEADLINE_TODAY pins "today" for reproducible scripts and tests. Worked out only when
    // a command asks: the time-zone data behind Intl costs more than the rest of a run.
    get today() {
      return process.env.OFSTED_DEADLINE_TODAY ?? todayInEngland(new Date());
    },
    // Getters, so that commands which never read input do not open stdin.
    get stdin() {
      return process.stdin;
    },
    readFile: readFileStream,
    stdoutDrained: async () => {
      await once(process.stdout, 'drain');
    },
    readTextFile,
    writeTextFile,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
