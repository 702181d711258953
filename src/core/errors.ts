/**
 * Expected failures of the core, each with a stable machine-readable code that the CLI maps to an
 * exit code and a JSON error object.
 */
export type DeadlineErrorCode =
  | 'invalid-date'
  | 'invalid-number'
  | 'out-of-range'
  | 'invalid-argument'
  | 'invalid-holidays-file';

export class DeadlineError extends Error {
  readonly code: DeadlineErrorCode;
  /** The user's text that caused the failure, when there was one. */
  readonly input: string | undefined;

  constructor(code: DeadlineErrorCode, message: string, input?: string) {
    super(message);
    this.name = 'DeadlineError';
    this.code = code;
    this.input = input;
  }
}
