import type { DayNumber } from '../core/day.js';
import { readDayText } from '../core/day-text.js';
import { DeadlineError } from '../core/errors.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../calendar/regions.js';
import { noSuchDay, quoteInput } from '../output/words.js';

export const ACCEPTED_DATE_FORMATS = 'YYYY-MM-DD, DD/MM/YYYY or "today"';

/** A user's input in an error: visible control characters, at most about 60 characters. */
const quote = quoteInput;

/**
 * England's date today, or a function that works it out: it is only asked for when the user
 * typed `today` (or a command measures from today), so other runs never read the clock.
 */
export type Today = string | (() => string);

const SUPPORTED_YEARS = { firstYear: FIRST_SUPPORTED_YEAR, lastYear: LAST_SUPPORTED_YEAR };

/**
 * A date as a user types it, to a day number; throws a DeadlineError that names the input and
 * what is accepted. `today` is England's date, passed in so parsing stays pure.
 */
export function parseDateArgument(text: string, today: Today, what = 'date'): DayNumber {
  const trimmed = text.trim();
  const source = trimmed.toLowerCase() !== 'today' ? trimmed : typeof today === 'string' ? today : today();
  const reading = readDayText(source, SUPPORTED_YEARS);
  if (reading.ok) return reading.day;
  const { problem } = reading;
  switch (problem.kind) {
    case 'empty':
      throw new DeadlineError('invalid-date', `empty ${what}: expected ${ACCEPTED_DATE_FORMATS}`, text);
    case 'format':
      throw new DeadlineError('invalid-date', `invalid ${what} ${quote(text)}: expected ${ACCEPTED_DATE_FORMATS}`, text);
    case 'no-such-day':
      throw new DeadlineError('invalid-date', `invalid ${what} ${quote(text)}: ${noSuchDay(problem)}; expected ${ACCEPTED_DATE_FORMATS}`, text);
    case 'out-of-range':
      throw new DeadlineError('out-of-range', `${what} ${quote(text)} is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`, text);
  }
}

/**
 * The largest count accepted. It is more than the working days in all the supported years (about
 * 53,100), so every span `count` can measure is one `add` accepts (`add A (count A B)` is B when B
 * is a working day); whether a count fits is then decided by the calendar alone: a result outside
 * the supported years is an out-of-range error, in `add` and `count` alike.
 */
export const MAX_WORKING_DAYS = 60_000;

export interface CountLimits {
  readonly allowNegative: boolean;
  readonly allowZero: boolean;
}

/** A whole number of working days (`-70` and `+5` included when allowed). */
export function parseWorkingDaysArgument(text: string, limits: CountLimits, what = 'number of working days'): number {
  const trimmed = text.trim();
  const range = `${limits.allowNegative ? `-${MAX_WORKING_DAYS}` : limits.allowZero ? '0' : '1'} to ${MAX_WORKING_DAYS}`;
  if (!/^[+-]?\d+$/.test(trimmed)) {
    throw new DeadlineError('invalid-number', `invalid ${what} ${quote(text)}: expected a whole number from ${range}`, text);
  }
  const value = Number(trimmed);
  const tooLow = limits.allowNegative ? value < -MAX_WORKING_DAYS : limits.allowZero ? value < 0 : value < 1;
  if (tooLow || value > MAX_WORKING_DAYS) {
    throw new DeadlineError('invalid-number', `invalid ${what} ${quote(text)}: expected a whole number from ${range}`, text);
  }
  return value === 0 ? 0 : value; // Prevent negative zero from "-0".
}

/** A calendar year for `holidays [year]`. */
export function parseYearArgument(text: string): number {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) {
    throw new DeadlineError('invalid-argument', `invalid year ${quote(text)}: expected a four-digit year such as 2025`, text);
  }
  const year = Number(trimmed);
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new DeadlineError(
      'out-of-range',
      `year ${quote(text)} is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`,
      text,
    );
  }
  return year;
}

