/**
 * Every kind of bad input the CLI must refuse with exit code 2, one line on stderr naming the
 * problem, nothing on stdout in text mode and exactly one JSON error object with --json.
 * `representative` marks one or two of each kind that tests/e2e/cli.test.ts runs beside its other
 * command-line tests; the whole table runs in tests/cli/program.test.ts (both in-process), and
 * tests/e2e/binary.e2e.test.ts spawns the real binary for an impossible date and an unknown option.
 */
export interface BadInputCase {
  readonly args: readonly string[];
  /** Where `--json` goes (default: at the end), for cases where the end would change the meaning. */
  readonly jsonArgs?: readonly string[];
  readonly code: 'invalid-date' | 'invalid-number' | 'out-of-range' | 'invalid-argument' | 'usage';
  /** Text the stderr line must contain: usually the quoted input. */
  readonly mentions: string;
  readonly reason: string;
  readonly representative?: true;
}

export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  { args: ['2015-02-29'], code: 'invalid-date', mentions: '"2015-02-29"', reason: 'an impossible date (not a leap year)', representative: true },
  { args: ['2014-13-01'], code: 'invalid-date', mentions: '"2014-13-01"', reason: 'month 13' },
  { args: ['31/04/2015'], code: 'invalid-date', mentions: '"31/04/2015"', reason: '31 April' },
  { args: ['2014-12-10x'], code: 'invalid-date', mentions: '"2014-12-10x"', reason: 'trailing junk', representative: true },
  { args: [''], code: 'invalid-date', mentions: 'empty', reason: 'an empty string', representative: true },
  { args: ['  '], code: 'invalid-date', mentions: 'empty', reason: 'only spaces' },
  { args: ['12/31/2014'], code: 'invalid-date', mentions: '"12/31/2014"', reason: 'US order' },
  { args: ['is-working-day', 'tomorrow'], code: 'invalid-date', mentions: '"tomorrow"', reason: 'an unsupported word' },
  { args: ['count', '2014-12-10', '2015-02-30'], code: 'invalid-date', mentions: '"2015-02-30"', reason: 'an impossible end date' },
  { args: ['2014-12-10', '--days', '0'], code: 'invalid-number', mentions: '"0"', reason: '--days 0', representative: true },
  { args: ['2014-12-10', '--days', 'abc'], code: 'invalid-number', mentions: '"abc"', reason: '--days abc', representative: true },
  { args: ['2014-12-10', '--days', '-5'], code: 'invalid-number', mentions: '"-5"', reason: 'a negative --days' },
  { args: ['add', 'X', '1.5'], code: 'invalid-date', mentions: '"X"', reason: 'add X 1.5: the date is checked first', representative: true },
  { args: ['add', '2014-12-10', '1.5'], code: 'invalid-number', mentions: '"1.5"', reason: 'a fractional count' },
  { args: ['add', '2014-12-10', '1e3'], code: 'invalid-number', mentions: '"1e3"', reason: 'exponent notation' },
  { args: ['add', '2014-12-10', '0x10'], code: 'invalid-number', mentions: '"0x10"', reason: 'hexadecimal' },
  { args: ['add', '2014-12-10', '999999'], code: 'invalid-number', mentions: '"999999"', reason: 'an absurd count' },
  { args: ['add', '2014-12-10', ''], code: 'invalid-number', mentions: '""', reason: 'an empty count' },
  { args: ['add', '2014-12-10', '--5'], code: 'usage', mentions: '--5', reason: 'a doubled sign reads as an option' },
  { args: ['--bogus'], code: 'usage', mentions: '--bogus', reason: 'an unknown option', representative: true },
  { args: ['count', '2014-12-10', '2015-01-01', '--bogus'], code: 'usage', mentions: '--bogus', reason: 'an unknown option on a subcommand' },
  { args: [], code: 'usage', mentions: 'missing', reason: 'no receipt date' },
  { args: ['add', '2014-12-10'], code: 'usage', mentions: 'missing', reason: 'a missing argument', representative: true },
  { args: ['is-working-day'], code: 'usage', mentions: 'missing', reason: 'a missing date' },
  // A trailing --json would become the value of --days, so it goes first here.
  { args: ['2014-12-10', '--days'], jsonArgs: ['--json', '2014-12-10', '--days'], code: 'usage', mentions: '--days', reason: 'an option without its value' },
  { args: ['2014-12-10', '2015-01-01'], code: 'usage', mentions: 'too many arguments', reason: 'an extra argument' },
  { args: ['1989-12-31'], code: 'out-of-range', mentions: '"1989-12-31"', reason: 'a year before 1990' },
  { args: ['holidays', '2200'], code: 'out-of-range', mentions: '"2200"', reason: 'a year after 2199', representative: true },
  { args: ['holidays', '22'], code: 'invalid-argument', mentions: '"22"', reason: 'a two-digit year' },
  { args: ['count', '2014-12-10', '2200-01-01'], code: 'out-of-range', mentions: '"2200-01-01"', reason: 'an out-of-range end date' },
  { args: ['add', '2199-12-31', '1'], code: 'out-of-range', mentions: '2199', reason: 'a result past 2199', representative: true },
  { args: ['add', '1990-01-02', '-1'], code: 'out-of-range', mentions: '1990', reason: 'a result before 1990' },
  { args: ['2199-12-01'], code: 'out-of-range', mentions: '2199', reason: 'deadlines past 2199' },
];
