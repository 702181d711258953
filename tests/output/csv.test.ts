import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { parseIsoDay } from '../../src/core/day.js';
import { buildSchedule } from '../../src/core/schedule.js';
import { CSV_COLUMNS, renderRemindersCsv } from '../../src/output/csv.js';
import { HOSTILE_TITLES } from '../helpers/hostile-titles.js';

const index = builtInIndex('england-and-wales');
const FORMULA_START = /^[=+\-@\t\r]/;

/** The documented rule back: remove one leading quote wherever there is one. */
const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

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

describe('renderRemindersCsv with any title', () => {
  it('always parses back to the same labels, no cell a formula', async () => {
    const fc = (await import('fast-check')).default;
    const hostileUnit = fc.constantFrom('=', '+', '-', '@', ',', ';', '"', "'", '\n', '\r\n', '\\', '\t', ' ', 'a', 'é', '🎉');
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, minLength: 1, maxLength: 80 }), (title) => {
        const schedule = buildSchedule(index, parseIsoDay('2014-12-10')!, { title, before: [1] });
        const rows = parse(renderRemindersCsv(schedule, '2015-03-16'), { columns: true }) as Record<string, string>[];
        expect(rows.map((row) => unguard(row.label!))).toEqual(schedule.entries.map((entry) => entry.label));
        for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 200 },
    );
  });
});
