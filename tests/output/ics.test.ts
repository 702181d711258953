import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { parseIsoDay } from '../../src/core/day.js';
import { buildSchedule } from '../../src/core/schedule.js';
import { renderRemindersIcs } from '../../src/output/ics.js';
import { HOSTILE_TITLES } from '../helpers/hostile-titles.js';

const index = builtInIndex('england-and-wales');
const receipt = parseIsoDay('2014-12-10')!;

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('renderRemindersIcs', () => {
  const schedule = buildSchedule(index, receipt, { every: 10 });
  const ics = renderRemindersIcs(schedule, { today: '2015-03-16' });
  const parsed = events(ics);

  it('uses CRLF line ends only and folds every line at 75 octets (RFC 5545 3.1)', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per entry, DTSTART;VALUE=DATE on the entry date', () => {
    expect(parsed).toHaveLength(schedule.entries.length);
    parsed.forEach((event, i) => {
      const entry = schedule.entries[i]!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(entry.date);
      expect(event.summary).toBe(entry.label);
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20150323\r\n');
  });

  it('cites the law in every description', () => {
    parsed.forEach((event, i) => expect(event.description).toContain(`Citation: ${schedule.entries[i]!.citation}`));
  });

  it('gives each entry a unique UID that a title or a later run does not change, so re-import updates', () => {
    const uids = parsed.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = events(renderRemindersIcs(buildSchedule(index, receipt, { every: 10, title: 'Plymouth' }), { today: '2015-03-20' }));
    expect(later.map((event) => event.uid)).toEqual(uids);
    const otherReport = events(renderRemindersIcs(buildSchedule(index, parseIsoDay('2014-12-11')!, { every: 10 }), { today: '2015-03-16' }));
    expect(otherReport.map((event) => event.uid).filter((uid) => uids.includes(uid))).toEqual([]);
  });

  it('is byte-for-byte the same for the same input (DTSTAMP is the given day, not the clock)', () => {
    expect(renderRemindersIcs(schedule, { today: '2015-03-16' })).toBe(ics);
    expect(ics).toContain('DTSTAMP:20150316T000000Z');
  });

  it.each(HOSTILE_TITLES)('round-trips the title %j intact: %s', (title) => {
    const hostile = buildSchedule(index, receipt, { title });
    const text = renderRemindersIcs(hostile, { today: '2015-03-16', title });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical.js types NAME and X-WR-CALNAME as unknown (raw); decode them with its own TEXT decoder.
    const decodeText = (raw: unknown) => ICAL.design.icalendar.value.text!.fromICAL!(String(raw));
    expect(decodeText(calendar.getFirstPropertyValue('name'))).toBe(title);
    expect(decodeText(calendar.getFirstPropertyValue('x-wr-calname'))).toBe(title);
    expect(events(text).map((event) => event.summary)).toEqual(hostile.entries.map((entry) => entry.label));
  });
});

describe('renderRemindersIcs with any title', () => {
  it('always parses back to the same summaries, every line within 75 octets', async () => {
    const fc = (await import('fast-check')).default;
    const hostileUnit = fc.constantFrom('=', '+', '-', '@', ',', ';', ':', '"', "'", '\n', '\\', '\t', ' ', 'a', 'é', '—', '多', '🎉');
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, minLength: 1, maxLength: 120 }), (title) => {
        const schedule = buildSchedule(index, receipt, { title, before: [1] });
        const text = renderRemindersIcs(schedule, { today: '2015-03-16', title });
        for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(events(text).map((event) => event.summary)).toEqual(schedule.entries.map((entry) => entry.label));
      }),
      { numRuns: 200 },
    );
  });
});
