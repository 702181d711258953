import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src/calendar/built-in.js';
import { parseHolidaysFile } from '../../src/calendar/gov-uk-file.js';
import { coveredYears, easterSunday, isChristmasOrGoodFriday } from '../../src/calendar/merge.js';
import { NATIONS, REGIONS } from '../../src/calendar/regions.js';
import { resolveCalendar, resolveIndex } from '../../src/calendar/resolve.js';
import type { Holiday } from '../../src/core/calendar.js';
import { parseIsoDay } from '../../src/core/day.js';
import type { GovUkFeed } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/run-in-process.js';

const feedText = readFileSync(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-user-calendar-'));
const day = (iso: string) => parseIsoDay(iso)!;
const event = (date: string, title = 'Holiday') => ({ title, date, notes: '', bunting: true });

/** The gov.uk feed with changes to each division's events. */
function feedWith(change: (events: GovUkFeed[string]['events'], nation: string) => GovUkFeed[string]['events']): string {
  const feed = JSON.parse(feedText) as GovUkFeed;
  return JSON.stringify(Object.fromEntries(Object.entries(feed).map(([nation, division]) => [nation, { ...division, events: change(division.events, nation) }])));
}
const fileOf = (text: string) => parseHolidaysFile('mine.json', text);
/** The built-in holidays of 2029 and 2030 as file events: with the feed (to 2028), a file covering 2012–2030. */
const builtIn2029And2030 = (nation: string) =>
  builtInCalendar(nation as 'england-and-wales')
    .holidays()
    .filter((h) => h.date >= '2029-01-01' && h.date <= '2030-12-31')
    .map((h) => event(h.date, h.name));

describe('the repro: the gov.uk feed plus one entry in 2031', () => {
  const stray = feedWith((events) => [...events, event('2031-06-02', 'Council closure')]);
  const path = join(dir, 'stray.json');
  writeFileSync(path, stray);

  it('keeps Christmas Day 2029 a non-working day (it said "working day", exit 0)', async () => {
    const result = await runInProcess(['is-working-day', '2029-12-25', '--holidays-file', path]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/Tue 25 Dec 2029 is not a working day: a bank holiday: Christmas Day/);
  });

  it('keeps every built-in holiday of 2029 and 2030, adds the stray day, and leaves the horizon at 2028', () => {
    const withFile = resolveCalendar('england-and-wales', { holidaysFile: fileOf(stray), extraHolidays: [] });
    const builtIn = builtInCalendar('england-and-wales');
    const datesIn = (calendar: typeof builtIn, from: string, to: string) => calendar.holidays().filter((h) => h.date >= from && h.date <= to).map((h) => h.date);
    expect(datesIn(withFile, '2029-01-01', '2030-12-31')).toEqual(datesIn(builtIn, '2029-01-01', '2030-12-31'));
    expect(withFile.holidays().find((h) => h.date === '2031-06-02')).toMatchObject({ name: 'Council closure', source: 'holidays-file' });
    expect(withFile.horizonYear).toBe(2028);
    expect(withFile.differences?.filter((d) => d.change !== 'renamed')).toEqual([
      { date: '2031-06-02', name: 'Council closure', change: 'added', calendar: 'england-and-wales' },
    ]);
  });

  it('gives the deadline across Christmas 2029 that the built-in data gives', () => {
    const withFile = resolveIndex('england-and-wales', { holidaysFile: fileOf(stray), extraHolidays: [] });
    const builtIn = resolveIndex('england-and-wales', { extraHolidays: [] });
    for (const receipt of ['2029-11-01', '2029-12-20', '2030-03-01', '2030-12-01']) {
      expect(withFile.add(day(receipt), 70)).toBe(builtIn.add(day(receipt), 70));
    }
  });
});

describe('Christmas Day and Good Friday stay non-working whatever a file says', () => {
  // A file that covers 2029 and 2030 completely (New Year and Boxing Day) but drops both statutory days of 2030.
  const withoutThem = feedWith((events, nation) => [
    ...events,
    ...builtIn2029And2030(nation).filter((e) => e.date !== '2030-12-25' && e.date !== '2030-04-19'),
  ]);

  it.each(REGIONS)('in the %s calendar', (region) => {
    const calendar = resolveCalendar(region, { holidaysFile: fileOf(withoutThem), extraHolidays: [] });
    const index = resolveIndex(region, { holidaysFile: fileOf(withoutThem), extraHolidays: [] });
    expect(index.isWorkingDay(day('2030-12-25'))).toBe(false);
    expect(index.isWorkingDay(day('2030-04-19'))).toBe(false);
    expect(calendar.differences?.some((d) => d.change === 'removed')).toBe(false); // kept, so not removed
    expect(calendar.horizonYear).toBe(2030);
  });

  it.each(['written-statement', 'foi', 'publish-report'])('under --rule %s', async (rule) => {
    const path = join(dir, 'without-christmas.json');
    writeFileSync(path, withoutThem);
    const [withFile, builtIn] = await Promise.all([
      runInProcess(['2030-12-10', '--rule', rule, '--json', '--holidays-file', path]),
      runInProcess(['2030-12-10', '--rule', rule, '--json']),
    ]);
    expect(withFile.exitCode).toBe(0);
    expect(JSON.parse(withFile.stdout).deadline).toBe(JSON.parse(builtIn.stdout).deadline);
  });

  it('knows Good Friday for every supported year, as the built-in data has it', () => {
    const goodFridays = builtInCalendar('england-and-wales').holidays().filter((h) => h.name === 'Good Friday');
    expect(goodFridays).toHaveLength(2199 - 1990 + 1);
    for (const { date } of goodFridays) expect(isChristmasOrGoodFriday(date), date).toBe(true);
    expect(easterSunday(2025)).toEqual([4, 20]);
    expect(easterSunday(2038)).toEqual([4, 25]);
    expect(easterSunday(2008)).toEqual([3, 23]);
    expect(isChristmasOrGoodFriday('2025-04-21')).toBe(false); // Easter Monday is a bank holiday only
  });
});

describe('a covered year that drops a built-in bank holiday', () => {
  it('makes the day a working day and records it as removed, naming the nation', () => {
    // England and Wales drops Easter Monday 2030; Northern Ireland, which keeps it too, does not.
    const text = feedWith((events, nation) => [
      ...events,
      ...builtIn2029And2030(nation).filter((e) => nation !== 'england-and-wales' || e.date !== '2030-04-22'),
    ]);
    for (const region of ['england-and-wales', 'uk'] as const) {
      const calendar = resolveCalendar(region, { holidaysFile: fileOf(text), extraHolidays: [] });
      const removed = calendar.differences?.filter((d) => d.change === 'removed');
      expect(resolveIndex(region, { holidaysFile: fileOf(text), extraHolidays: [] }).isWorkingDay(day('2030-04-22'))).toBe(region === 'england-and-wales');
      expect(removed?.filter((d) => d.calendar === 'england-and-wales')).toEqual([
        { date: '2030-04-22', name: 'Easter Monday', change: 'removed', calendar: 'england-and-wales' },
      ]);
    }
  });

  it('records nothing removed or added for the gov.uk feed itself; only names differ', () => {
    for (const region of REGIONS) {
      const differences = resolveCalendar(region, { holidaysFile: fileOf(feedText), extraHolidays: [] }).differences ?? [];
      expect(differences.filter((d) => d.change !== 'renamed'), region).toEqual([]);
      // Names that differ only by apostrophe or "(substitute day)" are not renames.
      expect(differences.some((d) => /New Year/.test(d.name) && /New Year/.test(d.builtInName ?? ''))).toBe(false);
    }
  });

  it('records no differences without a holidays file', () => {
    for (const region of REGIONS) expect(resolveCalendar(region, { extraHolidays: [] }).differences ?? []).toEqual([]);
  });
});

describe('coveredYears: a year is covered when the file lists both its New Year and its Christmas', () => {
  const holidays = (...dates: string[]): Holiday[] => dates.map((date) => ({ date, name: 'x', source: 'holidays-file' }));
  it.each([
    { dates: ['2030-01-01', '2030-12-25'], covered: [2030], reason: 'New Year’s Day and Christmas Day' },
    { dates: ['2033-01-03', '2033-12-27'], covered: [2033], reason: 'both substitutes (1 January a Saturday)' },
    { dates: ['2030-01-01'], covered: [], reason: 'only New Year: a file that stops in January' },
    { dates: ['2030-03-29', '2030-12-25'], covered: [], reason: 'no New Year: a file that starts in March' },
    { dates: ['2031-06-02'], covered: [], reason: 'one stray entry' },
    { dates: ['2030-01-05', '2030-12-24'], covered: [], reason: 'neither end of the year' },
  ])('$reason', ({ dates, covered }) => {
    expect([...coveredYears(holidays(...dates))]).toEqual(covered);
  });

  it.each(NATIONS)('covers 2012–2028 in the gov.uk feed for %s', (nation) => {
    const division = fileOf(feedText).divisions[nation]!;
    expect([...coveredYears(division.holidays)].sort()).toEqual(Array.from({ length: 17 }, (_, i) => 2012 + i));
  });
});
