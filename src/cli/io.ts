/** What the CLI needs from the outside world. Only run.ts builds one from `process`. */
export interface TextSink {
  /**
   * Writes text (or, from `batch`, UTF-8 bytes); `false` means the sink's buffer is full (wait
   * for `CliIo.stdoutDrained`). The caller may reuse a byte chunk once this returns: a sink that
   * keeps it longer (a stream's queue) must keep a copy.
   */
  write(chunk: string | Uint8Array): boolean | void;
}

/** Bytes (or text) arriving in order, e.g. a Node readable stream. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

/** The outcome of reading a file: its text, or why it could not be read (an expected failure). */
export type FileRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The outcome of writing a file: done, or why not (an expected failure). */
export type FileWrite = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** A file being written a piece at a time, that replaces its target only when committed. */
export interface FileSink extends TextSink {
  /** Flushes and renames the finished file over the target; a failure is a value. */
  commit(): FileWrite;
  /** Removes the unfinished file; the target stays as it was. */
  abort(): void;
}

export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is on only then, unless forced). */
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is a terminal: its colour is decided on its own. */
  readonly stderrIsTTY?: boolean;
  /** The terminal's width when stdout is one (help and text wrap to it; 80 otherwise). */
  readonly columns?: number | undefined;
  /** Today in England (Europe/London), `YYYY-MM-DD`: the meaning of the word `today`. */
  readonly today: string;
  /** Standard input, read by `batch` only. Optional so that callers that never read it need not supply it. */
  readonly stdin?: ByteSource;
  /** Opens a file to read (`batch --input`); a missing or unreadable file fails while it is read. */
  readonly readFile?: (path: string) => ByteSource;
  /** Resolves once stdout can take more after a write returned `false` (streaming backpressure). */
  readonly stdoutDrained?: () => Promise<void>;
  /**
   * True once writing to stdout has failed (the reader closed the pipe, the disk is full): later
   * writes are dropped, and a command that streams (`batch`) stops reading input and ends with the
   * exit code it has earned so far.
   */
  readonly stdoutFailed?: () => boolean;
  /**
   * Reads a UTF-8 text file (`--holidays-file`) of at most `maxBytes` bytes (a larger one is a
   * failure, found without reading more than `maxBytes + 1`). Optional so in-process tests need not provide
   * one; without it any file option is a clear error rather than a silent fallback.
   */
  readonly readTextFile?: (path: string, maxBytes?: number) => FileRead;
  /**
   * Writes a whole UTF-8 text file, replacing it only once it is completely written
   * (`--output FILE`). Optional like readTextFile: without it `--output` is a clear error.
   */
  readonly writeTextFile?: (path: string, text: string) => FileWrite;
  /**
   * Opens a file to write a piece at a time, replacing the target only once committed
   * (`batch --output FILE`). Optional like writeTextFile.
   */
  readonly openFileSink?: (path: string) => { readonly ok: true; readonly sink: FileSink } | { readonly ok: false; readonly reason: string };
  /**
   * Whether two paths name the same file (`--output` refuses a file the command read). Without
   * it, only identical path strings are the same file.
   */
  readonly sameFile?: (a: string, b: string) => boolean;
}
