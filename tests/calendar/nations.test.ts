import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src/calendar/built-in.js';
import { NATIONS, REGIONS } from '../../src/calendar/regions.js';
import { decodeTable } from '../../src/calendar/encoded-table.js';
import { HOLIDAY_TABLES } from '../../src/calendar/generated/holiday-tables.js';
import { holidaysFromDateHolidays } from '../../scripts/holiday-tables/table-source.js';

/** The gov.uk bank-holidays.json feed, 2012–2028 (Open Government Licence); see tests/fixtures/README.md. */
const feed = JSON.parse(readFileSync(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url), 'utf8')) as Record<
  string,
  { division: string; events: { date: string; title: string }[] }
>;

const inFeedYears = (date: string) => date >= '2012-01-01' && date <= '2028-12-31';

describe('built-in calendars against the gov.uk feed, 2012–2028', () => {
  it.each(NATIONS)('%s has exactly the feed’s bank holidays', (nation) => {
    const ours = builtInCalendar(nation).holidays().map((h) => h.date).filter(inFeedYears);
    const theirs = feed[nation]!.events.map((event) => event.date);
    expect(ours).toEqual(theirs);
  });

  it('uk is the union of the three divisions', () => {
    const union = [...new Set(NATIONS.flatMap((nation) => feed[nation]!.events.map((event) => event.date)))].sort();
    expect(builtInCalendar('uk').holidays().map((h) => h.date).filter(inFeedYears)).toEqual(union);
  });

  it.each([
    ['2025-11-30', 'scotland', false, 'St Andrew’s Day on a Sunday is not itself listed'],
    ['2025-12-01', 'scotland', true, 'its substitute Monday is'],
    ['2025-12-01', 'england-and-wales', false, 'but not in England and Wales'],
    ['2025-12-01', 'uk', true, 'and is in the UK union'],
    ['2025-03-17', 'northern-ireland', true, 'St Patrick’s Day'],
    ['2025-03-17', 'scotland', false, 'St Patrick’s Day is Northern Ireland only'],
    ['2025-07-14', 'northern-ireland', true, 'Battle of the Boyne substitute day'],
    ['2025-01-02', 'scotland', true, '2 January'],
    ['2025-04-21', 'scotland', false, 'Easter Monday is not a Scottish bank holiday'],
    ['2012-06-04', 'scotland', true, '2012 spring holiday moved by proclamation (our correction)'],
    ['2012-05-28', 'northern-ireland', false, 'the day it moved from (our correction)'],
  ] as const)('%s in %s is a holiday: %s (%s)', (date, region, expected, why) => {
    expect(builtInCalendar(region).holidays().some((h) => h.date === date), why).toBe(expected);
  });

  it('labels a holiday in the union with the nations that keep it', () => {
    const names = new Map(builtInCalendar('uk').holidays().map((h) => [h.date, h.name]));
    expect(names.get('2025-03-17')).toMatch(/\(Northern Ireland\)$/);
    expect(names.get('2025-12-25')).toBe('Christmas Day');
  });

  it('every region answers for the same years and horizon', () => {
    for (const region of REGIONS) expect(builtInCalendar(region)).toMatchObject({ firstYear: 1990, lastYear: 2199, horizonYear: 2028 });
  });
});

describe('the generated tables', () => {
  it.each(NATIONS)('%s is up to date with date-holidays and our corrections (run `npm run generate` if not)', (nation) => {
    expect(decodeTable(HOLIDAY_TABLES[nation])).toEqual(holidaysFromDateHolidays(nation));
  });
});
