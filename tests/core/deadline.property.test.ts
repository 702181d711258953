import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { computeDeadline } from '../../src/core/deadline.js';
import { OFSTED_RULES } from '../../src/core/rules.js';
import { FIXTURE_FIRST_YEAR, FIXTURE_LAST_YEAR } from '../helpers/fixtures.js';
import { refAdd, refDay, refIsWorkingDay, refIso } from '../helpers/reference-working-days.js';

const index = builtInIndex('england-and-wales');

/** Receipts anywhere in the announced years, 1990–2028 (the deadline may run into 2029). */
const receipt = fc.integer({ min: refDay(`${FIXTURE_FIRST_YEAR}-01-01`), max: refDay(`${FIXTURE_LAST_YEAR}-12-31`) });

describe('computeDeadline agrees with the day-by-day reference on any receipt 1990–2028', () => {
  it('day 1, the three milestones, calendar days and every skipped day', () => {
    fc.assert(
      fc.property(receipt, fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }), (day, days) => {
        const result = computeDeadline(index, { rule: OFSTED_RULES['written-statement'], event: day, ...(days === undefined ? {} : { workingDays: days }) });
        const headline = days ?? 70;
        const deadline = refAdd(day, headline)!;
        expect(result.event).toBe(day);
        expect(result.firstCountedDay).toBe(refAdd(day, 1));
        expect(result.deadline).toBe(deadline);
        expect(result.calendarDays).toBe(deadline - day);
        // The headline and every Ofsted milestone due by it, each on the reference's day.
        const expectedMilestones = [
          [days === undefined ? 'written-statement' : 'custom', headline],
          ['publish-report', 30],
          ['draft-action-plan', 20],
        ].filter(([, n]) => (n as number) <= headline);
        expect(result.milestones.map((m) => m.rule.id).sort()).toEqual(expectedMilestones.map(([rule]) => rule).sort());
        for (const [rule, n] of expectedMilestones as [string, number][]) {
          expect(result.milestones.find((m) => m.rule.id === rule)).toMatchObject({ date: refAdd(day, n), calendarDays: refAdd(day, n)! - day });
        }
        // Skipped days: exactly the non-working days after receipt up to the deadline.
        const skipped: number[] = [];
        for (let d = day + 1; d <= deadline; d++) if (!refIsWorkingDay(d)) skipped.push(d);
        expect(result.skippedDays.map((s) => s.day)).toEqual(skipped);
        const weekdaysSkipped = skipped.filter((d) => ![0, 6].includes(new Date(`${refIso(d)}T00:00:00Z`).getUTCDay()));
        expect(result.skippedDays.filter((s) => s.reason.kind === 'holiday').map((s) => s.day)).toEqual(weekdaysSkipped);
        // Warnings: before-in-force for SI 2007/462 exactly for receipts before 1 April 2007, and for
        // the draft-plan practice exactly for receipts before 2018 when it is shown; receipt-on-non-
        // working-day exactly for weekend and holiday receipts; beyond-horizon exactly when the
        // deadline reaches 2029; custom-period exactly with a one-off period.
        const codes = result.warnings.map((w) => (w.code === 'before-in-force' ? `${w.code}:${w.rule}` : w.code));
        expect(codes.includes('before-in-force:written-statement')).toBe(refIso(day) < '2007-04-01');
        expect(codes.includes('before-in-force:draft-action-plan')).toBe(headline >= 20 && refIso(day) < '2018-01-01');
        expect(codes.includes('receipt-on-non-working-day')).toBe(!refIsWorkingDay(day));
        expect(codes.includes('beyond-horizon')).toBe(refIso(deadline) > `${FIXTURE_LAST_YEAR}-12-31`);
        expect(codes.includes('custom-period')).toBe(days !== undefined);
      }),
      { numRuns: 500 },
    );
  });
});
