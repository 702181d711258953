import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandDate } from '../../src/cli/england-today.js';

/** The time-zone database's answer: what the tool used before, and the reference here. */
const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
function reference(epochMs: number): string {
  const parts = london.formatToParts(new Date(epochMs));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

describe("englandDate: England's calendar date at an instant (Summer Time Act 1972 s1(2), SI 2002/262)", () => {
  it.each([
    // [instant (UTC), England's date, why]
    [Date.UTC(2026, 2, 28, 23, 30), '2026-03-28', 'Sat 28 Mar 2026 23:30 GMT: still winter'],
    [Date.UTC(2026, 2, 29, 0, 59), '2026-03-29', 'Sun 29 Mar 2026 00:59 GMT, the last minute of winter'],
    [Date.UTC(2026, 2, 29, 23, 0), '2026-03-30', 'Sun 29 Mar 23:00 GMT is 00:00 BST on Monday'],
    [Date.UTC(2026, 9, 24, 23, 0), '2026-10-25', 'Sat 24 Oct 23:00 GMT is 00:00 BST on Sunday'],
    [Date.UTC(2026, 9, 25, 23, 0), '2026-10-25', 'Sun 25 Oct 23:00 GMT: summer time ended at 01:00 GMT'],
    [Date.UTC(2026, 11, 31, 23, 59), '2026-12-31', 'New Year’s Eve in GMT'],
    [Date.UTC(2027, 5, 30, 23, 30), '2027-07-01', 'a summer midnight: 00:30 BST on 1 July'],
  ])('%i is %s: %s', (instant, expected) => {
    expect(englandDate(instant)).toBe(expected);
    expect(reference(instant)).toBe(expected);
  });

  it('agrees with the time-zone database at any instant from 2002 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2002, 3, 1), max: Date.UTC(2199, 11, 31) }), (instant) => {
        expect(englandDate(instant)).toBe(reference(instant));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with it either side of every change of the clocks, 2002 to 2199', () => {
    for (let year = 2003; year <= 2199; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of March and October, 01:00 GMT, found by the platform's own calendar.
        const last = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (const delta of [-3_600_001, -1, 0, 1, 22 * 3_600_000, 23 * 3_600_000 - 1, 23 * 3_600_000]) {
          expect(englandDate(change + delta), new Date(change + delta).toISOString()).toBe(reference(change + delta));
        }
      }
    }
  });
});
