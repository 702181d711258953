import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import {
  MATTER_STATES,
  type Register,
  type RegisterOptions,
  type RegisterRecord,
  type RegisterValues,
  buildRegister,
  closestRuleId,
  matchColumns,
  registerEvents,
  sortedByUrgency,
  recordOfElement,
  valuesOfObject,
} from '../../src/core/register.js';
import { RULES, type Rule } from '../../src/core/rules.js';
import { deadline as libraryDeadline } from '../../src/index.js';
import { isoOfDayNumber as iso } from '../helpers/errors.js';
import { day } from '../helpers/schedule.js';

/*
 * Deadlines here are worked by hand from the bank holidays of 2025 (tests/fixtures): England and
 * Wales 1 Jan, 18 and 21 Apr; the UK (FOI, EIR) adds Scotland's 2 Jan and Northern Ireland's
 * 17 Mar. FOI received Mon 3 Feb 2025: day 1 Tue 4 Feb, four weeks with no holiday, so the 20th
 * working day is Mon 3 Mar 2025.
 */

const indexFor = (rule: Rule) => builtInIndex(rule.calendar);

function optionsOn(today: string, extra: Partial<RegisterOptions> = {}): RegisterOptions {
  return { today: day(today), soon: 5, defaultRule: RULES['written-statement'], indexFor, ...extra };
}

/** Rows from line 2 on, as a CSV file with a header numbers them. */
function registerOf(rows: readonly RegisterValues[], today: string, extra: Partial<RegisterOptions> = {}): Register {
  return buildRegister(
    rows.map((values, i) => ({ line: i + 2, values })),
    optionsOn(today, extra),
  );
}

const FOI = { id: 'FOI-1', received: '2025-02-03', rule: 'foi' } as const;

describe('buildRegister: the state of a matter on a day', () => {
  it.each<[today: string, closed: string | undefined, state: string, remaining: number | null, late: number | null, why: string]>([
    ['2025-03-03', undefined, 'due-today', 0, null, 'the deadline day: 0 left, still in time'],
    ['2025-03-04', undefined, 'overdue', -1, null, 'the day after the deadline'],
    ['2025-02-24', undefined, 'due-soon', 5, null, 'Mon 24 Feb: 25, 26, 27, 28 Feb and 3 Mar left, exactly --soon 5'],
    ['2025-02-21', undefined, 'open', 6, null, 'Fri 21 Feb: six working days left, one more than --soon'],
    ['2025-03-01', undefined, 'due-soon', 1, null, 'a Saturday before a Monday deadline'],
    ['2025-02-03', undefined, 'open', 20, null, 'the day of receipt: the whole period left'],
    ['2025-03-10', '2025-03-03', 'closed-on-time', null, null, 'closed on the deadline day'],
    ['2025-03-10', '2025-02-03', 'closed-on-time', null, null, 'closed the day it was received'],
    ['2025-03-10', '2025-03-05', 'closed-late', null, 2, 'closed Wed 5 Mar: Tue 4 and Wed 5 late'],
    ['2025-03-10', '2025-03-08', 'closed-late', null, 4, 'closed Sat 8 Mar: 4 to 7 Mar late, the Saturday adds none'],
    ['2025-03-10', '2025-03-12', 'overdue', -5, null, 'closed after today: still open on it (4, 5, 6, 7 and 10 Mar have passed)'],
  ])('on %s, closed %s: %s', (today, closed, state, remaining, late, why) => {
    const register = registerOf([{ ...FOI, ...(closed === undefined ? {} : { closed }) }], today);
    expect(register.errors).toEqual([]);
    const [matter] = register.matters;
    expect(iso(matter!.result.deadline)).toBe('2025-03-03');
    expect([matter!.state, matter!.workingDaysRemaining, matter!.workingDaysLate], why).toEqual([state, remaining, late]);
  });

  it('counts a weekend straight after a Friday deadline as overdue, with 0 working days remaining', () => {
    // FOI received Fri 31 Jan 2025: day 1 Mon 3 Feb, four weeks → Fri 28 Feb.
    const [matter] = registerOf([{ id: 'F', received: '2025-01-31', rule: 'foi' }], '2025-03-01').matters;
    expect([iso(matter!.result.deadline), matter!.state, matter!.workingDaysRemaining]).toEqual(['2025-02-28', 'overdue', 0]);
  });

  it('has no due-soon state with --soon 0', () => {
    const [matter] = registerOf([FOI], '2025-02-28', { soon: 0 }).matters;
    expect([matter!.workingDaysRemaining, matter!.state]).toEqual([1, 'open']);
  });

  it('counts each state, and the errors, in the summary', () => {
    const register = registerOf(
      [
        { id: 'A', received: '2025-01-31', rule: 'foi' }, // Fri 28 Feb: overdue on 3 Mar
        { ...FOI, id: 'B' }, // due today
        { id: 'C', received: '2025-02-07', rule: 'sar' }, // one month: Fri 7 Mar, 4 left
        { id: 'D', received: '2025-02-27', rule: 'eir' }, // Fri 28 Mar (NI's 17 Mar skipped), 18 left
        { ...FOI, id: 'E', closed: '2025-02-28' },
        { ...FOI, id: 'F', closed: '2025-03-03', received: '2025-01-20' }, // deadline Mon 17 Feb
        { id: 'G' },
      ],
      '2025-03-03',
    );
    expect(register.summary).toEqual({ overdue: 1, 'due-today': 1, 'due-soon': 1, open: 1, 'closed-on-time': 1, 'closed-late': 1, errors: 1 });
    expect(register.matters.map((m) => [m.id, iso(m.result.deadline), m.state])).toEqual([
      ['A', '2025-02-28', 'overdue'],
      ['B', '2025-03-03', 'due-today'],
      ['C', '2025-03-07', 'due-soon'],
      ['D', '2025-03-28', 'open'],
      ['E', '2025-03-03', 'closed-on-time'],
      ['F', '2025-02-17', 'closed-late'],
    ]);
  });
});

describe('buildRegister: every row gives one matter or one error, with its line', () => {
  const GOOD = { id: 'OK', received: '2025-02-03' };
  it.each<[values: RegisterValues, code: string, facts: Record<string, unknown>, why: string]>([
    [{ received: '2025-02-03' }, 'missing-id', {}, 'no id at all'],
    [{ id: '   ', received: '2025-02-03' }, 'missing-id', {}, 'an id of spaces'],
    [{ id: 'X' }, 'missing-received', {}, 'no received date'],
    [{ id: 'X', received: '' }, 'missing-received', {}, 'a blank received date'],
    [{ id: 'X', received: '31/02/2025' }, 'invalid-date', { field: 'received', input: '31/02/2025', problem: { kind: 'no-such-day', year: 2025, month: 2, day: 31 } }, 'no 31 February'],
    [{ id: 'X', received: 'next week' }, 'invalid-date', { field: 'received', problem: { kind: 'format' } }, 'not a date'],
    [{ id: 'X', received: '2025-02-03', closed: '2025-13-01' }, 'invalid-date', { field: 'closed', problem: { kind: 'no-such-day', year: 2025, month: 13, day: 1 } }, 'no month 13'],
    [{ id: 'X', received: '1989-12-29' }, 'out-of-range', { field: 'received', firstYear: 1990, lastYear: 2199 }, 'before 1990'],
    [{ id: 'X', received: '2025-02-03', closed: '2200-01-01' }, 'out-of-range', { field: 'closed' }, 'closed after 2199'],
    [{ id: 'X', received: '2199-12-01' }, 'out-of-range', { field: 'deadline', input: '2199-12-01' }, 'a deadline 70 working days later falls in 2200'],
    [{ id: 'X', received: '2025-02-03', rule: 'fio' }, 'unknown-rule', { input: 'fio', closest: 'foi' }, 'a transposition'],
    [{ id: 'X', received: '2025-02-03', rule: 'written statement' }, 'unknown-rule', { closest: 'written-statement' }, 'a space for a hyphen'],
    [{ id: 'X', received: '2025-02-03', rule: 'planning appeal' }, 'unknown-rule', { closest: null }, 'nothing near it'],
    [{ id: 'X', received: '2025-02-10', closed: '2025-02-07' }, 'closed-before-received', { closed: day('2025-02-07'), received: day('2025-02-10') }, 'closed three days before it came in'],
    [{ id: { nested: true }, received: '2025-02-03' }, 'unreadable-row', { reason: 'not-text', field: 'id', type: 'object' }, 'an object for an id'],
    [{ id: 'X', received: 20250203 }, 'unreadable-row', { reason: 'not-text', field: 'received', type: 'number' }, 'a number for a date'],
    [{ id: 'X', received: '2025-02-03', title: ['a'] }, 'unreadable-row', { reason: 'not-text', field: 'title', type: 'array' }, 'an array for a title'],
  ])('%j is %s: %s', (values, code, facts, why) => {
    const register = registerOf([GOOD, values, { ...GOOD, id: 'OK2' }], '2025-03-03');
    expect(register.errors, why).toEqual([expect.objectContaining({ line: 3, code, ...facts })]);
    // The good rows around it still come out.
    expect(register.matters.map((m) => [m.line, m.id])).toEqual([
      [2, 'OK'],
      [4, 'OK2'],
    ]);
    expect(register.summary.errors).toBe(1);
  });

  it('passes a row the reader could not read through as an error on its line', () => {
    const records: RegisterRecord[] = [
      { line: 2, values: GOOD },
      { line: 5, unreadable: { reason: 'extra-fields', fields: 7, columns: 6 } },
    ];
    const register = buildRegister(records, optionsOn('2025-03-03'));
    expect(register.errors).toEqual([{ line: 5, code: 'unreadable-row', reason: 'extra-fields', fields: 7, columns: 6 }]);
  });

  it('keeps the first of two rows with one id and names its line in the error of the second', () => {
    const register = registerOf([GOOD, { ...GOOD, received: '2025-02-04' }, { id: ' OK ', received: '2025-02-05' }], '2025-03-03');
    expect(register.matters.map((m) => [m.line, iso(m.result.event)])).toEqual([[2, '2025-02-03']]);
    expect(register.errors).toEqual([
      { line: 3, code: 'duplicate-id', id: 'OK', firstLine: 2 },
      { line: 4, code: 'duplicate-id', id: 'OK', firstLine: 2 },
    ]);
  });

  it('counts an id as used even on a row in error, so a fix cannot silently create a duplicate', () => {
    const register = registerOf([{ id: 'A', received: '31/02/2025' }, { id: 'A', received: '2025-02-03' }], '2025-03-03');
    expect(register.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'invalid-date'],
      [3, 'duplicate-id'],
    ]);
  });

  it('lets an agenda be published (closed) before its meeting, the date the row gives', () => {
    // Meeting Mon 13 Jan 2025: six working days before it (10, 9, 8, 7, 6, 3 Jan) → publish by Fri 3 Jan.
    const [matter] = registerOf([{ id: 'Cabinet', received: '2025-01-13', rule: 'agenda', closed: '2025-01-02' }], '2025-01-13').matters;
    expect([iso(matter!.result.deadline), matter!.state]).toEqual(['2025-01-03', 'closed-on-time']);
  });

  it('accepts every row of any mixture, good and bad, exactly once', async () => {
    const fc = (await import('fast-check')).default;
    const value = fc.constantFrom<unknown>(undefined, '', 'A', 'B', '2025-02-03', '31/02/2025', '1989-01-01', 'foi', 'sar', 'fio', 7, null, { x: 1 });
    const row = fc.record({ id: value, received: value, rule: value, closed: value, title: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const register = registerOf(rows, '2025-03-03');
        const lines = [...register.matters.map((m) => m.line), ...register.errors.map((e) => e.line)].sort((a, b) => a - b);
        expect(lines).toEqual(rows.map((_, i) => i + 2));
        const { errors, ...states } = register.summary;
        expect(errors).toBe(register.errors.length);
        expect(Object.values(states).reduce((a, b) => a + b, 0)).toBe(register.matters.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildRegister: what a row says', () => {
  it('reads rule ids whatever their case and spacing, and takes the default rule for a blank one', () => {
    const register = registerOf(
      [
        { id: 'A', received: '2025-02-03', rule: 'FOI' },
        { id: 'B', received: '2025-02-03', rule: ' Sar ' },
        { id: 'C', received: '2025-02-03', rule: '' },
        { id: 'D', received: '2025-02-03' },
      ],
      '2025-03-03',
      { defaultRule: RULES['publish-report'] },
    );
    expect(register.matters.map((m) => m.result.rule.id)).toEqual(['foi', 'sar', 'publish-report', 'publish-report']);
  });

  it('takes a number as an id, title or owner, and trims them', () => {
    const [matter] = registerOf([{ id: 1042, received: ' 03/02/2025 ', title: 7, owner: '  IG team ' }], '2025-03-03').matters;
    expect([matter!.id, matter!.title, matter!.owner, iso(matter!.result.event)]).toEqual(['1042', '7', 'IG team', '2025-02-03']);
  });

  it('gives every matter the deadline and warnings that the default command (and the library) gives', () => {
    const rows = [
      { id: 'A', received: '2014-12-13' }, // a Saturday, before the 2018 practice: day 1 Mon 15 Dec, two after 10 Dec's
      { id: 'B', received: '2030-06-03' }, // beyond the 2028 horizon
      { id: 'C', received: '2025-01-02', rule: 'foi' }, // Scotland's 2 January counts for FOI
      { id: 'D', received: '2023-01-31', rule: 'sar' }, // no 31 February: Tue 28 Feb
      { id: 'E', received: '2015-01-13', rule: 'agenda' },
    ];
    const register = registerOf(rows, '2025-03-03');
    expect(register.errors).toEqual([]);
    for (const [i, matter] of register.matters.entries()) {
      const { received, rule } = rows[i]!;
      const expected = libraryDeadline(received, rule === undefined ? {} : { rule: rule as 'foi' });
      expect([matter.id, iso(matter.result.deadline), matter.result.warnings.map((w) => w.code)]).toEqual([
        matter.id,
        expected.deadline,
        expected.warnings.map((w) => w.code),
      ]);
    }
    expect(register.matters.map((m) => iso(m.result.deadline))).toEqual(['2015-03-25', '2030-09-10', '2025-01-30', '2023-02-28', '2015-01-05']);
  });

  it('counts a weekend receipt the deemed way when asked, and an agenda meeting never', () => {
    // Sat 12 Jan 2019 deemed received Mon 14: + 14 weeks → Mon 22 Apr, with Good Friday 19 and
    // Easter Monday 22 Apr skipped → Wed 24 Apr (tests/cli/one-model.test.ts walks the same).
    const register = registerOf(
      [
        { id: 'A', received: '2019-01-12' },
        { id: 'B', received: '2015-01-13', rule: 'agenda' },
      ],
      '2019-03-01',
      { receiptConvention: 'deemed-next-working-day' },
    );
    expect(register.matters.map((m) => iso(m.result.deadline))).toEqual(['2019-04-24', '2015-01-05']);
  });
});

describe('matchColumns and valuesOfObject', () => {
  it('match names case-insensitively, spaces around them ignored, the first match winning', () => {
    expect(matchColumns([' ID ', 'RECEIVED', 'Title', 'id'])).toEqual({ id: 0, received: 1, title: 2 });
  });

  it('use the names --columns gives in place of the fields’ own', () => {
    expect(matchColumns(['Reference', 'Date received', 'id'], { id: 'reference', received: 'Date Received' })).toEqual({ id: 0, received: 1 });
  });

  it('read an object’s keys the same way', () => {
    expect(valuesOfObject({ Reference: 'R1', 'DATE RECEIVED': '2025-02-03', Other: 1 }, { id: 'reference', received: 'date received' })).toEqual({
      id: 'R1',
      received: '2025-02-03',
    });
  });

  it.each([
    ['a number', 7, 'number'],
    ['null', null, 'null'],
    ['an array', ['A', '2025-02-03'], 'array'],
    ['text', 'A,2025-02-03', 'string'],
  ])('make %s, not an object, an unreadable record naming its JSON type', (_name, element, type) => {
    expect(recordOfElement(element, 4)).toEqual({ line: 4, unreadable: { reason: 'not-an-object', type } });
  });

  it('make an object a record of its values', () => {
    expect(recordOfElement({ ID: 'A', received: '2025-02-03' }, 2)).toEqual({ line: 2, values: { id: 'A', received: '2025-02-03' } });
  });
});

describe('closestRuleId', () => {
  it.each([
    ['written-statment', 'written-statement'],
    ['publish report', 'publish-report'],
    ['FIO', 'foi'],
    ['sars', 'sar'],
    ['agnda', 'agenda'],
    ['planning appeal', null],
    ['x', null],
  ])('%s → %s', (text, closest) => {
    expect(closestRuleId(text)).toBe(closest);
  });
});

describe('sortedByUrgency', () => {
  it('puts open matters first (overdue, due today, due soon, open), then closed ones, each by deadline', () => {
    const register = registerOf(
      [
        { id: 'closed-early', received: '2025-01-06', rule: 'foi', closed: '2025-01-30' },
        { id: 'open-late', received: '2025-01-15' },
        { id: 'overdue', received: '2025-01-31', rule: 'foi' },
        { id: 'open-soon', received: '2025-02-27', rule: 'eir' },
        { id: 'due-today', received: '2025-02-03', rule: 'foi' },
        { id: 'closed-late', received: '2025-01-02', rule: 'foi', closed: '2025-02-28' },
        { id: 'due-soon', received: '2025-02-07', rule: 'sar' },
      ],
      '2025-03-03',
    );
    expect(sortedByUrgency(register.matters).map((m) => m.id)).toEqual([
      'overdue',
      'due-today',
      'due-soon',
      'open-soon',
      'open-late',
      'closed-late',
      'closed-early',
    ]);
    expect(MATTER_STATES[0]).toBe('overdue');
  });
});

describe('registerEvents', () => {
  // Written statement received Wed 15 Jan 2025: draft plan Wed 12 Feb (20), report Wed 26 Feb
  // (30), statement Fri 25 Apr (70; Good Friday 18 and Easter Monday 21 Apr skipped).
  const register = registerOf(
    [
      { id: 'OFS', received: '2025-01-15' },
      { id: 'DONE', received: '2025-01-06', rule: 'foi', closed: '2025-01-30' },
      { id: 'FOI', received: '2025-02-03', rule: 'foi' },
    ],
    '2025-03-03',
  );

  it('has an event per milestone of every open matter, and none for a closed one', () => {
    const events = registerEvents(register, indexFor);
    expect(events.map((e) => [e.matter.id, e.milestone.rule.id, iso(e.milestone.date)])).toEqual([
      ['OFS', 'draft-action-plan', '2025-02-12'],
      ['OFS', 'publish-report', '2025-02-26'],
      ['OFS', 'written-statement', '2025-04-25'],
      ['FOI', 'foi', '2025-03-03'],
    ]);
  });

  it('reminds 20, 10, 5, 2 and 1 working days before each, where shorter than the working days from receipt to it', () => {
    const events = registerEvents(register, indexFor);
    const reminders = events.map((e) => e.reminders.map((r) => `${r.workingDays}:${iso(r.day)}`));
    expect(reminders).toEqual([
      // 20 is the draft plan's whole period: no reminder on the day of receipt.
      ['10:2025-01-29', '5:2025-02-05', '2:2025-02-10', '1:2025-02-11'],
      ['20:2025-01-29', '10:2025-02-12', '5:2025-02-19', '2:2025-02-24', '1:2025-02-25'],
      // Counting back from Fri 25 Apr skips Easter Monday 21 and Good Friday 18 Apr: 5 before is Wed 16 Apr.
      ['20:2025-03-26', '10:2025-04-09', '5:2025-04-16', '2:2025-04-23', '1:2025-04-24'],
      ['10:2025-02-17', '5:2025-02-24', '2:2025-02-27', '1:2025-02-28'],
    ]);
  });

  it('takes other reminders in place of the default, dropping any as long as the period', () => {
    const events = registerEvents(register, indexFor, [3, 25, 3]);
    expect(events.map((e) => e.reminders.map((r) => r.workingDays))).toEqual([[3], [25, 3], [25, 3], [3]]);
  });
});
