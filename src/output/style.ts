import type { ChalkInstance } from 'chalk';

/** One way of drawing text, chainable as chalk's are: `style.red.bold(text)`. */
export interface Paint {
  (text: string): string;
  readonly bold: Paint;
  readonly inverse: Paint;
}

/**
 * How text is drawn: the colours and weights the renderers use (chalk's, at the level the CLI
 * chose: renderers never decide colour themselves) and the width to wrap prose and tables to.
 */
export interface Style {
  /** 0 for plain text, 1 for ANSI colour (chalk's levels). */
  readonly level: number;
  readonly width: number;
  readonly bold: Paint;
  readonly dim: Paint;
  readonly inverse: Paint;
  readonly red: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly magenta: Paint;
}

/** The width text is wrapped to when nothing says otherwise (not a terminal, no COLUMNS). */
export const DEFAULT_WIDTH = 80;

/** Text unchanged, however chained, as chalk gives it at level 0. */
const unchanged: Paint = Object.defineProperties((text: string) => text, {
  bold: { get: () => unchanged },
  inverse: { get: () => unchanged },
}) as Paint;

/** Plain text: no colour, and no chalk loaded. */
export function plainStyle(width = DEFAULT_WIDTH): Style {
  return { level: 0, width, bold: unchanged, dim: unchanged, inverse: unchanged, red: unchanged, green: unchanged, yellow: unchanged, cyan: unchanged, magenta: unchanged };
}

/**
 * Colour (chalk at level 1) or plain text. chalk is loaded only when colour is wanted: setting up
 * its styles is a third of a millisecond of every start, and most runs (pipes, files, CI) have
 * no colour.
 */
export async function createStyle(colour: boolean, width = DEFAULT_WIDTH): Promise<Style> {
  if (!colour) return plainStyle(width);
  const { Chalk } = await import('chalk');
  const chalk: ChalkInstance = new Chalk({ level: 1 });
  return Object.assign(chalk, { width });
}

/** The length of text as a terminal shows it, without the escape codes colour adds. */
export function visibleLength(text: string): number {
  // Most cells have no colour: no need to run the expression over them (a large table has many).
  // eslint-disable-next-line no-control-regex
  return text.includes('\u001b') ? text.replace(/\u001b\[[0-9;]*m/g, '').length : text.length;
}

/**
 * Prose wrapped at spaces to `width` columns: the first line starts with `first`, the others with
 * `next` (a hanging indent). A word longer than a line stays whole on its own line.
 *
 * @example
 * wrapText('one two three', 9) //=> ['one two', 'three']
 */
export function wrapText(text: string, width: number, first = '', next = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineLength = visibleLength(first);
  let empty = true;
  for (const word of text.split(' ')) {
    const length = visibleLength(word);
    if (!empty && lineLength + 1 + length > width) {
      lines.push(line);
      line = next;
      lineLength = visibleLength(next);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    lineLength += empty ? length : length + 1;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * Rows of cells to aligned lines, two spaces between columns. With a `width`, a last cell that
 * would run past it is wrapped, its continuation lines aligned under its column.
 */
export function table(rows: readonly (readonly string[])[], indent = '  ', width?: number): string[] {
  // Plain loops, and each cell measured once: a register's table can have 100,000 rows.
  const lengths = rows.map((row) => row.map(visibleLength));
  const widths: number[] = [];
  for (const row of lengths) {
    for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i] ?? 0, row[i]!);
  }
  const spaces = (n: number) => (n <= 0 ? '' : ' '.repeat(n));
  const lines: string[] = [];
  rows.forEach((row, r) => {
    const cellLengths = lengths[r]!;
    let lead = indent;
    let leadLength = indent.length;
    for (let i = 0; i < row.length - 1; i++) {
      lead += row[i]! + spaces(widths[i]! - cellLengths[i]! + 2);
      leadLength += Math.max(widths[i]!, cellLengths[i]!) + 2;
    }
    const last = row.at(-1) ?? '';
    const room = width === undefined ? Infinity : width - leadLength;
    if ((cellLengths.at(-1) ?? 0) <= room || room < 16) {
      lines.push((lead + last).trimEnd());
      return;
    }
    const [head = '', ...rest] = wrapText(last, room);
    lines.push((lead + head).trimEnd());
    for (const line of rest) lines.push((' '.repeat(leadLength) + line).trimEnd());
  });
  return lines;
}
