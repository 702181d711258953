/** What the CLI needs from the outside world. Only run.ts builds one from `process`. */
export interface TextSink {
  write(text: string): void;
}

/** The outcome of reading a file: its text, or why it could not be read (an expected failure). */
export type FileRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is on only then, unless forced). */
  readonly stdoutIsTTY: boolean;
  /** Today in England (Europe/London), `YYYY-MM-DD`: the meaning of the word `today`. */
  readonly today: string;
  /**
   * Reads a UTF-8 text file (`--holidays-file`). Optional so in-process tests need not provide
   * one; without it any file option is a clear error rather than a silent fallback.
   */
  readonly readTextFile?: (path: string) => FileRead;
}
