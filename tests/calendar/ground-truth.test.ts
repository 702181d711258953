import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCalendar, builtInIndex } from '../../src/calendar/built-in.js';
import { FIRST_SUPPORTED_YEAR, HORIZON_YEAR, LAST_SUPPORTED_YEAR } from '../../src/calendar/regions.js';
import { renderHolidayTablesModule } from '../../scripts/holiday-tables/table-source.js';
import { parseIsoDay, weekdayIndex } from '../../src/core/day.js';
import { FIXTURE_FIRST_YEAR, FIXTURE_LAST_YEAR, GOV_UK_FEED, fixtureHolidaysInYear } from '../helpers/fixtures.js';
import { PROCLAIMED_CHANGES, expectedHolidays } from '../helpers/statutory-holidays.js';

const years = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);
const index = builtInIndex('england-and-wales');
const builtInYear = (year: number) => index.holidaysInYear(year).map(({ holiday }) => holiday);

describe('the built-in England and Wales calendar equals the reference list, 1990–2028', () => {
  it('covers exactly the years of the fixture up to its horizon', () => {
    expect([FIRST_SUPPORTED_YEAR, HORIZON_YEAR]).toEqual([FIXTURE_FIRST_YEAR, FIXTURE_LAST_YEAR]);
  });

  it.each(years(FIXTURE_FIRST_YEAR, FIXTURE_LAST_YEAR))('%i: the same weekday bank holidays on the same dates', (year) => {
    expect(builtInYear(year).map((h) => h.date)).toEqual(fixtureHolidaysInYear(year).map((h) => h.date));
  });
});

describe('the reference data is self-consistent', () => {
  it('the fixture equals the gov.uk feed for England and Wales, 2012–2028', () => {
    const feed = GOV_UK_FEED['england-and-wales']!.events.map((e) => e.date).sort();
    const fixture = years(2012, FIXTURE_LAST_YEAR).flatMap((year) => fixtureHolidaysInYear(year).map((h) => h.date));
    expect(fixture).toEqual(feed);
  });

  // The statutory model below is what the rules test (and the property tests, past 2028) trust, so
  // first prove it reproduces the published list, names included.
  it.each(years(FIXTURE_FIRST_YEAR, FIXTURE_LAST_YEAR))('%i: the 1971 Act rules plus proclamations reproduce the fixture', (year) => {
    const fixture = fixtureHolidaysInYear(year);
    const expected = expectedHolidays(year);
    expect(fixture.map((h) => h.date)).toEqual(expected.map((h) => h.date));
    fixture.forEach((holiday, i) => expect(holiday.title.toLowerCase().replace('’', "'")).toContain(expected[i]!.keyword));
  });
});

describe('the rules still hold for every year the tool accepts, 1990–2199', () => {
  it.each(years(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR))(
    '%i: Christmas, Good Friday, Easter Monday, May and August Mondays and substitute days fall where the 1971 Act puts them',
    (year) => {
      const actual = builtInYear(year);
      const expected = expectedHolidays(year);
      expect(actual.map((h) => h.date)).toEqual(expected.map((h) => h.date));
      // The name shown to users must be the right holiday's, not just a holiday on the right day.
      actual.forEach((holiday, i) => expect(holiday.name.toLowerCase()).toContain(expected[i]!.keyword));
    },
  );

  it('applies no one-off proclamation after the announced years: 2029–2199 is the standing rules alone', () => {
    const proclaimedYears = Object.keys(PROCLAIMED_CHANGES).map(Number);
    expect(proclaimedYears.every((year) => year >= FIXTURE_FIRST_YEAR && year <= HORIZON_YEAR)).toBe(true);
  });

  it('lists weekdays only, in date order, each once, inside the supported years', () => {
    const holidays = builtInCalendar('england-and-wales').holidays();
    const dates = holidays.map((h) => h.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    for (const date of dates) {
      const day = parseIsoDay(date);
      expect(day, date).toBeDefined();
      expect(weekdayIndex(day!), `${date} is a weekend day`).toBeLessThan(5);
    }
    expect(dates[0]! >= `${FIRST_SUPPORTED_YEAR}-01-01` && dates.at(-1)! <= `${LAST_SUPPORTED_YEAR}-12-31`).toBe(true);
  });
});

describe('the generated holiday table', () => {
  it('is up to date with date-holidays and src/calendar/corrections.ts (run `npm run generate` if not)', () => {
    const committed = readFileSync(new URL('../../src/calendar/generated/holiday-tables.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderHolidayTablesModule());
  });
});
