/**
 * Build time only: the man page, ofsted-deadline(1), written from the same commander definitions
 * that `--help` prints, so the two cannot drift apart. `npm run man` writes man/ofsted-deadline.1;
 * a test fails while the committed page is stale.
 */
import type { Command, Option } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { VERSION } from '../../src/cli/version.js';

/** roff text: backslashes, a leading dot or quote, and hyphens escaped. */
function roff(text: string): string {
  return text
    .replaceAll('\\', '\\e')
    .replaceAll('-', '\\-')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

function optionEntry(option: Option): string {
  return `.TP\n.B ${roff(option.flags)}\n${roff(option.description)}${option.argChoices ? ` (one of: ${roff(option.argChoices.join(', '))})` : ''}`;
}

function commandUsage(command: Command): string {
  return `${command.parent ? `${command.parent.name()} ` : ''}${command.name()} ${command.usage()}`;
}

function section(command: Command): string[] {
  const options = command.options.filter((option) => !option.hidden);
  return [`.SS ${roff(command.name())}`, `.B ${roff(commandUsage(command))}`, '.PP', roff(command.description()), ...options.map(optionEntry)];
}

/** The whole page, in man(7) roff. */
export function renderManPage(): string {
  const program = buildProgram(
    { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false, today: '2026-01-01' },
    { exitCode: 0 },
  );
  // The examples, warning codes and exit codes are the program's own "after" help text.
  let after = '';
  program.configureOutput({ writeOut: (text) => void (after += text), writeErr: () => undefined });
  program.outputHelp();
  const afterHelp = after.slice(after.indexOf('\nExamples:') + 1);
  return [
    `.TH OFSTED\\-DEADLINE 1 "" "ofsted\\-deadline ${roff(VERSION)}" "User Commands"`,
    '.SH NAME',
    'ofsted\\-deadline \\- statutory working\\-day deadlines after an Ofsted inspection report',
    '.SH SYNOPSIS',
    `.B ${roff(commandUsage(program))}`,
    '.br',
    '.B ofsted\\-deadline',
    '.I command',
    '[options] [arguments]',
    '.SH DESCRIPTION',
    roff(program.description()),
    '.SH OPTIONS',
    ...program.options.filter((option) => !option.hidden).map(optionEntry),
    '.SH COMMANDS',
    ...program.commands.flatMap(section),
    '.SH NOTES',
    '.nf',
    roff(afterHelp.trimEnd()),
    '.fi',
    '.SH ENVIRONMENT',
    '.TP',
    '.B OFSTED_DEADLINE_TODAY',
    'Pins the meaning of the word \\fBtoday\\fR (YYYY\\-MM\\-DD), for reproducible scripts.',
    '.TP',
    '.B OFSTED_DEADLINE_HOLIDAYS_FILE',
    'A gov.uk bank\\-holidays.json file used when \\fB\\-\\-holidays\\-file\\fR is not given.',
    '.TP',
    '.B NO_COLOR, FORCE_COLOR, TERM',
    'Colour is used only on a terminal; never with NO_COLOR or TERM=dumb; FORCE_COLOR forces it.',
    '.SH SEE ALSO',
    'The README and the JSON Schema (schema/ofsted\\-deadline.schema.json) in the package.',
    '',
  ].join('\n');
}
