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
  /** Where the name came from when not the command line (`OFSTED_DEADLINE_HOLIDAYS_FILE`), for messages. */
  readonly origin?: string;
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

/**
 * How messages name a holidays file: its path, and where that was named when it was not on the
 * command line, so a file named by an environment variable is not blamed on the command line.
 *
 * @example
 * holidaysFileName({ path: 'ci.json', origin: 'OFSTED_DEADLINE_HOLIDAYS_FILE', divisions: {} })
 * //=> 'ci.json (OFSTED_DEADLINE_HOLIDAYS_FILE)'
 */
export function holidaysFileName(file: Pick<HolidaysFile, 'path' | 'origin'>): string {
  return file.origin === undefined ? file.path : `${file.path} (${file.origin})`;
}

type FileName = Pick<HolidaysFile, 'path' | 'origin'>;

function fail(file: FileName, message: string): never {
  throw new DeadlineError('invalid-holidays-file', `holidays file ${holidaysFileName(file)}: ${message}`, file.path);
}

/**
 * Why a text is not JSON, with the line and column when the parser gives a position, but never
 * the parser's own message: it quotes the text, and a file given by mistake (`/etc/passwd`) must
 * not be echoed.
 */
export function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/Unexpected end of JSON input/.test(message)) return 'is not valid JSON (it ends too soon)';
  const position = /at position (\d+)/.exec(message);
  if (!position) return 'is not valid JSON';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `is not valid JSON (at line ${line}, column ${column})`;
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

function parseDivision(file: FileName, nation: Nation, value: unknown): HolidaysFileDivision {
  if (!isObject(value) || !Array.isArray(value.events)) fail(file, `"${nation}" has no "events" array; ${SHAPE}`);
  if (value.division !== undefined && value.division !== nation) {
    fail(file, `"${nation}" says its division is ${preview(value.division)}; expected "${nation}"`);
  }
  if (value.events.length === 0) fail(file, `"${nation}" has no events`);
  const seen = new Set<string>();
  const holidays = value.events.map((event: unknown, i: number): Holiday => {
    const where = `${nation}.events[${i}] ${preview(event)}`;
    const problem = eventProblem(event);
    if (problem) fail(file, `${where} ${problem}`);
    const { date, title } = event as { date: string; title: string };
    if (seen.has(date)) fail(file, `${where} repeats the date ${date}`);
    seen.add(date);
    return { date, name: title.trim(), source: 'holidays-file' };
  });
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holidays, firstYear: Number(holidays[0]!.date.slice(0, 4)), lastYear: Number(holidays.at(-1)!.date.slice(0, 4)) };
}

/**
 * Reads the text of a gov.uk-format holidays file (a leading UTF-8 byte order mark is allowed).
 * Anything malformed or wrongly shaped is a DeadlineError naming the file (and `origin`, where its
 * name came from when not the command line) and the first bad entry: a file that is silently
 * ignored would give a wrong deadline with no sign of it.
 */
export function parseHolidaysFile(path: string, text: string, origin?: string): HolidaysFile {
  const file: FileName = { path, ...(origin === undefined ? {} : { origin }) };
  // A byte order mark, as some Windows editors save UTF-8, is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    fail(file, `${jsonProblem(json, error)}; ${SHAPE}`);
  }
  if (!isObject(document)) fail(file, `is ${preview(document)}; ${SHAPE}`);
  const unknown = Object.keys(document).find((key) => !(NATIONS as readonly string[]).includes(key));
  if (unknown !== undefined) fail(file, `has an unknown division "${unknown}"; the divisions are ${NATIONS.join(', ')}`);
  const divisions: Partial<Record<Nation, HolidaysFileDivision>> = {};
  for (const nation of NATIONS) {
    if (document[nation] !== undefined) divisions[nation] = parseDivision(file, nation, document[nation]);
  }
  if (Object.keys(divisions).length === 0) fail(file, `has no divisions; ${SHAPE}`);
  return { ...file, divisions };
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
