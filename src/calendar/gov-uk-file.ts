import type { Holiday } from '../core/calendar.js';
import { parseIsoDay, yearOf } from '../core/day.js';
import { DeadlineError } from '../core/errors.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, NATIONS, type Nation } from './regions.js';

/** One division of a holidays file: its holidays and the years it speaks for. */
export interface HolidaysFileDivision {
  readonly holidays: readonly Holiday[];
  readonly firstYear: number;
  readonly lastYear: number;
}

/** A user's bank-holidays file in the gov.uk `bank-holidays.json` format, checked. */
export interface HolidaysFile {
  /** The file name as the user gave it, for messages. */
  readonly path: string;
  readonly divisions: Partial<Record<Nation, HolidaysFileDivision>>;
}

const SHAPE =
  'expected the gov.uk bank-holidays.json format: {"england-and-wales": {"division": "england-and-wales", "events": [{"title": "...", "date": "YYYY-MM-DD", "notes": "", "bunting": true}, ...]}, "scotland": {...}, "northern-ireland": {...}}';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function fail(path: string, message: string): never {
  throw new DeadlineError('invalid-holidays-file', `holidays file ${path}: ${message}`, path);
}

function eventProblem(event: unknown): string | undefined {
  if (!isObject(event)) return 'is not an object with "title" and "date"';
  const { title, date, notes, bunting } = event;
  if (typeof date !== 'string') return 'has no "date" string';
  const day = parseIsoDay(date);
  if (day === undefined) return `has date ${JSON.stringify(date)}, which is not a real YYYY-MM-DD day`;
  const year = yearOf(day);
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    return `has date ${date}, outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`;
  }
  if (typeof title !== 'string' || title.trim() === '') return 'has no "title" string';
  if (notes !== undefined && typeof notes !== 'string') return 'has a "notes" value that is not a string';
  if (bunting !== undefined && typeof bunting !== 'boolean') return 'has a "bunting" value that is not true or false';
  return undefined;
}

function parseDivision(path: string, nation: Nation, value: unknown): HolidaysFileDivision {
  if (!isObject(value) || !Array.isArray(value.events)) fail(path, `"${nation}" has no "events" array; ${SHAPE}`);
  if (value.division !== undefined && value.division !== nation) {
    fail(path, `"${nation}" says its division is ${preview(value.division)}; expected "${nation}"`);
  }
  if (value.events.length === 0) fail(path, `"${nation}" has no events`);
  const seen = new Set<string>();
  const holidays = value.events.map((event: unknown, i: number): Holiday => {
    const where = `${nation}.events[${i}] ${preview(event)}`;
    const problem = eventProblem(event);
    if (problem) fail(path, `${where} ${problem}`);
    const { date, title } = event as { date: string; title: string };
    if (seen.has(date)) fail(path, `${where} repeats the date ${date}`);
    seen.add(date);
    return { date, name: title.trim(), source: 'holidays-file' };
  });
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holidays, firstYear: Number(holidays[0]!.date.slice(0, 4)), lastYear: Number(holidays.at(-1)!.date.slice(0, 4)) };
}

/**
 * Reads the text of a gov.uk-format holidays file. Anything malformed or wrongly shaped is a
 * DeadlineError naming the file and the first bad entry: a file that is silently ignored would give
 * a wrong deadline with no sign of it.
 */
export function parseHolidaysFile(path: string, text: string): HolidaysFile {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    fail(path, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(document)) fail(path, `is ${preview(document)}; ${SHAPE}`);
  const unknown = Object.keys(document).find((key) => !(NATIONS as readonly string[]).includes(key));
  if (unknown !== undefined) fail(path, `has an unknown division "${unknown}"; the divisions are ${NATIONS.join(', ')}`);
  const divisions: Partial<Record<Nation, HolidaysFileDivision>> = {};
  for (const nation of NATIONS) {
    if (document[nation] !== undefined) divisions[nation] = parseDivision(path, nation, document[nation]);
  }
  if (Object.keys(divisions).length === 0) fail(path, `has no divisions; ${SHAPE}`);
  return { path, divisions };
}

/** The gov.uk format of a list of holidays per nation: what `parseHolidaysFile` reads back. */
export function renderHolidaysFile(divisions: Partial<Record<Nation, readonly Holiday[]>>): string {
  const document = Object.fromEntries(
    Object.entries(divisions).map(([nation, holidays]) => [
      nation,
      { division: nation, events: holidays!.map((h) => ({ title: h.name, date: h.date, notes: '', bunting: true })) },
    ]),
  );
  return `${JSON.stringify(document, null, 2)}\n`;
}
