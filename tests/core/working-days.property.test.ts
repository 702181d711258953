import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { DeadlineError } from '../../src/core/errors.js';
import { REF_FIRST_DAY, REF_LAST_DAY, refAdd, refCount, refIsWorkingDay, refIso } from '../helpers/reference-working-days.js';

const index = builtInIndex('england-and-wales');

/** Any day the tool accepts, 1990-01-01 to 2199-12-31. */
const anyDay = fc.integer({ min: REF_FIRST_DAY, max: REF_LAST_DAY });
/** A working day, found by moving an arbitrary day to the next working day on the reference. */
const workingDay = anyDay.map((day) => {
  let d = day;
  while (d < REF_LAST_DAY && !refIsWorkingDay(d)) d++;
  return refIsWorkingDay(d) ? d : refAdd(d, -1)!;
});
/** Mostly deadline-sized counts, some large enough to span decades or leave the range. */
const anyCount = fc.oneof(
  fc.integer({ min: -100, max: 100 }),
  fc.integer({ min: -5_000, max: 5_000 }),
  fc.integer({ min: -60_000, max: 60_000 }),
);
const RUNS = { numRuns: 1000 };

/** `add` or, when the result leaves the supported years, `undefined` (after checking the error). */
function addOrOutOfRange(day: number, n: number): number | undefined {
  try {
    return index.add(day, n);
  } catch (error) {
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as DeadlineError).code).toBe('out-of-range');
    return undefined;
  }
}

describe('WorkingDayIndex agrees with a day-by-day reference', () => {
  it('on whether each day of 1990–2199 is a working day (every day, exhaustively)', () => {
    const wrong: string[] = [];
    for (let day = REF_FIRST_DAY; day <= REF_LAST_DAY; day++) if (index.isWorkingDay(day) !== refIsWorkingDay(day)) wrong.push(refIso(day));
    expect(wrong).toEqual([]);
  });

  it('on add(d, n), including when the result would leave the supported years', () => {
    fc.assert(
      fc.property(anyDay, anyCount, (day, n) => {
        expect(addOrOutOfRange(day, n)).toBe(refAdd(day, n));
      }),
      RUNS,
    );
  });

  it('on count(a, b) for any two supported days', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(index.count(a, b)).toBe(refCount(a, b));
      }),
      RUNS,
    );
  });
});

describe('the algebra of working days', () => {
  it('add(d, n) is a working day whenever n ≠ 0', () => {
    fc.assert(
      fc.property(anyDay, anyCount, (day, n) => {
        fc.pre(n !== 0);
        const result = addOrOutOfRange(day, n);
        fc.pre(result !== undefined);
        expect(index.isWorkingDay(result!)).toBe(true);
      }),
      RUNS,
    );
  });

  it('count(d, add(d, n)) === n for n ≥ 0', () => {
    fc.assert(
      fc.property(anyDay, anyCount, (day, n) => {
        fc.pre(n >= 0);
        const result = addOrOutOfRange(day, n);
        fc.pre(result !== undefined);
        expect(index.count(day, result!)).toBe(n);
      }),
      RUNS,
    );
  });

  // count(a, b) = -count(b, a) (needed for additivity) counts the days in (b, a], so going back it
  // includes d itself and excludes the day reached: exact when d is a working day, one short when
  // it is not (count(Sat, add(Sat, -1) = Fri) is 0, as Saturday→Friday holds no working day).
  it('count(d, add(d, n)) === n for n < 0 from a working day, n + 1 from a non-working day', () => {
    fc.assert(
      fc.property(anyDay, anyCount, (day, n) => {
        fc.pre(n < 0);
        const result = addOrOutOfRange(day, n);
        fc.pre(result !== undefined);
        expect(index.count(day, result!)).toBe(index.isWorkingDay(day) ? n : n + 1);
      }),
      RUNS,
    );
  });

  it('count is antisymmetric: count(a, b) === -count(b, a)', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(index.count(a, b) + index.count(b, a)).toBe(0);
      }),
      RUNS,
    );
  });

  it('add(add(d, n), -n) returns to d when d is a working day', () => {
    fc.assert(
      fc.property(workingDay, anyCount, (day, n) => {
        const there = addOrOutOfRange(day, n);
        fc.pre(there !== undefined);
        expect(index.add(there!, -n)).toBe(day);
      }),
      RUNS,
    );
  });

  it('counts are additive: count(a, b) + count(b, c) === count(a, c)', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, (a, b, c) => {
        expect(index.count(a, b) + index.count(b, c)).toBe(index.count(a, c));
      }),
      RUNS,
    );
  });

  it('add is strictly increasing in n', () => {
    fc.assert(
      fc.property(anyDay, anyCount, anyCount, (day, m, n) => {
        fc.pre(m !== n);
        const [low, high] = m < n ? [m, n] : [n, m];
        const a = addOrOutOfRange(day, low);
        const b = addOrOutOfRange(day, high);
        fc.pre(a !== undefined && b !== undefined);
        expect(a!).toBeLessThan(b!);
      }),
      RUNS,
    );
  });

  it('the receipt day never counts: add(d, 1) is the first working day after d', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        fc.pre(day < REF_LAST_DAY - 30);
        const first = index.add(day, 1);
        expect(first).toBeGreaterThan(day);
        for (let between = day + 1; between < first; between++) expect(index.isWorkingDay(between)).toBe(false);
      }),
      RUNS,
    );
  });
});
