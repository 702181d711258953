import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderRemindersIcs } from '../../src/output/ics.js';
import { HOSTILE_TITLES } from '../helpers/hostile-titles.js';
import { day, entriesOf, scheduleOf } from '../helpers/schedule.js';

/** RFC 5545 TEXT has no place for control characters: the writer removes all but line breaks (escaped). */
// eslint-disable-next-line no-control-regex
const withoutControls = (text: string) => text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('renderRemindersIcs', () => {
  const schedule = scheduleOf('2014-12-10', { every: 10 });
  const entries = entriesOf(schedule);
  const ics = renderRemindersIcs(schedule, { today: day('2015-03-16') });
  const parsed = events(ics);

  it('uses CRLF line ends only and folds every line at 75 octets (RFC 5545 3.1)', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per entry, DTSTART;VALUE=DATE on the entry date', () => {
    expect(parsed).toHaveLength(entries.length);
    parsed.forEach((event, i) => {
      const entry = entries[i]!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(entry.date);
      expect(event.summary).toBe(entry.label);
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20150323\r\n');
  });

  it('cites the law in every description', () => {
    parsed.forEach((event, i) => expect(event.description).toContain(`Citation: ${entries[i]!.citation}`));
  });

  it('gives each entry a unique UID that a title or a later run does not change, so re-import updates', () => {
    const uids = parsed.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = events(renderRemindersIcs(scheduleOf('2014-12-10', { every: 10, title: 'Children’s services' }), { today: day('2015-03-20') }));
    expect(later.map((event) => event.uid)).toEqual(uids);
    const otherReport = events(renderRemindersIcs(scheduleOf('2014-12-11', { every: 10 }), { today: day('2015-03-16') }));
    expect(otherReport.map((event) => event.uid).filter((uid) => uids.includes(uid))).toEqual([]);
  });

  it('is byte-for-byte the same for the same input (DTSTAMP is the given day, not the clock)', () => {
    expect(renderRemindersIcs(schedule, { today: day('2015-03-16') })).toBe(ics);
    expect(ics).toContain('DTSTAMP:20150316T000000Z');
  });

  it.each(HOSTILE_TITLES)('round-trips the title %j, control characters removed: %s', (title) => {
    const hostile = scheduleOf('2014-12-10', { title });
    const text = renderRemindersIcs(hostile, { today: day('2015-03-16'), title });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical.js types NAME and X-WR-CALNAME as unknown (raw); decode them with its own TEXT decoder.
    const decodeText = (raw: unknown) => ICAL.design.icalendar.value.text!.fromICAL!(String(raw));
    expect(decodeText(calendar.getFirstPropertyValue('name'))).toBe(withoutControls(title));
    expect(decodeText(calendar.getFirstPropertyValue('x-wr-calname'))).toBe(withoutControls(title));
    expect(events(text).map((event) => event.summary)).toEqual(entriesOf(hostile).map((entry) => withoutControls(entry.label)));
  });
});

describe('renderRemindersIcs with any title', () => {
  it('always parses back to the same summaries, every line within 75 octets', async () => {
    const fc = (await import('fast-check')).default;
    const hostileUnit = fc.constantFrom('=', '+', '-', '@', ',', ';', ':', '"', "'", '\n', '\\', '\t', ' ', 'a', 'é', '—', '多', '🎉');
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, minLength: 1, maxLength: 120 }), (title) => {
        const schedule = scheduleOf('2014-12-10', { title, before: [1] });
        const text = renderRemindersIcs(schedule, { today: day('2015-03-16'), title });
        for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(events(text).map((event) => event.summary)).toEqual(entriesOf(schedule).map((entry) => withoutControls(entry.label)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderRemindersIcs: warnings travel with the events', () => {
  it('puts each warning of the deadline into every description', () => {
    // Sat 13 Dec 2014: a weekend receipt, before the 2018 draft-plan practice.
    const text = renderRemindersIcs(scheduleOf('2014-12-13', { before: [1] }), { today: day('2015-03-16') });
    expect(events(text).length).toBeGreaterThan(0);
    for (const event of events(text)) {
      expect(event.description).toMatch(/Warning: Received on Sat 13 Dec 2014, not a working day/);
      expect(event.description).toMatch(/Warning: Ofsted ILACS practice \(2018 statement\) applies from 2018/);
    }
  });

  it('removes control characters a title could smuggle in (ESC, NUL, bidi stays text)', () => {
    const text = renderRemindersIcs(scheduleOf('2014-12-10', { title: 'a\u001b[31mred\u0000', before: [1] }), { today: day('2015-03-16') });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000\u001b]/);
    expect(events(text)[0]!.summary).toBe('a[31mred: Early draft action plan to Ofsted (20 working days)');
  });
});

describe('foldLines', () => {
  it('folds exactly as ical-generator folds a whole calendar, for any text', async () => {
    const fc = (await import('fast-check')).default;
    const { foldLines: icalFold } = await import('ical-generator');
    const { foldLines } = await import('../../src/output/ics.js');
    const unit = fc.constantFrom('a', ' ', 'é', '—', '多', '🎉', '\r\n', ',', 'Z');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), (text) => {
        expect(foldLines(text)).toBe(icalFold(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldLines on short lines of wide characters', () => {
  it.each([
    { text: '多'.repeat(24), folds: false, why: '72 octets: fits' },
    { text: '多'.repeat(25), folds: true, why: '75 octets in 25 characters' },
    { text: `${'🎉'.repeat(18)}abc`, folds: true, why: '72 octets of emoji and three more' },
  ])('$why', async ({ text, folds }) => {
    const { foldLines: icalFold } = await import('ical-generator');
    const { foldLines } = await import('../../src/output/ics.js');
    expect(foldLines(text)).toBe(icalFold(text));
    expect(foldLines(text).includes('\r\n ')).toBe(folds);
  });
});

describe('renderCalendar against ical-generator', () => {
  // The tool once wrote its calendars with ical-generator; its own writer must give the same bytes
  // (escaping, folding, all-day markers and alarm triggers included), plus the final CRLF. ical-generator stays a
  // development dependency as this oracle.
  it('writes, byte for byte, what ical-generator wrote for the same events, and the final CRLF', async () => {
    const fc = (await import('fast-check')).default;
    const { default: ical, ICalAlarmType, ICalEventTransparency } = await import('ical-generator');
    const { renderCalendar } = await import('../../src/output/ics.js');
    // eslint-disable-next-line no-control-regex
    const clean = (text: string) => text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
    const escapeName = (text: string) => clean(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
    const text = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '多', '🎉', ',', ';', '\\', '\n', '\t', 'Z', ':'), maxLength: 120 });
    const event = fc.record({
      uid: fc.string({ unit: fc.constantFrom('a', '-', '1', '@'), minLength: 1, maxLength: 30 }),
      day: fc.integer({ min: 7305, max: 80000 }),
      stamp: fc.integer({ min: 7305, max: 80000 }),
      summary: text,
      description: text,
      before: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(text, fc.array(event, { maxLength: 4 }), (name, events) => {
        const calendar = ical({ prodId: { company: 'ofsted-deadline', product: 'ofsted-deadline', language: 'EN' }, name: escapeName(name) });
        for (const e of events) {
          const created = calendar.createEvent({
            id: e.uid,
            allDay: true,
            start: new Date(e.day * 86_400_000),
            end: new Date((e.day + 1) * 86_400_000),
            stamp: new Date(e.stamp * 86_400_000),
            summary: clean(e.summary),
            description: clean(e.description),
            transparency: ICalEventTransparency.TRANSPARENT,
          });
          for (const n of e.before) created.createAlarm({ type: ICalAlarmType.display, trigger: n * 86_400 - 9 * 3_600, description: clean(`alarm ${n}`) });
        }
        const ours = renderCalendar(
          name,
          events.map((e) => ({ ...e, alarms: e.before.map((n) => ({ day: e.day - n, description: `alarm ${n}` })) })),
        );
        // ical-generator leaves the CRLF off the last line, which RFC 5545 3.1 requires there too.
        expect(ours).toBe(`${calendar.toString()}\r\n`);
      }),
      { numRuns: 300 },
    );
  });
});
