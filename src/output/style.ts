import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk instance whose level the CLI chose; renderers never decide colour themselves. */
export type Style = ChalkInstance;

export function createStyle(colour: boolean): Style {
  return new Chalk({ level: colour ? 1 : 0 });
}

/** The length of text as a terminal shows it, without the escape codes colour adds. */
function visibleLength(text: string): number {
  // Most cells have no colour: no need to run the expression over them (a large table has many).
  // eslint-disable-next-line no-control-regex
  return text.includes('\u001b') ? text.replace(/\u001b\[[0-9;]*m/g, '').length : text.length;
}

/** Pads plain text to a width, ignoring the escape codes colour adds. */
export function padVisible(text: string, width: number): string {
  const visible = visibleLength(text);
  return visible >= width ? text : text + ' '.repeat(width - visible);
}

/** Rows of cells to aligned lines, two spaces between columns. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  }
  return rows.map((row) =>
    (indent + row.map((cell, i) => (i === row.length - 1 ? cell : padVisible(cell, widths[i]!))).join('  ')).trimEnd(),
  );
}
