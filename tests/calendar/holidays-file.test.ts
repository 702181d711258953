import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src/calendar/built-in.js';
import { parseHolidaysFile, renderHolidaysFile } from '../../src/calendar/gov-uk-file.js';
import { NATIONS } from '../../src/calendar/regions.js';
import { resolveCalendar, resolveIndex } from '../../src/calendar/resolve.js';
import { parseIsoDay } from '../../src/core/day.js';
import { DeadlineError } from '../../src/core/errors.js';
import { computeDeadline } from '../../src/core/deadline.js';
import { RULES } from '../../src/core/rules.js';
import { warningMessage } from '../../src/output/warnings.js';

const FIXTURE = 'tests/fixtures/gov-uk-bank-holidays.json';
const fixtureText = readFileSync(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url), 'utf8');
const day = (iso: string) => parseIsoDay(iso)!;

describe('reading a gov.uk bank-holidays.json file', () => {
  it('reads the gov.uk feed: three divisions, 2012–2028, every event', () => {
    const file = parseHolidaysFile(FIXTURE, fixtureText);
    const raw = JSON.parse(fixtureText) as Record<string, { events: unknown[] }>;
    for (const nation of NATIONS) {
      expect(file.divisions[nation]).toMatchObject({ firstYear: 2012, lastYear: 2028 });
      expect(file.divisions[nation]!.holidays).toHaveLength(raw[nation]!.events.length);
      expect(file.divisions[nation]!.holidays.every((h) => h.source === 'holidays-file')).toBe(true);
    }
  });

  it('round-trips: the built-in data written as a gov.uk file reads back the same days and names', () => {
    const years = (date: string) => date >= '2020-01-01' && date <= '2032-12-31';
    const divisions = Object.fromEntries(NATIONS.map((n) => [n, builtInCalendar(n).holidays().filter((h) => years(h.date))]));
    const file = parseHolidaysFile('round-trip.json', renderHolidaysFile(divisions));
    for (const nation of NATIONS) {
      expect(file.divisions[nation]!.holidays.map(({ date, name }) => ({ date, name }))).toEqual(
        divisions[nation]!.map(({ date, name }) => ({ date, name })),
      );
      expect(file.divisions[nation]).toMatchObject({ firstYear: 2020, lastYear: 2032 });
    }
  });

  const event = (date: unknown, title: unknown = 'Holiday') => ({ title, date, notes: '', bunting: true });
  const withEvents = (...events: unknown[]) => JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } });

  it.each([
    ['not JSON', '{"england-and-wales": ', /is not valid JSON/],
    ['empty file', '', /is not valid JSON/],
    ['an array', '[]', /expected the gov\.uk bank-holidays\.json format/],
    ['a string', '"hello"', /expected the gov\.uk bank-holidays\.json format/],
    ['no divisions', '{}', /has no divisions/],
    ['an unknown division', JSON.stringify({ wales: { events: [] } }), /unknown division "wales"/],
    ['a division without events', JSON.stringify({ scotland: { division: 'scotland' } }), /"scotland" has no "events" array/],
    ['events not an array', JSON.stringify({ scotland: { events: {} } }), /"scotland" has no "events" array/],
    ['a mislabelled division', JSON.stringify({ scotland: { division: 'england-and-wales', events: [event('2025-01-02')] } }), /says its division is "england-and-wales"/],
    ['no events', withEvents(), /has no events/],
    ['an event that is not an object', withEvents(event('2025-01-01'), 42), /england-and-wales\.events\[1\] 42 is not an object/],
    ['an event without a date', withEvents({ title: 'x' }), /events\[0\] .* has no "date" string/],
    ['an impossible date', withEvents(event('2025-02-30')), /events\[0\] .*"2025-02-30", which is not a real YYYY-MM-DD day/],
    ['a UK-order date', withEvents(event('25/12/2025')), /"25\/12\/2025", which is not a real YYYY-MM-DD day/],
    ['a date outside the supported years', withEvents(event('1912-01-01')), /outside the supported years 1990–2199/],
    ['an event without a title', withEvents(event('2025-01-01', '')), /has no "title" string/],
    ['notes that are not text', withEvents({ ...event('2025-01-01'), notes: 3 }), /"notes" value that is not a string/],
    ['bunting that is not true or false', withEvents({ ...event('2025-01-01'), bunting: 'yes' }), /"bunting" value that is not true or false/],
    ['a repeated date', withEvents(event('2025-01-01'), event('2025-04-18'), event('2025-01-01')), /events\[2\] .* repeats the date 2025-01-01/],
  ])('rejects %s, naming the file and the first bad entry', (_case, text, message) => {
    let caught: unknown;
    try {
      parseHolidaysFile('my-holidays.json', text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeadlineError);
    expect((caught as DeadlineError).code).toBe('invalid-holidays-file');
    expect((caught as DeadlineError).message).toMatch(/^holidays file my-holidays\.json: /);
    expect((caught as DeadlineError).message).toMatch(message);
  });

  it('names the first bad entry when several are bad', () => {
    expect(() => parseHolidaysFile('f.json', withEvents(event('2025-01-01'), event('2025-13-01'), event('nope')))).toThrow(/events\[1\]/);
  });
});

describe('a holidays file laid over the built-in data', () => {
  const fileWith = (events: { date: string; title: string }[]) =>
    parseHolidaysFile('new.json', JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } }));

  it('takes the years the file covers from the file alone, so a moved holiday frees its old day', () => {
    // A file for 2030 that moves the late May holiday to Tuesday 4 June (as 2012's did).
    const builtIn2030 = builtInCalendar('england-and-wales').holidays().filter((h) => h.date.startsWith('2030'));
    const moved = builtIn2030.map((h) => (h.date === '2030-05-27' ? { date: '2030-06-04', title: h.name } : { date: h.date, title: h.name }));
    const calendar = resolveCalendar('england-and-wales', { holidaysFile: fileWith(moved), extraHolidays: [] });
    const dates = calendar.holidays().map((h) => h.date);
    expect(dates).toContain('2030-06-04');
    expect(dates).not.toContain('2030-05-27');
    expect(dates).toContain('2029-05-28'); // years the file does not cover keep the built-in data
    expect(calendar.holidays().find((h) => h.date === '2030-06-04')!.source).toBe('holidays-file');
  });

  it('moves the horizon out only through years the file covers completely, one after another', () => {
    const wholeYear = (year: number) => [
      { date: `${year}-01-01`, title: "New Year's Day" },
      { date: `${year}-12-25`, title: 'Christmas Day' },
    ];
    const horizon = (events: { date: string; title: string }[]) =>
      resolveCalendar('england-and-wales', { holidaysFile: fileWith(events), extraHolidays: [] }).horizonYear;
    expect(horizon([{ date: '2031-01-01', title: "New Year's Day" }])).toBe(2028); // a stray entry
    expect(horizon([...wholeYear(2029), ...wholeYear(2030), ...wholeYear(2032)])).toBe(2030); // 2031 missing
    expect(resolveCalendar('england-and-wales', { extraHolidays: [] }).horizonYear).toBe(2028);
  });

  it('adds extra holidays on top, in every region, and drops weekend ones (they cost no working day)', () => {
    const extraHolidays = [
      { date: '2030-06-03', name: 'Jubilee', source: 'extra-holiday' as const },
      { date: '2030-06-01', name: 'A Saturday', source: 'extra-holiday' as const },
    ];
    for (const region of ['england-and-wales', 'scotland', 'uk'] as const) {
      const holidays = resolveCalendar(region, { extraHolidays }).holidays();
      expect(holidays.find((h) => h.date === '2030-06-03')).toMatchObject({ name: 'Jubilee', source: 'extra-holiday' });
      expect(holidays.some((h) => h.date === '2030-06-01')).toBe(false);
    }
  });

  it('refuses a file without the division the region needs', () => {
    const file = fileWith([{ date: '2030-01-01', title: "New Year's Day" }]);
    expect(() => resolveCalendar('scotland', { holidaysFile: file, extraHolidays: [] })).toThrow(/new\.json: has no "scotland" division/);
    expect(() => resolveCalendar('uk', { holidaysFile: file, extraHolidays: [] })).toThrow(/has no "scotland" division/);
  });

  it('gives the same deadlines as the built-in data when the file is the gov.uk feed', () => {
    const holidaysFile = parseHolidaysFile(FIXTURE, fixtureText);
    for (const region of ['england-and-wales', 'scotland', 'northern-ireland', 'uk'] as const) {
      const withFile = resolveIndex(region, { holidaysFile, extraHolidays: [] });
      const builtIn = resolveIndex(region, { extraHolidays: [] });
      for (const receipt of ['2012-01-03', '2016-12-20', '2022-09-01', '2025-07-31', '2028-06-30']) {
        expect(withFile.add(day(receipt), 70)).toBe(builtIn.add(day(receipt), 70));
      }
    }
  });
});

describe('the horizon warning', () => {
  const warningCodes = (index: ReturnType<typeof resolveIndex>, receipt: string) =>
    computeDeadline(index, { rule: RULES['written-statement'], event: day(receipt) })
      .warnings.map((w) => w.code)
      .filter((code) => code !== 'before-in-force');

  it.each([
    ['2028-06-01', [], 'the count ends in 2028, inside the horizon'],
    ['2028-10-02', ['beyond-horizon'], 'the count reaches January 2029'],
    ['2035-01-10', ['beyond-horizon'], 'entirely after the horizon'],
  ])('receipt %s: %j (%s)', (receipt, expected) => {
    expect(warningCodes(resolveIndex('england-and-wales', { extraHolidays: [] }), receipt)).toEqual(expected);
  });

  it('names the horizon year and how to supply a newer gov.uk file', () => {
    const [warning] = computeDeadline(resolveIndex('uk', { extraHolidays: [] }), { rule: RULES.foi, event: day('2028-12-20') }).warnings;
    expect(warning).toMatchObject({ code: 'beyond-horizon', horizonYear: 2028, calendar: 'uk' });
    const message = warningMessage(warning!);
    expect(message).toMatch(/depends on 2029, after 2028/);
    expect(message).toMatch(/https:\/\/www\.gov\.uk\/bank-holidays\.json/);
    expect(message).toMatch(/--holidays-file/);
    // The library's wording names no CLI flag.
    expect(warningMessage(warning!, { hints: false })).not.toMatch(/--/);
  });

  it('is silent past 2028 when a holidays file covers the period', () => {
    const events = ['2029-01-01', '2029-03-30', '2029-04-02', '2029-12-25', '2029-12-26', '2030-01-01'].map((date) => ({ date, title: 'Holiday' }));
    const holidaysFile = parseHolidaysFile('newer.json', JSON.stringify({ 'england-and-wales': { events } }));
    expect(warningCodes(resolveIndex('england-and-wales', { holidaysFile, extraHolidays: [] }), '2028-10-02')).toEqual([]);
    expect(warningCodes(resolveIndex('england-and-wales', { holidaysFile, extraHolidays: [] }), '2030-11-01')).toEqual(['beyond-horizon']);
  });
});
