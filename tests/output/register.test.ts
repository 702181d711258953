import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { type Register, type RegisterError, buildRegister, registerEvents } from '../../src/core/register.js';
import { RULES, type Rule } from '../../src/core/rules.js';
import { renderRegisterCsv } from '../../src/output/register-csv.js';
import { registerEventUid, registerIcsPieces } from '../../src/output/register-ics.js';

const renderRegisterIcs = (...args: Parameters<typeof registerIcsPieces>) => [...registerIcsPieces(...args)].join('');
import { registerWarningLines, renderRegisterText } from '../../src/output/register-text.js';
import { registerErrorMessage, summaryLine } from '../../src/output/register-words.js';
import { plainStyle } from '../../src/output/style.js';
import { HOSTILE_TITLES } from '../helpers/hostile-titles.js';
import { day } from '../helpers/schedule.js';

const indexFor = (rule: Rule) => builtInIndex(rule.calendar);
const plain = plainStyle();

function registerOf(rows: readonly Record<string, unknown>[]): Register {
  return buildRegister(
    rows.map((values, i) => ({ line: i + 2, values })),
    { today: day('2025-03-03'), soon: 5, defaultRule: RULES['written-statement'], indexFor },
  );
}

// eslint-disable-next-line no-control-regex
const withoutControls = (text: string) => text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');

describe('renderRegisterText', () => {
  const long = 'A very long title that a council officer pasted from the request letter, all of it, and more';
  const register = registerOf([
    { id: 'FOI-1', received: '2025-02-03', rule: 'foi', title: long, owner: 'Information Governance and Records Management' },
    { id: 'FOI-2', received: '2025-02-04', rule: 'foi', title: 'Short' },
  ]);
  const tableLines = (text: string) => text.split('\n').filter((line) => /^ {2}\S/.test(line));

  it('never cuts a title between the two halves of an emoji, whatever the width', () => {
    const emoji = registerOf([{ id: 'FOI-1', received: '2025-02-03', rule: 'foi', title: `Emoji ${'😀'.repeat(40)}`, owner: 'Team' }]);
    const loneHalf = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (let columns = 90; columns <= 140; columns++) expect(renderRegisterText(emoji, plain, { columns })).not.toMatch(loneHalf);
  });

  it('cuts the widest of title and owner first, so every row of the table fits the terminal', () => {
    const text = renderRegisterText(register, plain, { columns: 110 });
    const lines = tableLines(text);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(110);
    expect(lines[1]).toMatch(/ A very long title t\S*… {2}Information Govern\S*… {2}/);
    // Dates, rule and state are never cut.
    expect(lines[1]).toMatch(/Mon 3 Feb 2025 {2}Mon 3 Mar 2025 {2}0 {5}DUE TODAY$/);
  });

  it('shows every title whole when not writing to a terminal', () => {
    const lines = tableLines(renderRegisterText(register, plain));
    expect(lines[1]).toContain(long);
    expect(lines[1]).toContain('Information Governance and Records Management');
  });

  it('leaves out the title and owner columns when no row has one', () => {
    const [header] = tableLines(renderRegisterText(registerOf([{ id: 'A', received: '2025-02-03' }]), plain));
    expect(header!.trim().split(/\s{2,}/)).toEqual(['ID', 'Rule', 'Received', 'Deadline', 'Left', 'State']);
  });

  it('says so when there are no matters', () => {
    expect(renderRegisterText(registerOf([]), plain)).toContain('  No matters.\n\nSummary: 0 matters: 0 overdue');
  });

  it.each(HOSTILE_TITLES)('keeps the title %j on its row, control characters shown: %s', (title) => {
    const text = renderRegisterText(registerOf([{ id: 'A', received: '2025-02-03', title }]), plain);
    expect(tableLines(text)).toHaveLength(2);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\t\u001b]/);
  });
});

describe('registerWarningLines', () => {
  // Saturdays 4, 11, 18 and 25 Jan and 1 Feb 2025: each receipt's warning names its own day.
  const saturdays = ['2025-01-04', '2025-01-11', '2025-01-18', '2025-01-25', '2025-02-01'];

  it('lists up to three different sentences of a code apiece, with their ids', () => {
    const lines = registerWarningLines(registerOf(saturdays.slice(0, 3).map((received, i) => ({ id: `S${i}`, received, rule: 'foi' }))), plain);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^warning: Received on Sat 4 Jan 2025, not a working day \(Saturday\)\. .* \(1 matter: S0\)$/);
  });

  it('sums up a code in one line once its sentences differ more than three ways', () => {
    const lines = registerWarningLines(registerOf(saturdays.map((received, i) => ({ id: `S${i}`, received, rule: 'foi' }))), plain);
    expect(lines).toEqual([
      "warning: receipt-on-non-working-day: Received on a weekend or bank holiday, where practice splits: each answer's warning gives the deadline under the other convention too. (5 matters: S0, S1, S2, S3, S4)",
    ]);
  });

  it('names the matters of one sentence in input order, whichever deadline results they share', () => {
    // FOI counted on England and Wales: one region-not-statutory sentence for every FOI row.
    const rows = [
      { id: 'A', received: '2025-02-03', rule: 'foi' },
      { id: 'B', received: '2025-02-04', rule: 'foi' },
      { id: 'C', received: '2025-02-03', rule: 'foi' },
    ];
    const register = buildRegister(
      rows.map((values, i) => ({ line: i + 2, values })),
      { today: day('2025-03-03'), soon: 5, defaultRule: RULES['written-statement'], indexFor: () => builtInIndex('england-and-wales') },
    );
    expect(registerWarningLines(register, plain)).toEqual([expect.stringMatching(/^warning: Not the statutory calendar: .* \(3 matters: A, B, C\)$/)]);
  });

  it('names the first 20 ids, in input order, and counts the rest', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ id: `R${24 - i}`, received: i % 2 === 0 ? '2025-01-04' : '2025-01-11', rule: 'foi' }));
    const [first, second] = registerWarningLines(registerOf(rows), plain);
    expect(first).toMatch(/\(13 matters: R24, R22, R20, .*, R2, R0\)$/);
    expect(second).toMatch(/\(12 matters: R23, R21, .*, R1\)$/);
    const many = registerWarningLines(registerOf(Array.from({ length: 25 }, (_, i) => ({ id: `M${i}`, received: '2025-01-04', rule: 'foi' }))), plain);
    expect(many[0]).toMatch(/\(25 matters: M0, M1, .*, M19 and 5 more; every matter's warnings are in --json and --csv\)$/);
  });
});

describe('renderRegisterCsv', () => {
  it.each(HOSTILE_TITLES)('round-trips the title %j through a CSV reader, formulas guarded: %s', (title) => {
    const csv = renderRegisterCsv(registerOf([{ id: '=1+1', received: '2025-02-03', title }]));
    const [row] = parseCsv(csv, { columns: true }) as Record<string, string>[];
    const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
    // A register trims the spaces (and a tab) around a title, as a spreadsheet's stray ones.
    expect(unguard(row!.title!)).toBe(title.trim());
    expect(row!.id).toBe("'=1+1");
    // The written statement from Mon 3 Feb 2025: Thu 15 May (Easter and early May skipped), 50 after 3 Mar.
    expect(row!.workingDaysRemaining).toBe('50');
  });
});

describe('registerIcsPieces', () => {
  const eventsOf = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it.each(HOSTILE_TITLES)('parses back with the title %j, every line within 75 octets: %s', (title) => {
    const register = registerOf([{ id: title, received: '2025-02-03', rule: 'foi', title }]);
    const ics = renderRegisterIcs(registerEvents(register, indexFor), { today: day('2025-03-03') });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const [event] = eventsOf(ics);
    expect(event!.summary).toBe(withoutControls(`${register.matters[0]!.id} ${title}: Deadline: Freedom of information response`));
    expect(event!.uid).toBe(registerEventUid(register.matters[0]!.id, 'foi', 'foi'));
  });

  it('gives ids that differ UIDs that differ, of URI characters only, whatever characters the ids hold', () => {
    const ids = ['A/foi', 'A', 'A foi', 'A%2Ffoi', 'a', ...HOSTILE_TITLES.map(([title]) => title)];
    const uids = ids.map((id) => registerEventUid(id, 'foi', 'foi'));
    expect(new Set(uids).size).toBe(ids.length);
    for (const uid of uids) expect(uid).toMatch(/^register\/[A-Za-z0-9%._~!*'()-]+\/foi\/foi@ofsted-deadline$/);
  });

  it('is byte for byte the same for the same register and day', () => {
    const register = registerOf([{ id: 'A', received: '2025-01-15' }]);
    const render = () => renderRegisterIcs(registerEvents(register, indexFor), { today: day('2025-03-03') });
    expect(render()).toBe(render());
  });
});

describe('registerErrorMessage', () => {
  it.each<[RegisterError, string]>([
    [{ line: 2, code: 'missing-id' }, 'no id: every row needs one, unique in the register'],
    [{ line: 2, code: 'invalid-date', field: 'closed', input: '2025-13-01', problem: { kind: 'no-such-day', year: 2025, month: 13, day: 1 } }, 'invalid closed date "2025-13-01": there is no month 13; expected YYYY-MM-DD or DD/MM/YYYY'],
    [{ line: 2, code: 'unknown-rule', input: 'planning', closest: null }, 'unknown rule "planning": expected one of written-statement, publish-report, draft-action-plan, foi, eir, sar, agenda'],
    [{ line: 2, code: 'unreadable-row', reason: 'malformed', detail: 'quote not closed' }, 'unreadable row: quote not closed'],
  ])('words %j', (error, message) => {
    expect(registerErrorMessage(error)).toBe(message);
  });

  it('quotes a long or hostile input on one short line', () => {
    const message = registerErrorMessage({ line: 2, code: 'duplicate-id', id: `x\n\u202e${'y'.repeat(500)}`, firstLine: 1 });
    expect(message).not.toMatch(/[\n\u202e]/);
    expect(message.length).toBeLessThan(140);
    expect(message).toContain('(503 characters)');
  });

  it('counts a summary in one line', () => {
    expect(summaryLine({ overdue: 1, 'due-today': 0, 'due-soon': 2, open: 0, 'closed-on-time': 0, 'closed-late': 0, errors: 1 })).toBe(
      '3 matters: 1 overdue, 0 due today, 2 due soon, 0 open, 0 closed on time, 0 closed late; 1 row in error',
    );
  });
});
