/**
 * `register` as text: the matters as a table, most urgent first, fitted to the terminal; the
 * warnings once each with the ids they affect (above the table, so nobody copies a date without
 * reading them); a summary line; the rows in error with their lines.
 */
import type { DeadlineResult } from '../core/deadline.js';
import { type Matter, type MatterState, type Register, sortedByUrgency } from '../core/register.js';
import type { WarningCode } from '../core/warnings.js';
import { registerErrorMessage, summaryLine } from './register-words.js';
import { type Style, table } from './style.js';
import { warningMessage, warningSummary } from './warnings.js';
import { human, plural, visible } from './words.js';

export interface RegisterTextOptions {
  /** The terminal's width, when writing to one: long titles and owners are cut to fit. */
  readonly columns?: number | undefined;
}

/** The state as the table shows it: the urgent ones in capitals, so they read without colour. */
const STATE_TEXT: Record<MatterState, string> = {
  overdue: 'OVERDUE',
  'due-today': 'DUE TODAY',
  'due-soon': 'due soon',
  open: 'open',
  'closed-on-time': 'closed on time',
  'closed-late': 'closed late',
};

function paint(style: Style, state: MatterState, text: string): string {
  switch (state) {
    case 'overdue':
      return style.red.bold(text);
    case 'due-today':
      return style.yellow.bold(text);
    case 'due-soon':
      return style.yellow(text);
    case 'open':
      return text;
    case 'closed-on-time':
    case 'closed-late':
      return style.dim(text);
  }
}

/** Working days left, or for a matter closed late how late. */
function leftText(matter: Matter): string {
  if (matter.workingDaysLate !== null) return `${matter.workingDaysLate} late`;
  return matter.workingDaysRemaining === null ? '' : String(matter.workingDaysRemaining);
}

/** A cell cut to `width` characters, the cut marked with `…`, never inside a surrogate pair (an emoji). */
function cut(text: string, width: number): string {
  if (text.length <= width) return text;
  let end = Math.max(0, width - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** The narrowest a cut column gets: its header, or 8 characters. */
const FLOOR = 8;

/** The columns, narrowing the widest free-text one (title, owner) a character at a time until a row fits `columns`. */
function fitted(rows: readonly (readonly string[])[], free: readonly number[], columns: number | undefined): readonly (readonly string[])[] {
  if (columns === undefined) return rows;
  const widths = rows[0]!.map(() => 0);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, cell.length)));
  const floors = new Map(free.map((i) => [i, Math.min(widths[i]!, Math.max(rows[0]![i]!.length, FLOOR))]));
  // Two spaces of indent and two between columns, as table() lays them out.
  let excess = 2 + widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1) - columns;
  while (excess > 0) {
    const widest = free.filter((i) => widths[i]! > floors.get(i)!).sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) break;
    widths[widest]!--;
    excess--;
  }
  return rows.map((row) => row.map((cell, i) => (free.includes(i) ? cut(cell, widths[i]!) : cell)));
}

/** Up to this many distinct sentences of one warning code are listed apiece; more become one line for the code. */
const DISTINCT_MESSAGES = 3;
/** Up to this many ids are named on a warning's line; the rest are counted. */
const IDS_NAMED = 20;

/**
 * Each warning once, with the ids of the matters it concerns: `warning: ... (2 matters: A, B)`.
 * A code whose sentences differ from matter to matter (a receipt on a weekend names its day) is
 * summed up in one line for the code, so a long register gives a few lines, not thousands.
 */
export function registerWarningLines(register: Register, style: Style): string[] {
  // Matters share deadline results (one per calendar, rule and day): each result is worded once.
  const byResult = new Map<DeadlineResult, Matter[]>();
  for (const matter of register.matters) {
    if (matter.result.warnings.length === 0) continue;
    const matters = byResult.get(matter.result);
    if (matters) matters.push(matter);
    else byResult.set(matter.result, [matter]);
  }
  const byCode = new Map<WarningCode, Map<string, Matter[]>>();
  for (const [result, matters] of byResult) {
    for (const warning of result.warnings) {
      let byMessage = byCode.get(warning.code);
      if (!byMessage) byCode.set(warning.code, (byMessage = new Map()));
      const message = visible(warningMessage(warning));
      const known = byMessage.get(message);
      if (known) for (const matter of matters) known.push(matter);
      else byMessage.set(message, [...matters]);
    }
  }
  const line = (message: string, matters: readonly Matter[]) => {
    // In input order, whichever results they came by.
    const ids = [...matters].sort((a, b) => a.line - b.line).map((matter) => matter.id);
    const named = ids.slice(0, IDS_NAMED).map(visible).join(', ');
    const more = ids.length > IDS_NAMED ? ` and ${ids.length - IDS_NAMED} more; every matter's warnings are in --json and --csv` : '';
    return `${style.yellow('warning:')} ${message} (${plural(ids.length, 'matter')}: ${named}${more})`;
  };
  return [...byCode].flatMap(([code, byMessage]) =>
    byMessage.size <= DISTINCT_MESSAGES
      ? [...byMessage].map(([message, matters]) => line(message, matters))
      : [line(`${code}: ${warningSummary(code)}`, [...byMessage.values()].flat())],
  );
}

/** The register as a document for a person. */
export function renderRegisterText(register: Register, style: Style, options: RegisterTextOptions = {}): string {
  const lines = [`${style.bold('Register')} as of ${human(register.today)} (due soon: within ${plural(register.soon, 'working day')})`];
  const warnings = registerWarningLines(register, style);
  if (warnings.length > 0) lines.push(...warnings);
  lines.push('');
  const matters = sortedByUrgency(register.matters);
  if (matters.length === 0) {
    lines.push('  No matters.');
  } else {
    const withTitle = matters.some((matter) => matter.title !== null);
    const withOwner = matters.some((matter) => matter.owner !== null);
    const header = ['ID', ...(withTitle ? ['Title'] : []), ...(withOwner ? ['Owner'] : []), 'Rule', 'Received', 'Deadline', 'Left', 'State'];
    // A long register names the same few hundred days again and again: each is worded once.
    const days = new Map<number, string>();
    const day = (dayNumber: number): string => {
      let text = days.get(dayNumber);
      if (text === undefined) days.set(dayNumber, (text = human(dayNumber)));
      return text;
    };
    const rows = matters.map((matter) => {
      const row = [visible(matter.id)];
      if (withTitle) row.push(visible(matter.title ?? ''));
      if (withOwner) row.push(visible(matter.owner ?? ''));
      row.push(matter.result.rule.id, day(matter.result.event), day(matter.result.deadline), leftText(matter), STATE_TEXT[matter.state]);
      return row;
    });
    const free = [withTitle ? 1 : -1, withOwner ? (withTitle ? 2 : 1) : -1].filter((i) => i >= 0);
    const [head, ...body] = fitted([header, ...rows], free, options.columns);
    // Without colour there is nothing to paint: a long register skips a call a cell.
    const painted = style.level === 0 ? body : body.map((row, r) => row.map((cell) => paint(style, matters[r]!.state, cell)));
    for (const line of table([head!.map((cell) => style.bold(cell)), ...painted])) lines.push(line);
  }
  lines.push('', `${style.bold('Summary:')} ${summaryLine(register.summary)}`);
  if (register.errors.length > 0) {
    lines.push('', style.bold(`Rows in error (${register.errors.length}):`));
    for (const error of register.errors) lines.push(`  line ${error.line}: ${visible(registerErrorMessage(error))} ${style.dim(`[${error.code}]`)}`);
  }
  lines.push('', style.dim('Left: working days after today up to and including the deadline (0 on the deadline day, negative after it); for a matter closed late, how late.'));
  return `${lines.join('\n')}\n`;
}
