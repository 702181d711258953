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
}
