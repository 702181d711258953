/** Every exit code the tool uses; the README's "Exit codes" table lists the same. */
export enum ExitCode {
  /** The command did what was asked. */
  Ok = 0,
  /** `is-working-day`: the date is not a working day (so shells can test it). */
  NotAWorkingDay = 1,
  /** Bad input: an invalid date or number, an unknown option, a year outside the supported range; `register`: a row in error. */
  BadInput = 2,
  /** `status --exit-code`: a milestone, reminder or the deadline itself falls due today; `register --exit-code`: an open matter does. */
  DueToday = 3,
  /** `status --exit-code`: the deadline has passed; `register --exit-code`: an open matter is overdue (checked before DueToday). */
  DeadlinePassed = 4,
  /** A bug in the tool: please report it. */
  InternalError = 70,
  /**
   * Writing the output failed (a full disk, an I/O error, a stream not open for writing): the
   * answer is lost, so neither 0 nor 1 may be claimed. sysexits.h EX_IOERR. A closed pipe is not
   * this: see `finalExitCode`.
   */
  OutputError = 74,
}

/** A failed write to stdout or stderr, with the error code Node gave (EPIPE, ENOSPC, EIO, EBADF...). */
export interface OutputFailure {
  readonly stream: 'stdout' | 'stderr';
  readonly code: string;
}

/**
 * The exit code a run ends with: the one its command earned, unless writing its output failed. A
 * closed pipe (EPIPE, `| head -n 1`) or a socket reset by its reader (ECONNRESET) is a reader that
 * stopped early and changes nothing, so
 * `is-working-day DATE | head -c0` still says 1 and `status --exit-code` keeps 3 or 4. Any other
 * failed write is OutputError.
 *
 * @example
 * finalExitCode(ExitCode.NotAWorkingDay, [{ stream: 'stdout', code: 'EPIPE' }]) //=> 1
 * finalExitCode(ExitCode.Ok, [{ stream: 'stdout', code: 'ENOSPC' }]) //=> 74
 */
export function finalExitCode(earned: ExitCode, failures: readonly OutputFailure[]): ExitCode {
  return failures.some((failure) => !readerLeft(failure)) ? ExitCode.OutputError : earned;
}

/**
 * Whether a failed write means only that the reader went away: a closed pipe (EPIPE), or a socket
 * whose other end closed (ECONNRESET, which a TCP reader that stops early gives).
 */
function readerLeft(failure: OutputFailure): boolean {
  return failure.code === 'EPIPE' || failure.code === 'ECONNRESET';
}

const OUTPUT_FAILURES: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EBADF: 'not open for writing',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
};

/**
 * The one line that reports a failed write, or `undefined` for a reader that went away (a closed
 * pipe or a reset socket), which ends quietly.
 *
 * @example
 * outputFailureMessage({ stream: 'stdout', code: 'ENOSPC' })
 * //=> 'ofsted-deadline: cannot write to standard output: no space left on device (ENOSPC)\n'
 */
export function outputFailureMessage(failure: OutputFailure): string | undefined {
  if (readerLeft(failure)) return undefined;
  const stream = failure.stream === 'stdout' ? 'standard output' : 'standard error';
  const reason = OUTPUT_FAILURES[failure.code];
  return `ofsted-deadline: cannot write to ${stream}: ${reason === undefined ? failure.code : `${reason} (${failure.code})`}\n`;
}
