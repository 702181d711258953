import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvRow, renderRemindersCsv } from '../../src/output/csv.js';
import { HOSTILE_TITLES } from '../helpers/hostile-titles.js';
import { day, entriesOf, scheduleOf } from '../helpers/schedule.js';

const FORMULA_START = /^ *[=+\-@\t\r]/;

/** The documented rule back: remove one leading quote wherever there is one. */
const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

describe('renderRemindersCsv', () => {
  const schedule = scheduleOf('2014-12-10');
  const entries = entriesOf(schedule);
  const csv = renderRemindersCsv(schedule, day('2015-03-16'));
  const rows = parse(csv, { columns: true }) as Record<string, string>[];

  it('has a header row and one record per entry, CRLF-terminated (RFC 4180)', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows).toHaveLength(schedule.entries.length);
  });

  it('carries the date, rule, countdown and state of each entry', () => {
    expect(rows.map((r) => [r.date, r.rule, r.workingDaysBeforeDeadline, r.state])).toEqual(
      entries.map((e) => [e.date, e.rule, String(e.workingDaysBeforeDeadline), e.date < '2015-03-16' ? 'past' : e.date === '2015-03-16' ? 'today' : 'upcoming']),
    );
  });

  it.each(HOSTILE_TITLES)('round-trips the title %j intact and inert: %s', (title) => {
    const hostile = scheduleOf('2014-12-10', { title });
    const parsed = parse(renderRemindersCsv(hostile, day('2015-03-16')), { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(parsed).toHaveLength(hostile.entries.length);
    parsed.forEach((row, i) => {
      // No cell may start as a formula …
      for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
      // … and nothing the user typed is lost.
      expect(unguard(row.label!)).toBe(entriesOf(hostile)[i]!.label);
    });
  });
});

describe('renderRemindersCsv with any title', () => {
  it('always parses back to the same labels, no cell a formula', async () => {
    const fc = (await import('fast-check')).default;
    const hostileUnit = fc.constantFrom('=', '+', '-', '@', ',', ';', '"', "'", '\n', '\r\n', '\\', '\t', ' ', 'a', 'é', '🎉');
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, minLength: 1, maxLength: 80 }), (title) => {
        const schedule = scheduleOf('2014-12-10', { title, before: [1] });
        const rows = parse(renderRemindersCsv(schedule, day('2015-03-16')), { columns: true }) as Record<string, string>[];
        expect(rows.map((row) => unguard(row.label!))).toEqual(entriesOf(schedule).map((entry) => entry.label));
        for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 200 },
    );
  });
});

describe('csvField and csvRow: the one CSV writer', () => {
  it.each([
    ['plain', 'plain', 'nothing to quote or guard'],
    ['a,b', '"a,b"', 'a comma is quoted (RFC 4180)'],
    ['say "hi"', '"say ""hi"""', 'quotes are doubled inside quotes'],
    ['two\nlines', '"two\nlines"', 'a bare LF is quoted, not only CRLF'],
    ['cr\ronly', '"cr\ronly"', 'a bare CR is quoted'],
    ['=1+1', "'=1+1", 'a leading = is guarded'],
    ['  =1+1', "'  =1+1", 'a formula after leading spaces is guarded too'],
    ['-5 days', "'-5 days", 'a leading - in text is guarded'],
    ['@SUM(A1)', "'@SUM(A1)", 'a leading @ is guarded'],
    ["'quoted", "''quoted", 'a leading quote gets one more, so the way back is unambiguous'],
    ['=a,b', `"'=a,b"`, 'guarded, then quoted'],
  ])('%j → %j: %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('writes numbers as numbers, a negative count included', () => {
    expect(csvField(-3)).toBe('-3');
  });

  it('ends every record with CRLF', () => {
    expect(csvRow(['a', 1, 'b\nc'])).toBe('a,1,"b\nc"\r\n');
  });
});
