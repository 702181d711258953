import { readFileSync } from 'node:fs';

/** One entry of tests/fixtures/england-and-wales-bank-holidays.json. */
export interface FixtureHoliday {
  readonly date: string;
  readonly title: string;
}

/** The gov.uk `bank-holidays.json` feed shape. */
export interface GovUkFeed {
  readonly [division: string]: {
    readonly division: string;
    readonly events: readonly { readonly title: string; readonly date: string; readonly notes: string; readonly bunting: boolean }[];
  };
}

function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** Every England and Wales weekday bank holiday 1990–2028 (see tests/fixtures/README.md). */
export const ENGLAND_AND_WALES_FIXTURE: readonly FixtureHoliday[] = readFixture('england-and-wales-bank-holidays.json');

/** The gov.uk feed, 2012–2028, all three divisions. */
export const GOV_UK_FEED: GovUkFeed = readFixture('gov-uk-bank-holidays.json');

export const FIXTURE_FIRST_YEAR = 1990;
export const FIXTURE_LAST_YEAR = 2028;

/** Fixture holidays of one year, in date order. */
export function fixtureHolidaysInYear(year: number): FixtureHoliday[] {
  return ENGLAND_AND_WALES_FIXTURE.filter((holiday) => holiday.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}
