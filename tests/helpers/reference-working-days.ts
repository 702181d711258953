/**
 * A deliberately simple reference for working-day arithmetic, sharing no code with src/: a
 * working-day flag for each day of 1990–2199, made with `Date.UTC` from the fixture (1990–2028)
 * and the statutory model (2029–2199), and answers found by walking one day at a time.
 * Day numbers are days since 1970-01-01, the same scale as the core's, so results compare directly.
 */
import { FIXTURE_LAST_YEAR, ENGLAND_AND_WALES_FIXTURE } from './fixtures.js';
import { expectedHolidays } from './statutory-holidays.js';

const MS_PER_DAY = 86_400_000;
export const REF_FIRST_DAY = Date.UTC(1990, 0, 1) / MS_PER_DAY;
export const REF_LAST_DAY = Date.UTC(2199, 11, 31) / MS_PER_DAY;

export const refIso = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
export const refDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

const holidayDates = new Set<string>(ENGLAND_AND_WALES_FIXTURE.map((h) => h.date));
for (let year = FIXTURE_LAST_YEAR + 1; year <= 2199; year++) for (const h of expectedHolidays(year)) holidayDates.add(h.date);

const working: boolean[] = [];
for (let day = REF_FIRST_DAY; day <= REF_LAST_DAY; day++) {
  const weekday = new Date(day * MS_PER_DAY).getUTCDay();
  working.push(weekday !== 0 && weekday !== 6 && !holidayDates.has(refIso(day)));
}

export function refIsWorkingDay(day: number): boolean {
  if (day < REF_FIRST_DAY || day > REF_LAST_DAY) throw new RangeError(`${refIso(day)} outside the reference`);
  return working[day - REF_FIRST_DAY]!;
}

/** The nth working day after `from` (before it for n < 0) by walking; undefined if it leaves 1990–2199. */
export function refAdd(from: number, n: number): number | undefined {
  const step = n < 0 ? -1 : 1;
  let day = from;
  for (let counted = 0; counted < Math.abs(n); ) {
    day += step;
    if (day < REF_FIRST_DAY || day > REF_LAST_DAY) return undefined;
    if (working[day - REF_FIRST_DAY]) counted++;
  }
  return day;
}

/** Working days after `from` up to and including `to` (negated when `to` is earlier), by walking. */
export function refCount(from: number, to: number): number {
  const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (working[day - REF_FIRST_DAY]) count++;
  return count === 0 ? 0 : sign * count; // never -0
}
