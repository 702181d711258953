import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { parseIsoDay } from '../../src/core/day.js';
import { buildSchedule } from '../../src/core/schedule.js';
import { CSV_COLUMNS, renderRemindersCsv } from '../../src/output/csv.js';
import { HOSTILE_TITLES } from '../helpers/hostile-titles.js';

const index = builtInIndex('england-and-wales');
const FORMULA_START = /^[=+\-@\t\r]/;

/** What a spreadsheet shows: the guard's one leading quote removed gives the user's text back. */
const unguard = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

describe('renderRemindersCsv', () => {
  const schedule = buildSchedule(index, parseIsoDay('2014-12-10')!);
  const csv = renderRemindersCsv(schedule, '2015-03-16');
  const rows = parse(csv, { columns: true }) as Record<string, string>[];

  it('has a header row and one record per entry, CRLF-terminated (RFC 4180)', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows).toHaveLength(schedule.entries.length);
  });

  it('carries the date, rule, countdown and state of each entry', () => {
    expect(rows.map((r) => [r.date, r.rule, r.workingDaysBeforeDeadline, r.state])).toEqual(
      schedule.entries.map((e) => [e.date, e.rule, String(e.workingDaysBeforeDeadline), e.date < '2015-03-16' ? 'past' : e.date === '2015-03-16' ? 'today' : 'upcoming']),
    );
  });

  it.each(HOSTILE_TITLES)('round-trips the title %j intact and inert: %s', (title) => {
    const hostile = buildSchedule(index, parseIsoDay('2014-12-10')!, { title });
    const parsed = parse(renderRemindersCsv(hostile, '2015-03-16'), { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(parsed).toHaveLength(hostile.entries.length);
    parsed.forEach((row, i) => {
      // No cell may start as a formula …
      for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
      // … and nothing the user typed is lost.
      expect(unguard(row.label!)).toBe(hostile.entries[i]!.label);
    });
  });
});
