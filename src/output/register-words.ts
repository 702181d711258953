/**
 * The words of a register, shared by its renderers (text, JSON, CSV, iCalendar) and the library:
 * each error code with its facts as one line, each state as people say it, and the summary.
 */
import type { MatterState, RegisterError, RegisterSummary } from '../core/register.js';
import { MATTER_STATES } from '../core/register.js';
import { RULE_IDS } from '../core/rules.js';
import { human, noSuchDay, plural, quoteInput } from './words.js';

/** The date forms a register's dates may take. */
export const REGISTER_DATE_FORMATS = 'YYYY-MM-DD or DD/MM/YYYY';

/** A state as a sentence says it: `due today`, `closed late`. */
export function stateWords(state: MatterState): string {
  return state.replaceAll('-', ' ');
}

/**
 * One register error as one line, without its line number (a JSON record carries that beside it).
 * Inputs are quoted with `quoteInput`, so no text from the file can break the line.
 *
 * @example
 * registerErrorMessage({ line: 7, code: 'duplicate-id', id: 'FOI-1', firstLine: 3 }) //=> 'duplicate id "FOI-1": already used on line 3'
 */
export function registerErrorMessage(error: RegisterError): string {
  switch (error.code) {
    case 'unreadable-row':
      switch (error.reason) {
        case 'not-an-object':
          return `unreadable row: a JSON ${error.type}, not an object with id, received and the other columns`;
        case 'not-text':
          return `unreadable row: its ${error.field} is a JSON ${error.type}, not text`;
        case 'extra-fields':
          return `unreadable row: ${error.fields} fields where the header has ${error.columns} columns (a comma in a field that should be in quotes?)`;
        case 'malformed':
          return `unreadable row: ${error.detail}`;
      }
      break;
    case 'missing-id':
      return 'no id: every row needs one, unique in the register';
    case 'duplicate-id':
      return `duplicate id ${quoteInput(error.id)}: already used on line ${error.firstLine}`;
    case 'missing-received':
      return `no received date: expected ${REGISTER_DATE_FORMATS}`;
    case 'invalid-date': {
      const why = error.problem.kind === 'no-such-day' ? `${noSuchDay(error.problem)}; ` : '';
      return `invalid ${error.field} date ${quoteInput(error.input)}: ${why}expected ${REGISTER_DATE_FORMATS}`;
    }
    case 'out-of-range':
      return error.field === 'deadline'
        ? `the deadline for received date ${quoteInput(error.input)} falls outside the supported years ${error.firstYear}–${error.lastYear}`
        : `${error.field} date ${quoteInput(error.input)} is outside the supported years ${error.firstYear}–${error.lastYear}`;
    case 'unknown-rule':
      return `unknown rule ${quoteInput(error.input)}: ${error.closest === null ? '' : `did you mean "${error.closest}"? `}expected one of ${RULE_IDS.join(', ')}`;
    case 'closed-before-received':
      return `closed ${human(error.closed)} is before received ${human(error.received)}`;
  }
}

/**
 * The counts of a register in one line.
 *
 * @example
 * summaryLine({ overdue: 1, 'due-today': 0, 'due-soon': 2, open: 3, 'closed-on-time': 1, 'closed-late': 1, errors: 1 })
 * //=> '8 matters: 1 overdue, 0 due today, 2 due soon, 3 open, 1 closed on time, 1 closed late; 1 row in error'
 */
export function summaryLine(summary: RegisterSummary): string {
  const matters = MATTER_STATES.reduce((total, state) => total + summary[state], 0);
  const states = MATTER_STATES.map((state) => `${summary[state]} ${stateWords(state)}`).join(', ');
  return `${plural(matters, 'matter')}: ${states}; ${plural(summary.errors, 'row')} in error`;
}
