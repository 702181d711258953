/**
 * The small words every renderer shares: one plural, one human day, one way to show a user's text
 * safely on a terminal. Fixed English, so output never depends on the machine's locale.
 */
import { type DayNumber, MONTH_NAMES, formatHumanDay } from '../core/day.js';

/** The word for `count` of a thing: `working day` for ±1, else `working days`. */
export function noun(count: number, word: string): string {
  return count === 1 || count === -1 ? word : `${word}s`;
}

/** `1 working day`, `3 working days`, `-1 working day`. */
export function plural(count: number, word: string): string {
  return `${count} ${noun(count, word)}`;
}

/** `Wed 10 Dec 2014`. */
export function human(day: DayNumber): string {
  return formatHumanDay(day);
}

/** `December 2014`. */
export function monthTitle(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]!} ${year}`;
}

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates (Trojan Source).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A user's text (a title, a holiday name, an input line) as it may be shown on a terminal or in a
 * log: control characters, bidi overrides and line breaks are written visibly (`\x1b`, `\n`,
 * `\u202e`), so nothing the user typed can move the cursor, recolour the screen or split a line.
 *
 * @example
 * visible('a\x1b[31mb\nc') //=> 'a\\x1b[31mb\\nc'
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A user's input quoted for an error message: visible, and cut to about 60 characters. */
export function quoteInput(text: string, limit = 60): string {
  const shown = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return `"${visible(shown).replaceAll('"', '\\"')}"${text.length > limit ? ` (${text.length} characters)` : ''}`;
}

/**
 * Why a day of the right shape does not exist.
 *
 * @example
 * noSuchDay({ year: 2015, month: 2, day: 31 }) //=> 'February 2015 has no day 31'
 * noSuchDay({ year: 2015, month: 13, day: 1 }) //=> 'there is no month 13'
 */
export function noSuchDay(date: { readonly year: number; readonly month: number; readonly day: number }): string {
  return date.month >= 1 && date.month <= 12 ? `${monthTitle(date.year, date.month)} has no day ${date.day}` : `there is no month ${date.month}`;
}
