import type { Holiday } from '../core/calendar.js';
import { formatIsoDay } from '../core/day.js';
import { DeadlineError } from '../core/errors.js';
import { parseHolidaysFile } from '../calendar/gov-uk-file.js';
import { REGIONS, type Region, isRegion } from '../calendar/regions.js';
import type { CalendarSources } from '../calendar/resolve.js';
import type { CliIo } from './io.js';
import { type Today, parseDateArgument } from './parse.js';

/** The environment variable naming a default holidays file, for CI jobs. */
export const HOLIDAYS_FILE_VARIABLE = 'OFSTED_DEADLINE_HOLIDAYS_FILE';

/** The environment variable that pins "today" (`YYYY-MM-DD`), for reproducible scripts and tests. */
export const TODAY_VARIABLE = 'OFSTED_DEADLINE_TODAY';

/**
 * The most a holidays file may hold. The gov.uk feed is about 20 KB; anything near this is not a
 * holidays file, and a file that never ends (`/dev/zero`) must fail rather than fill memory.
 */
export const HOLIDAYS_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** At most `max` characters of a user's text, for a message (the rest is cut, with an ellipsis). */
function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The date `today` means, checked when OFSTED_DEADLINE_TODAY pins it: a bad value is an error
 * naming the variable (not the word "today" the user typed, nor the command line). Call it only
 * when "today" is needed, so a bad variable does not break commands that never use it.
 *
 * @example
 * checkedToday({ env: { OFSTED_DEADLINE_TODAY: '2014-13-01' }, today: '2014-13-01' })
 * // throws: invalid OFSTED_DEADLINE_TODAY "2014-13-01": there is no month 13; expected a real YYYY-MM-DD day
 */
export function checkedToday(io: Pick<CliIo, 'env' | 'today'>): string {
  const pinned = io.env[TODAY_VARIABLE];
  if (pinned === undefined || pinned === '') return io.today;
  const fail = (why: string): never => {
    throw new DeadlineError('invalid-argument', `invalid ${TODAY_VARIABLE} ${JSON.stringify(clip(pinned))}: ${why}`, clip(pinned));
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) fail('expected a YYYY-MM-DD day, e.g. 2026-11-27');
  try {
    parseDateArgument(pinned, pinned, TODAY_VARIABLE);
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error;
    // parseDateArgument says why (no such day, outside the supported years); the rest is ours.
    const why = /^(?:invalid \S+ "[^"]*": ([^;]+)|\S+ "[^"]*" (is outside [^;]+))/.exec(error.message);
    fail(why?.[1] ?? why?.[2] ?? 'not a real day');
  }
  return pinned;
}

/** The calendar flags every command takes, as commander hands them over. */
export interface CalendarFlags {
  readonly region?: string;
  readonly holidaysFile?: string;
  readonly extraHoliday?: readonly string[];
}

/** The flags, checked: the region the user asked for (if any) and where holidays come from. */
export interface CalendarChoice {
  readonly region: Region | undefined;
  readonly sources: CalendarSources;
}

/**
 * `--extra-holiday YYYY-MM-DD[=name]`: one added non-working day.
 *
 * @example
 * parseExtraHoliday('2030-06-03=Jubilee', '2026-11-27') //=> { date: '2030-06-03', name: 'Jubilee', source: 'extra-holiday' }
 */
export function parseExtraHoliday(text: string, today: Today): Holiday {
  const separator = text.indexOf('=');
  const dateText = separator < 0 ? text : text.slice(0, separator);
  const name = separator < 0 ? '' : text.slice(separator + 1).trim();
  const day = parseDateArgument(dateText, today, '--extra-holiday date');
  return { date: formatIsoDay(day), name: name === '' ? 'Extra holiday' : name, source: 'extra-holiday' };
}

function readHolidaysFile(io: Pick<CliIo, 'env' | 'readTextFile'>, path: string, from: string) {
  if (path.trim() === '') throw new DeadlineError('invalid-holidays-file', `${from}: empty file name`, path);
  if (!io.readTextFile) throw new DeadlineError('invalid-holidays-file', `holidays file ${path}: reading files is not available here`, path);
  const read = io.readTextFile(path, HOLIDAYS_FILE_MAX_BYTES);
  if (!read.ok) throw new DeadlineError('invalid-holidays-file', `holidays file ${path} (${from}): ${read.reason}`, path);
  // A file named by the variable says so in every message, so nobody hunts the command line for it.
  return parseHolidaysFile(path, read.text, from === HOLIDAYS_FILE_VARIABLE ? from : undefined);
}

/**
 * Resolves the calendar flags in one place: `--region`, `--holidays-file` (or the file named by
 * OFSTED_DEADLINE_HOLIDAYS_FILE when the flag is absent) and every `--extra-holiday`. Throws a
 * DeadlineError (exit 2) for any bad value; nothing is silently ignored.
 */
export function resolveCalendarFlags(
  flags: CalendarFlags,
  io: Pick<CliIo, 'env' | 'readTextFile' | 'today'>,
  today: () => string = () => checkedToday(io),
): CalendarChoice {
  if (flags.region !== undefined && !isRegion(flags.region)) {
    throw new DeadlineError('invalid-argument', `invalid --region "${flags.region}": expected one of ${REGIONS.join(', ')}`, flags.region);
  }
  const fromVariable = io.env[HOLIDAYS_FILE_VARIABLE];
  const [path, from] =
    flags.holidaysFile !== undefined
      ? [flags.holidaysFile, '--holidays-file']
      : fromVariable !== undefined && fromVariable !== ''
        ? [fromVariable, HOLIDAYS_FILE_VARIABLE]
        : [undefined, ''];
  const holidaysFile = path === undefined ? undefined : readHolidaysFile(io, path, from);
  // "today" (the command's: --today when given) is worked out only if a flag says it, and once.
  let todayText: string | undefined;
  const todayOnce = () => (todayText ??= today());
  const extraHolidays = (flags.extraHoliday ?? []).map((text) => parseExtraHoliday(text, todayOnce));
  return { region: flags.region, sources: { ...(holidaysFile ? { holidaysFile } : {}), extraHolidays } };
}
