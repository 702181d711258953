/** What the CLI needs from the outside world. Only run.ts builds one from `process`. */
export interface TextSink {
  write(text: string): void;
}

export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is on only then, unless forced). */
  readonly stdoutIsTTY: boolean;
  /** Today in England (Europe/London), `YYYY-MM-DD`: the meaning of the word `today`. */
  readonly today: string;
  /** Writes a whole text file (UTF-8), replacing it: `--output FILE`. Throws on failure. */
  writeFile(path: string, text: string): void;
}
