/**
 * `--columns id=Reference,received="Date received"`: a council's own export headers mapped onto
 * the register's fields, resolved from commander's raw string by one function.
 */
import { DeadlineError } from '../../core/errors.js';
import { type ColumnNames, REGISTER_FIELDS, type RegisterField } from '../../core/register.js';

const EXAMPLE = 'e.g. --columns id=Reference,received="Date received"';

/** The text split at commas outside double quotes. */
function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * `field=Header` pairs, comma-separated; a header with a comma goes in double quotes. Each field
 * once, each one of the register's fields (matched case-insensitively).
 *
 * @example
 * parseColumnsOption('id=Reference,received="Date received"') //=> { id: 'Reference', received: 'Date received' }
 */
export function parseColumnsOption(text: string): ColumnNames {
  const columns: { [F in RegisterField]?: string } = {};
  for (const part of splitOutsideQuotes(text)) {
    const separator = part.indexOf('=');
    const field = (separator < 0 ? part : part.slice(0, separator)).trim().toLowerCase();
    const name = separator < 0 ? '' : part.slice(separator + 1).trim().replace(/^"(.*)"$/s, '$1');
    const known = REGISTER_FIELDS.find((candidate) => candidate === field);
    if (known === undefined) {
      throw new DeadlineError('invalid-argument', `invalid --columns ${JSON.stringify(text)}: ${JSON.stringify(field)} is not a register column (${REGISTER_FIELDS.join(', ')}); ${EXAMPLE}`, text);
    }
    if (name.trim() === '') throw new DeadlineError('invalid-argument', `invalid --columns ${JSON.stringify(text)}: no header name for ${known}; ${EXAMPLE}`, text);
    if (columns[known] !== undefined) throw new DeadlineError('invalid-argument', `invalid --columns ${JSON.stringify(text)}: ${known} is mapped twice`, text);
    columns[known] = name;
  }
  return columns;
}
