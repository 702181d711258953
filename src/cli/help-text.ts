/**
 * The text after a command's `--help` (examples, codes, notes), wrapped to the width commander
 * wraps its own sections to (the terminal, COLUMNS, or 80): prose is re-flowed, and an example
 * too wide keeps its command on one line and moves its comment to the next.
 */
import type { Command } from 'commander';
import { DEFAULT_WIDTH, wrapText } from '../output/style.js';

const EXAMPLE = /^(\s+\$ \S.*?)(\s{2,})(\S.*)$/;

/** Help text wrapped to `width`. */
export function wrapHelp(text: string, width: number): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(...wrapText(paragraph.join(' '), width));
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    // Blank lines, headings (a short line ending in a colon that starts a paragraph), examples and
    // indented lines (sample output) keep their shape.
    if (line.trim() === '' || /^\s/.test(line) || (paragraph.length === 0 && /:$/.test(line) && line.length <= width)) {
      flush();
      const example = line.length > width ? EXAMPLE.exec(line) : null;
      if (example) out.push(...(example[1]!.length > width ? continued(example[1]!, width) : [example[1]!]), `      # ${example[3]!}`);
      else if (line.length > width && /^\s+\$ /.test(line)) out.push(...continued(line, width));
      else out.push(line);
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

/** A long shell command over several lines, joined by ` \\` continuations. */
function continued(line: string, width: number): string[] {
  const words = line.trimStart().split(' ');
  const indent = line.slice(0, line.length - line.trimStart().length);
  return wrapText(words.join(' '), width - 2, indent, `${indent}    `).map((part, i, all) => (i < all.length - 1 ? `${part} \\` : part));
}

/** Adds text after a command's help, wrapped when the help is shown. */
export function addAfterHelp(command: Command, text: string): Command {
  return command.addHelpText('after', ({ command: shown }) => wrapHelp(text, shown.configureOutput().getOutHelpWidth?.() ?? DEFAULT_WIDTH));
}
