import { type Command, Option } from 'commander';
import { DEFAULT_REGION, REGIONS, type Region } from '../calendar/regions.js';
import { resolveIndex } from '../calendar/resolve.js';
import { formatIsoDay } from '../core/day.js';
import { DeadlineError } from '../core/errors.js';
import type { Rule } from '../core/rules.js';
import type { Warning } from '../core/warnings.js';
import type { WorkingDayIndex } from '../core/working-days.js';
import { type ErrorJson, errorJson, stringifyJson } from '../output/json.js';
import { DEFAULT_WIDTH, type Style, createStyle } from '../output/style.js';
import { visible } from '../output/words.js';
import { renderWarnings } from '../output/text.js';
import { type CalendarChoice, HOLIDAYS_FILE_VARIABLE, TODAY_VARIABLE, checkedToday, resolveCalendarFlags } from './calendar-options.js';
import { ExitCode } from './exit-codes.js';
import { parseDateArgument } from './parse.js';
import type { CliIo } from './io.js';
import { type RawOptions, flagOption, listOption, stringOption } from './raw-options.js';

/**
 * Gathers a repeatable option's values. It appends to the array it returned last time rather than
 * copying it, so N flags cost O(N), not O(N²) (25,000 `--extra-holiday` flags took seconds).
 *
 * @example
 * collect('2030-06-03', collect('2030-06-02', undefined)) //=> ['2030-06-02', '2030-06-03']
 */
export function collect(value: string, previous: string[] | undefined): string[] {
  if (previous === undefined) return [value];
  previous.push(value);
  return previous;
}

/** --json, --no-color and the calendar options (--region, --holidays-file, --extra-holiday). */
export function addCommonOptions(command: Command, { json = true } = {}): Command {
  // batch writes JSON (NDJSON) already: it has no --json, so its help does not offer one.
  if (json) command.option('--json', 'write one JSON document on stdout instead of text');
  return command
    .option('--no-color', 'plain text even on a terminal')
    .addOption(
      new Option('--region <region>', 'whose bank holidays count (default england-and-wales; uk = any part of the UK)').choices(
        REGIONS,
      ),
    )
    .option(
      '--holidays-file <file>',
      `a gov.uk bank-holidays.json file laid over the built-in data (default: the file named by ${HOLIDAYS_FILE_VARIABLE}, if set)`,
    )
    .option('--today <date>', 'the date the word "today" means, and the day reminders, status and register measure from (default: today in England)')
    .option('--extra-holiday <date[=name]>', 'one more non-working day, e.g. 2030-06-03=Jubilee (repeatable)', collect);
}

/**
 * Colour for one stream: never with --no-color, NO_COLOR (https://no-color.org) or TERM=dumb;
 * FORCE_COLOR forces it on (FORCE_COLOR=0 off); otherwise only when that stream is a terminal, so
 * `2>log` keeps escape codes out of the log even while stdout shows colour.
 */
export function useColour(io: CliIo, options: RawOptions, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (options.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY === true;
}

/**
 * The width to wrap help and text to: COLUMNS when it is set to a sensible number, else the
 * terminal's width, else 80.
 */
export function textWidth(io: CliIo): number {
  const columns = Number(io.env.COLUMNS);
  if (Number.isInteger(columns) && columns >= 20 && columns <= 1000) return columns;
  return io.columns !== undefined && io.columns >= 20 ? io.columns : DEFAULT_WIDTH;
}

/** A command's run function: the context, its positional arguments, then its options. */
export type Action = (context: CommandContext, args: readonly (string | undefined)[], options: RawOptions) => void | Promise<void>;

/** What a command's action receives: the outside world, rendering choices and the calendar. */
export interface CommandContext {
  readonly io: CliIo;
  readonly json: boolean;
  /** How stdout is drawn (colour, width). */
  readonly style: Style;
  /** How stderr is drawn: its own colour choice, since it may be a terminal when stdout is not. */
  readonly errorStyle: Style;
  /** England's date for the word `today`, worked out only when asked. */
  readonly today: () => string;
  /** The region the user asked for; `undefined` lets a rule choose its own (FOI counts UK-wide). */
  readonly region: Region | undefined;
  /** The holidays file in use, if any (for output that names it). */
  readonly holidaysFile: string | undefined;
  /**
   * The one way to a working-day index: --region when given, else the rule's own calendar (FOI:
   * the UK), else England and Wales; the holidays file and extra holidays applied.
   */
  indexFor(rule?: Rule): WorkingDayIndex;
  /** Every file the command has read so far (holidays file, batch input): `--output` may not name one. */
  readonly inputsRead: readonly string[];
  exitCode: ExitCode;
}

/**
 * The CliIo a command sees: the outside world as given, but a pinned "today" is checked when
 * first read (so its errors name OFSTED_DEADLINE_TODAY), and every file read is noted in `inputs`.
 */
function commandIo(raw: CliIo, inputs: string[]): CliIo {
  const pinned = raw.env[TODAY_VARIABLE];
  const { readTextFile, readFile } = raw;
  const overrides: PropertyDescriptorMap = {};
  if (pinned !== undefined && pinned !== '') overrides.today = { get: () => checkedToday(raw), enumerable: true };
  if (readTextFile) {
    overrides.readTextFile = {
      value: (path: string, maxBytes?: number) => {
        inputs.push(path);
        return readTextFile(path, maxBytes);
      },
      enumerable: true,
    };
  }
  if (readFile) {
    overrides.readFile = {
      value: (path: string) => {
        inputs.push(path);
        return readFile(path);
      },
      enumerable: true,
    };
  }
  return Object.create(raw, overrides) as CliIo;
}

/**
 * Resolves every common option into what a command needs. Calendar resolution lives here only, so
 * every command gets --region, --holidays-file and --extra-holiday alike. Throws a DeadlineError
 * for a bad value (exit 2).
 */
export async function createContext(rawIo: CliIo, options: RawOptions): Promise<CommandContext> {
  const inputsRead: string[] = [];
  const io = commandIo(rawIo, inputsRead);
  // --today pins the word "today" (and the day reminders and status measure from) in every command.
  const todayOption = stringOption(options, 'today');
  const pinnedToday = todayOption === undefined ? undefined : formatIsoDay(parseDateArgument(todayOption, () => io.today, '--today date'));
  const today = (): string => pinnedToday ?? io.today;
  const region = stringOption(options, 'region');
  const holidaysFile = stringOption(options, 'holidaysFile');
  // --region is checked now; the holidays file is read and the extra days parsed the first time a
  // calendar is asked for, so a command that needs none (rules, completion) neither pays for them
  // nor fails on them.
  const knownRegion = region === undefined ? undefined : REGIONS.find((name) => name === region);
  if (region !== undefined && knownRegion === undefined) {
    throw new DeadlineError('invalid-argument', `invalid --region "${region}": expected one of ${REGIONS.join(', ')}`, region);
  }
  let choice: CalendarChoice | undefined;
  const calendarChoice = (): CalendarChoice =>
    (choice ??= resolveCalendarFlags(
      { ...(region === undefined ? {} : { region }), ...(holidaysFile === undefined ? {} : { holidaysFile }), extraHoliday: listOption(options, 'extraHoliday') },
      io,
      today,
    ));
  const indexes = new Map<Region, WorkingDayIndex>();
  const indexForRegion = (wanted: Region): WorkingDayIndex => {
    let index = indexes.get(wanted);
    if (!index) {
      index = resolveIndex(wanted, calendarChoice().sources);
      indexes.set(wanted, index);
    }
    return index;
  };
  return {
    io,
    json: flagOption(options, 'json'),
    style: await createStyle(useColour(io, options, 'stdout'), textWidth(io)),
    errorStyle: await createStyle(useColour(io, options, 'stderr'), textWidth(io)),
    today,
    region: knownRegion,
    get holidaysFile() {
      return calendarChoice().sources.holidaysFile?.path;
    },
    indexFor: (rule) => indexForRegion(knownRegion ?? rule?.calendar ?? DEFAULT_REGION),
    inputsRead,
    exitCode: ExitCode.Ok,
  };
}

/**
 * Writes one result: JSON on stdout, or text on stdout. `stderrWarnings` are for one-line commands
 * (add, count, …) whose text a script may capture whole; documents carry their warnings inside.
 */
export function emit(context: CommandContext, json: () => unknown, text: () => string, stderrWarnings: readonly Warning[] = []): void {
  if (context.json) {
    context.io.stdout.write(stringifyJson(json()));
    return;
  }
  context.io.stdout.write(text());
  if (stderrWarnings.length > 0) context.io.stderr.write(renderWarnings(context.errorStyle, stderrWarnings));
}

/** The longest error line written: a message echoing a huge input stays one readable line. */
const MAX_MESSAGE = 400;

/**
 * Reports a failure: one line on stderr, and with --json a JSON error object on stdout. Whatever
 * the message echoes (commander repeats an unknown option as typed) is made one visible line.
 */
export function reportError(io: CliIo, json: boolean, code: ErrorJson['error']['code'], message: string, input?: string): void {
  const shown = visible(message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message);
  io.stderr.write(`ofsted-deadline: ${shown}\n`);
  if (json) io.stdout.write(stringifyJson(errorJson(code, shown, input)));
}

export function isDeadlineError(error: unknown): error is DeadlineError {
  return error instanceof DeadlineError;
}
