/**
 * A day as people write it: `YYYY-MM-DD` or UK `DD/MM/YYYY` (10/12/2014 is 10 December). The one
 * reader of dates typed by a user, whether on the command line (cli/parse.ts, which adds the word
 * `today`) or in a register file (register.ts). It returns what is wrong as data; the caller words it.
 */
import { type DayNumber, dayNumberFromCivil, isValidCivilDate, parseIsoDay } from './day.js';

/** Why a text is not a day the tool can use. */
export type DayTextProblem =
  /** Nothing but spaces. */
  | { readonly kind: 'empty' }
  /** Neither `YYYY-MM-DD` nor `DD/MM/YYYY`. */
  | { readonly kind: 'format' }
  /** The right shape, but no such day: `31/02/2015`, `2015-13-01`. */
  | { readonly kind: 'no-such-day'; readonly year: number; readonly month: number; readonly day: number }
  /** A real day in a year outside the supported ones. */
  | { readonly kind: 'out-of-range'; readonly year: number };

export type DayTextReading = { readonly ok: true; readonly day: DayNumber } | { readonly ok: false; readonly problem: DayTextProblem };

/** The years a day must fall in. */
export interface YearRange {
  readonly firstYear: number;
  readonly lastYear: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// UK order: 10/12/2014 is 10 December. One- or two-digit day and month, four-digit year.
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads `YYYY-MM-DD` or `DD/MM/YYYY` (spaces around it ignored) as a day number within `years`.
 *
 * @example
 * readDayText('10/12/2014', { firstYear: 1990, lastYear: 2199 }) //=> { ok: true, day: 16414 }
 * readDayText('31/02/2015', { firstYear: 1990, lastYear: 2199 })
 * //=> { ok: false, problem: { kind: 'no-such-day', year: 2015, month: 2, day: 31 } }
 */
export function readDayText(text: string, years: YearRange): DayTextReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { kind: 'empty' } };
  // The usual form, read without a regular expression (a register can hold 100,000 dates).
  const iso = parseIsoDay(trimmed);
  if (iso !== undefined) {
    const year = Number(trimmed.slice(0, 4));
    return year < years.firstYear || year > years.lastYear ? { ok: false, problem: { kind: 'out-of-range', year } } : { ok: true, day: iso };
  }
  const match = ISO.exec(trimmed) ?? UK.exec(trimmed);
  if (!match) return { ok: false, problem: { kind: 'format' } };
  const [year, month, day] = match[0].includes('/')
    ? [Number(match[3]), Number(match[2]), Number(match[1])]
    : [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidCivilDate(year, month, day)) return { ok: false, problem: { kind: 'no-such-day', year, month, day } };
  if (year < years.firstYear || year > years.lastYear) return { ok: false, problem: { kind: 'out-of-range', year } };
  return { ok: true, day: dayNumberFromCivil(year, month, day) };
}
