import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { ofstedDeadlines } from '../../src/core/deadline.js';
import { FIXTURE_FIRST_YEAR, FIXTURE_LAST_YEAR } from '../helpers/fixtures.js';
import { refAdd, refDay, refIsWorkingDay, refIso } from '../helpers/reference-working-days.js';

const index = builtInIndex('england-and-wales');

/** Receipts anywhere in the announced years, 1990–2028 (the deadline may run into 2029). */
const receipt = fc.integer({ min: refDay(`${FIXTURE_FIRST_YEAR}-01-01`), max: refDay(`${FIXTURE_LAST_YEAR}-12-31`) });

describe('ofstedDeadlines agrees with the day-by-day reference on any receipt 1990–2028', () => {
  it('day 1, the three milestones, calendar days and every skipped day', () => {
    fc.assert(
      fc.property(receipt, fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }), (day, days) => {
        const result = ofstedDeadlines(index, day, days === undefined ? {} : { days });
        const headline = days ?? 70;
        const deadline = refAdd(day, headline)!;
        expect(result.receiptDate).toBe(refIso(day));
        expect(result.firstCountedDay).toBe(refIso(refAdd(day, 1)!));
        expect(result.deadline).toBe(refIso(deadline));
        expect(result.calendarDays).toBe(deadline - day);
        const expectedMilestones = [
          [days === undefined ? 'written-statement' : 'custom', headline],
          ['publish-report', 30],
          ['draft-action-plan', 20],
        ] as const;
        for (const [rule, n] of expectedMilestones) {
          expect(result.milestones.find((m) => m.rule === rule)).toMatchObject({ workingDays: n, date: refIso(refAdd(day, n)!), calendarDays: refAdd(day, n)! - day });
        }
        // Skipped days: exactly the non-working days after receipt up to the deadline.
        const skipped: string[] = [];
        for (let d = day + 1; d <= deadline; d++) if (!refIsWorkingDay(d)) skipped.push(refIso(d));
        expect(result.skippedDays.map((s) => s.date)).toEqual(skipped);
        const weekdaysSkipped = skipped.filter((iso) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay()));
        expect(result.holidaysSkipped.map((h) => h.date)).toEqual(weekdaysSkipped);
        // Warnings: before-in-force exactly for receipts before 1 April 2007; beyond-horizon exactly
        // when some milestone reaches 2029.
        const codes = result.warnings.map((w) => w.code);
        expect(codes.includes('before-in-force')).toBe(refIso(day) < '2007-04-01');
        const latest = Math.max(...result.milestones.map((m) => refDay(m.date)));
        expect(codes.includes('beyond-horizon')).toBe(refIso(latest) > `${FIXTURE_LAST_YEAR}-12-31`);
      }),
      { numRuns: 500 },
    );
  });
});
