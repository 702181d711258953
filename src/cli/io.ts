/** What the CLI needs from the outside world. Only run.ts builds one from `process`. */
export interface TextSink {
  /**
   * Writes text (or, from `batch`, UTF-8 bytes); `false` means the sink's buffer is full (wait
   * for `CliIo.stdoutDrained`).
   */
  write(chunk: string | Uint8Array): boolean | void;
}

/** Bytes (or text) arriving in order, e.g. a Node readable stream. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

/** The outcome of reading a file: its text, or why it could not be read (an expected failure). */
export type FileRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The outcome of writing a file: done, or why not (an expected failure). */
export type FileWrite = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is on only then, unless forced). */
  readonly stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one (for tables fitted to it); `undefined` otherwise. */
  readonly stdoutColumns?: number | undefined;
  /** Today in England (Europe/London), `YYYY-MM-DD`: the meaning of the word `today`. */
  readonly today: string;
  /** Standard input, read by `batch` only. Optional so that callers that never read it need not supply it. */
  readonly stdin?: ByteSource;
  /** Opens a file to read (`batch --input`); a missing or unreadable file fails while it is read. */
  readonly readFile?: (path: string) => ByteSource;
  /** Resolves once stdout can take more after a write returned `false` (streaming backpressure). */
  readonly stdoutDrained?: () => Promise<void>;
  /**
   * Reads a UTF-8 text file (`--holidays-file`). Optional so in-process tests need not provide
   * one; without it any file option is a clear error rather than a silent fallback.
   */
  readonly readTextFile?: (path: string) => FileRead;
  /**
   * Writes a whole UTF-8 text file, replacing it (`--output FILE`). Optional like readTextFile:
   * without it `--output` is a clear error.
   */
  readonly writeTextFile?: (path: string, text: string) => FileWrite;
}
