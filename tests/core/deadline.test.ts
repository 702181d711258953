import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { PLAIN_WORKING_DAYS, computeDeadline } from '../../src/core/deadline.js';
import { parseIsoDay } from '../../src/core/day.js';
import { OFSTED_RULES, RULES } from '../../src/core/rules.js';
import { isoOfDayNumber as iso } from '../helpers/errors.js';

const index = builtInIndex('england-and-wales');
const day = (iso: string): number => {
  const parsed = parseIsoDay(iso);
  if (parsed === undefined) throw new Error(`bad test date ${iso}`);
  return parsed;
};
/** The written statement (or a one-off period in its place) for a receipt. */
const ofsted = (receipt: string, workingDays?: number) =>
  computeDeadline(index, { rule: OFSTED_RULES['written-statement'], event: day(receipt), ...(workingDays === undefined ? {} : { workingDays }) });
/** Plain working-day arithmetic, as `add` asks for it. */
const plain = (from: string, n: number) => computeDeadline(index, { rule: PLAIN_WORKING_DAYS, event: day(from), workingDays: n });
const holidayDates = (result: ReturnType<typeof ofsted>) => result.skippedDays.filter((d) => d.reason.kind === 'holiday').map((d) => iso(d.day));

/** Calendar days between two ISO days, by Date.UTC rather than the code under test. */
const calendarDaysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/*
 * Every expected date below was worked out by hand from a printed calendar and the England and
 * Wales bank holidays, not by running the code. The method: five working days make a week, so
 * "N working days after a Wednesday" with no holidays is the Wednesday N/5 weeks later; each
 * weekday holiday inside the span then pushes the date one working day further. The comment on
 * each row shows the walk. Day 1 is the first working day after receipt (Dodds v Walker; statute.md).
 */
interface Row {
  readonly reason: string;
  readonly receipt: string;
  readonly day1: string;
  /** 20 working days: Ofsted's early draft action plan. */
  readonly draft: string;
  /** 30 working days: SI 2007/462 reg 2, publish the report. */
  readonly publish: string;
  /** 70 working days: the written statement of action, the headline. */
  readonly statement: string;
  /** Weekday bank holidays after receipt up to and including the 70th day. */
  readonly skipped: readonly string[];
  /** The receipt day is a weekend day or a bank holiday (practice splits: a warning). */
  readonly nonWorking?: true;
}

const rows: Row[] = [
  {
    // Wed 10 Dec 2014. 20 = 4 weeks → Wed 7 Jan, + Thu 25 Dec, Fri 26 Dec, Thu 1 Jan → Mon 12 Jan.
    // 30 = 6 weeks → Wed 21 Jan + 3 → Mon 26 Jan. 70 = 14 weeks → Wed 18 Mar + 3 → Mon 23 Mar
    // (Easter 2015 is 5 April, after). The example of the issue.
    reason: 'the issue example: Christmas, Boxing Day and New Year skipped',
    receipt: '2014-12-10',
    day1: '2014-12-11',
    draft: '2015-01-12',
    publish: '2015-01-26',
    statement: '2015-03-23',
    skipped: ['2014-12-25', '2014-12-26', '2015-01-01'],
  },
  {
    // Sat 13 Dec 2014: counts exactly as from Fri 12 Dec. 20 = 4 weeks → Fri 9 Jan + 3 → Wed 14 Jan;
    // 30 → Fri 23 Jan + 3 → Wed 28 Jan; 70 → Fri 20 Mar + 3 → Wed 25 Mar.
    reason: 'a Saturday receipt: day 1 is Monday, the weekend is not "deemed" received later',
    receipt: '2014-12-13',
    nonWorking: true,
    day1: '2014-12-15',
    draft: '2015-01-14',
    publish: '2015-01-28',
    statement: '2015-03-25',
    skipped: ['2014-12-25', '2014-12-26', '2015-01-01'],
  },
  {
    // Sun 14 Dec 2014: the same Monday day 1 and so the same dates as the Saturday.
    reason: 'a Sunday receipt: same dates as the Saturday',
    receipt: '2014-12-14',
    nonWorking: true,
    day1: '2014-12-15',
    draft: '2015-01-14',
    publish: '2015-01-28',
    statement: '2015-03-25',
    skipped: ['2014-12-25', '2014-12-26', '2015-01-01'],
  },
  {
    // Easter Monday 6 Apr 2015 (a bank holiday). 20 = 4 weeks → Mon 4 May, itself the early May
    // holiday → Tue 5 May. 30 → Mon 18 May + 4 May → Tue 19 May. 70 → Mon 13 Jul + 4 May + 25 May
    // (spring, last Monday: 31 May was a Sunday) → Wed 15 Jul.
    reason: 'a receipt on a bank holiday (Easter Monday 2015): day 1 is the next working day',
    receipt: '2015-04-06',
    nonWorking: true,
    day1: '2015-04-07',
    draft: '2015-05-05',
    publish: '2015-05-19',
    statement: '2015-07-15',
    skipped: ['2015-05-04', '2015-05-25'],
  },
  {
    // Christmas Day, Thu 25 Dec 2014. Fri 26 Boxing Day, weekend → day 1 Mon 29 Dec. Walk: 29, 30,
    // 31 Dec (1–3), 1 Jan holiday, 2 Jan (4), then 5 a week: 9 Jan (9), 16 (14), 23 (19), Mon 26 (20).
    // 30: 27–30 Jan (21–24), 2–6 Feb (25–29), Mon 9 Feb (30). 70: 9 Feb + 8 weeks = Mon 6 Apr, but
    // Good Friday 3 Apr and Easter Monday 6 Apr are holidays → Tue 7 (69), Wed 8 Apr (70).
    reason: 'a receipt on Christmas Day: Boxing Day and Easter also skipped',
    receipt: '2014-12-25',
    nonWorking: true,
    day1: '2014-12-29',
    draft: '2015-01-26',
    publish: '2015-02-09',
    statement: '2015-04-08',
    skipped: ['2014-12-26', '2015-01-01', '2015-04-03', '2015-04-06'],
  },
  {
    // 2020: 25 Dec a Friday, 26 a Saturday → Mon 28 Dec is the Boxing Day substitute; 1 Jan 2021 a
    // Friday. Thu 24 Dec: day 1 Tue 29 Dec. 20: 29–31 Dec (1–3), 4–8 Jan (4–8) … 25, 26 Jan (19, 20).
    // 30: 27–29 Jan (21–23), 1–5 Feb (24–28), 8, 9 Feb (29, 30). 70: 9 Feb + 8 weeks = Tue 6 Apr,
    // + Good Friday 2 Apr + Easter Monday 5 Apr 2021 → Thu 8 Apr.
    reason: 'Christmas 2020: Mon 28 Dec is the substitute for Boxing Day',
    receipt: '2020-12-24',
    day1: '2020-12-29',
    draft: '2021-01-26',
    publish: '2021-02-09',
    statement: '2021-04-08',
    skipped: ['2020-12-25', '2020-12-28', '2021-01-01', '2021-04-02', '2021-04-05'],
  },
  {
    // 2021: 25 Dec a Saturday → Mon 27 and Tue 28 Dec are substitutes; 1 Jan 2022 a Saturday → Mon
    // 3 Jan. Fri 24 Dec: day 1 Wed 29 Dec. 20: 29–31 Dec (1–3), 4–7 Jan (4–7), 14 Jan (12), 21 (17),
    // 24–26 Jan (18–20). 30: 27, 28 Jan (21, 22), 31 Jan–4 Feb (23–27), 7–9 Feb (28–30). 70: 9 Feb
    // + 8 weeks = Wed 6 Apr; Good Friday is 15 Apr 2022, later.
    reason: 'Christmas 2021: Mon 27 and Tue 28 Dec substitutes, then Mon 3 Jan for New Year',
    receipt: '2021-12-24',
    day1: '2021-12-29',
    draft: '2022-01-26',
    publish: '2022-02-09',
    statement: '2022-04-06',
    skipped: ['2021-12-27', '2021-12-28', '2022-01-03'],
  },
  {
    // 2022: 25 Dec a Sunday → Mon 26 (Boxing Day) and Tue 27 (Christmas substitute); 1 Jan 2023 a
    // Sunday → Mon 2 Jan. Fri 23 Dec: day 1 Wed 28 Dec. 20: 28–30 Dec (1–3), 3–6 Jan (4–7), 13 Jan
    // (12), 20 (17), 23–25 Jan (18–20). 30: 26, 27 (21, 22), 30 Jan–3 Feb (23–27), 6–8 Feb (28–30).
    // 70: 8 Feb + 8 weeks = Wed 5 Apr 2023; Good Friday is 7 Apr, later.
    reason: 'Christmas 2022: Mon 26 and Tue 27 Dec, then Mon 2 Jan for New Year',
    receipt: '2022-12-23',
    day1: '2022-12-28',
    draft: '2023-01-25',
    publish: '2023-02-08',
    statement: '2023-04-05',
    skipped: ['2022-12-26', '2022-12-27', '2023-01-02'],
  },
  {
    // 2012 Diamond Jubilee: the spring holiday moved from Mon 28 May to Mon 4 Jun, plus Tue 5 Jun.
    // Fri 25 May: day 1 is Mon 28 May (a working day that year). 20: 28 May–1 Jun (1–5), 4, 5 Jun
    // holidays, 6–8 Jun (6–8), 15 (13), 22 (18), 25, 26 Jun (19, 20). 30: 27–29 Jun (21–23), 2–6 Jul
    // (24–28), 9, 10 Jul (29, 30). 70: 10 Jul + 8 weeks = Tue 4 Sep, + Mon 27 Aug → Wed 5 Sep.
    reason: '2012 Diamond Jubilee: 28 May is a working day, 4 and 5 June are not',
    receipt: '2012-05-25',
    day1: '2012-05-28',
    draft: '2012-06-26',
    publish: '2012-07-10',
    statement: '2012-09-05',
    skipped: ['2012-06-04', '2012-06-05', '2012-08-27'],
  },
  {
    // 2022 Platinum Jubilee: spring holiday moved to Thu 2 Jun, plus Fri 3 Jun. Wed 1 Jun: day 1 is
    // Mon 6 Jun. From Mon 6 Jun as day 1: 20 → Fri 1 Jul, 30 → Fri 15 Jul, 70 → Fri 9 Sep, + Mon
    // 29 Aug (summer) → Mon 12 Sep (the State Funeral, 19 Sep, comes later).
    reason: '2022 Platinum Jubilee: Thu 2 and Fri 3 June skipped',
    receipt: '2022-06-01',
    day1: '2022-06-06',
    draft: '2022-07-01',
    publish: '2022-07-15',
    statement: '2022-09-12',
    skipped: ['2022-06-02', '2022-06-03', '2022-08-29'],
  },
  {
    // Fri 16 Sep 2022; Mon 19 Sep was the State Funeral of Queen Elizabeth II. Day 1 Tue 20 Sep.
    // 20 = 4 weeks → Fri 14 Oct + 1 → Mon 17 Oct. 30 → Fri 28 Oct + 1 → Mon 31 Oct. 70 = 14 weeks
    // → Fri 23 Dec, + 1 → Mon 26 Dec, a holiday, Tue 27 too → Wed 28 Dec.
    reason: '2022-09-19, the State Funeral, then Christmas 2022',
    receipt: '2022-09-16',
    day1: '2022-09-20',
    draft: '2022-10-17',
    publish: '2022-10-31',
    statement: '2022-12-28',
    skipped: ['2022-09-19', '2022-12-26', '2022-12-27'],
  },
  {
    // Fri 5 May 2023; Mon 8 May was the Coronation. Day 1 Tue 9 May. 20 = 4 weeks → Fri 2 Jun, + 8
    // May + 29 May (spring) → Tue 6 Jun. 30 → Fri 16 Jun + 2 → Tue 20 Jun. 70 → Fri 11 Aug + 2 →
    // Tue 15 Aug (summer holiday 28 Aug, later).
    reason: '2023-05-08, the Coronation',
    receipt: '2023-05-05',
    day1: '2023-05-09',
    draft: '2023-06-06',
    publish: '2023-06-20',
    statement: '2023-08-15',
    skipped: ['2023-05-08', '2023-05-29'],
  },
  {
    // Mon 29 Feb 2016. Day 1 Tue 1 Mar. 20: 1–4 Mar (1–4), 11 (9), 18 (14), 21–24 (15–18), Good Friday
    // 25 and Easter Monday 28 Mar, 29, 30 Mar (19, 20). 30: 31 Mar, 1 Apr (21, 22), 4–8 (23–27),
    // 11–13 Apr (28–30). 70: 13 Apr + 8 weeks = Wed 8 Jun, + 2 May + 30 May → Fri 10 Jun.
    reason: 'a leap day receipt, 2016-02-29',
    receipt: '2016-02-29',
    day1: '2016-03-01',
    draft: '2016-03-30',
    publish: '2016-04-13',
    statement: '2016-06-10',
    skipped: ['2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30'],
  },
  {
    // Fri 28 Feb 2020; Sat 29 Feb is the leap day, a weekend. Day 1 Mon 2 Mar. 20 = 4 weeks → Fri 27
    // Mar. 30: 30 Mar–3 Apr (21–25), 6–9 Apr (26–29), Good Friday 10, Easter Monday 13, Tue 14 Apr
    // (30). 70 = 14 weeks → Fri 5 Jun, + 10 Apr, 13 Apr, Fri 8 May (early May moved for VE Day 75;
    // 4 May was a working day) and 25 May → Thu 11 Jun.
    reason: 'the day before a weekend leap day, 2020-02-28; VE Day 75 moved early May',
    receipt: '2020-02-28',
    day1: '2020-03-02',
    draft: '2020-03-27',
    publish: '2020-04-14',
    statement: '2020-06-11',
    skipped: ['2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25'],
  },
  {
    // Thu 31 Dec 2015; Fri 1 Jan 2016 a holiday → day 1 Mon 4 Jan. 20 = 4 weeks → Thu 28 Jan + 1 →
    // Fri 29 Jan. 30 → Thu 11 Feb + 1 → Fri 12 Feb. 70 → Thu 7 Apr + 1 Jan, 25 Mar, 28 Mar → Tue 12 Apr.
    reason: 'a year end: 31 Dec 2015, New Year on a Friday',
    receipt: '2015-12-31',
    day1: '2016-01-04',
    draft: '2016-01-29',
    publish: '2016-02-12',
    statement: '2016-04-12',
    skipped: ['2016-01-01', '2016-03-25', '2016-03-28'],
  },
  {
    // Mon 31 Dec 2018; Tue 1 Jan 2019 a holiday → day 1 Wed 2 Jan. 20 = 4 weeks → Mon 28 Jan + 1 →
    // Tue 29 Jan. 30 → Mon 11 Feb + 1 → Tue 12 Feb. 70 → Mon 8 Apr + 1 → Tue 9 Apr (Good Friday 19 Apr).
    reason: 'a year end: 31 Dec 2018, New Year on a Tuesday',
    receipt: '2018-12-31',
    day1: '2019-01-02',
    draft: '2019-01-29',
    publish: '2019-02-12',
    statement: '2019-04-09',
    skipped: ['2019-01-01'],
  },
];

describe('computeDeadline: the written statement and its milestones', () => {
  it.each(rows)('$receipt: $reason', (row) => {
    const result = ofsted(row.receipt);
    expect(iso(result.event)).toBe(row.receipt);
    expect(iso(result.firstCountedDay!)).toBe(row.day1);
    expect(iso(result.deadline)).toBe(row.statement);
    expect(result.rule.amount).toBe(70);
    expect(result.rule.id).toBe('written-statement');
    expect(result.milestones.map((m) => [m.rule.id, m.rule.amount, iso(m.date)])).toEqual([
      ['draft-action-plan', 20, row.draft],
      ['publish-report', 30, row.publish],
      ['written-statement', 70, row.statement],
    ]);
    expect(holidayDates(result)).toEqual(row.skipped);
    expect(result.calendarDays).toBe(calendarDaysBetween(row.receipt, row.statement));
    for (const m of result.milestones) expect(m.calendarDays).toBe(calendarDaysBetween(row.receipt, iso(m.date)));
    // Every calendar day after receipt is either a counted working day or a listed skipped day.
    expect(result.skippedDays).toHaveLength(result.calendarDays - 70);
    // The draft plan is Ofsted practice from 2018; a weekend or holiday receipt splits practice.
    expect(result.warnings.map((w) => w.code)).toEqual([
      ...(row.receipt < '2018-01-01' ? ['before-in-force'] : []),
      ...(row.nonWorking ? ['receipt-on-non-working-day'] : []),
    ]);
  });

  it('names the skipped holidays and weekends', () => {
    const result = ofsted('2014-12-10');
    expect(result.skippedDays.filter((d) => d.reason.kind === 'holiday').map((d) => d.reason.name)).toEqual(['Christmas Day', 'Boxing Day', "New Year's Day"]);
    expect(result.skippedDays.slice(0, 2).map((d) => [iso(d.day), d.reason])).toEqual([
      ['2014-12-13', { kind: 'weekend', name: 'Saturday' }],
      ['2014-12-14', { kind: 'weekend', name: 'Sunday' }],
    ]);
  });

  it('cites the law for each milestone and marks the draft plan as Ofsted practice', () => {
    const byRule = Object.fromEntries(ofsted('2014-12-10').milestones.map((m) => [m.rule.id, m.rule]));
    expect(byRule['publish-report']).toMatchObject({ basis: 'statute', citation: expect.stringContaining('SI 2007/462 reg 2') });
    expect(byRule['written-statement']).toMatchObject({ basis: 'statute', citation: expect.stringContaining('SI 2007/462 reg 3') });
    expect(byRule['draft-action-plan']).toMatchObject({ basis: 'practice', citation: expect.stringContaining('not statute') });
  });

  it.each([
    // A shorter rule shows only the companions due by its own deadline.
    { rule: 'publish-report' as const, milestones: ['draft-action-plan', 'publish-report'] },
    { rule: 'draft-action-plan' as const, milestones: ['draft-action-plan'] },
    { rule: 'written-statement' as const, milestones: ['draft-action-plan', 'publish-report', 'written-statement'] },
  ])('--rule $rule shows the milestones due by its deadline: $milestones', ({ rule, milestones }) => {
    const result = computeDeadline(index, { rule: RULES[rule], event: day('2018-12-10') });
    expect(result.milestones.map((m) => m.rule.id)).toEqual(milestones);
  });
});

describe('--days: a one-off period replaces the 70', () => {
  it.each([
    // Wed 10 Dec 2014 + 45 = 9 weeks → Wed 11 Feb + 3 holidays → Mon 16 Feb 2015.
    { reason: '45 days, past the Christmas holidays', receipt: '2014-12-10', days: 45, deadline: '2015-02-16', skipped: ['2014-12-25', '2014-12-26', '2015-01-01'], rules: ['custom', 'draft-action-plan', 'publish-report'] },
    // Wed 10 Dec 2014 + 10 = 2 weeks → Wed 24 Dec, before Christmas: the longer milestones are not due by then.
    { reason: '10 days, before Christmas', receipt: '2014-12-10', days: 10, deadline: '2014-12-24', skipped: [], rules: ['custom'] },
    // Wed 24 Dec 2014: 25, 26 holidays, 27, 28 weekend → day 1 is Mon 29 Dec.
    { reason: 'a single day over Christmas', receipt: '2014-12-24', days: 1, deadline: '2014-12-29', skipped: ['2014-12-25', '2014-12-26'], rules: ['custom'] },
  ])('$days working days from $receipt: $reason', ({ receipt, days, deadline, skipped, rules }) => {
    const result = ofsted(receipt, days);
    expect(iso(result.deadline)).toBe(deadline);
    expect(result.rule).toMatchObject({ id: 'custom', amount: days });
    expect(holidayDates(result)).toEqual(skipped);
    // The custom rule stands in for the written statement; the shorter milestones remain.
    expect(result.milestones.map((m) => m.rule.id).sort()).toEqual(rules);
    const dates = result.milestones.map((m) => m.date);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(result.warnings).toContainEqual({ code: 'custom-period', rule: 'written-statement', workingDays: days, statutoryWorkingDays: 70 });
  });
});

describe('warnings', () => {
  it.each([
    // Mon 2 Oct 2028 + 70 working days is in January 2029, past the announced holidays.
    { reason: 'the written statement falls in 2029', receipt: '2028-10-02', days: undefined, warned: true },
    // Thu 1 Jun 2028 + 70 is in September 2028: all inside the horizon.
    { reason: 'everything inside 2028', receipt: '2028-06-01', days: undefined, warned: false },
    // Fri 1 Dec 2028 + 5 = Fri 8 Dec: the answer stays inside 2028, and no later milestone is shown.
    { reason: 'a short --days inside 2028', receipt: '2028-12-01', days: 5, warned: false },
    // Fri 1 Dec 2028 + 30 reaches January 2029.
    { reason: 'a --days that reaches 2029', receipt: '2028-12-01', days: 30, warned: true },
    { reason: 'a receipt after the horizon', receipt: '2035-03-01', days: undefined, warned: true },
    { reason: 'an ordinary date', receipt: '2014-12-10', days: undefined, warned: false },
  ])('beyond-horizon: $receipt ($reason) → $warned', ({ receipt, days, warned }) => {
    const result = ofsted(receipt, days);
    const horizon = result.warnings.find((w) => w.code === 'beyond-horizon');
    expect(horizon !== undefined).toBe(warned);
    if (horizon) expect(horizon).toMatchObject({ horizonYear: 2028, calendar: 'england-and-wales' });
  });

  it.each([
    { reason: 'before SI 2007/462 came into force', receipt: '2007-03-30', warned: true },
    { reason: 'the first supported year', receipt: '1990-01-01', warned: true },
    { reason: 'the day it came into force', receipt: '2007-04-01', warned: false },
    { reason: 'the next working day', receipt: '2007-04-02', warned: false },
  ])('before-in-force of SI 2007/462: $receipt ($reason) → $warned', ({ receipt, warned }) => {
    const result = ofsted(receipt);
    const warning = result.warnings.find((w) => w.code === 'before-in-force' && w.rule === 'written-statement');
    expect(warning !== undefined).toBe(warned);
    if (warning) expect(warning).toMatchObject({ inForce: day('2007-04-01'), by: 'SI 2007/462', precision: 'day' });
  });

  it.each([
    { receipt: '2017-12-29', warned: true },
    { receipt: '2018-01-02', warned: false },
  ])('before-in-force of the 2018 draft-plan practice: $receipt → $warned', ({ receipt, warned }) => {
    const codes = ofsted(receipt).warnings.filter((w) => w.code === 'before-in-force').map((w) => (w.code === 'before-in-force' ? w.rule : ''));
    expect(codes).toEqual(warned ? ['draft-action-plan'] : []);
  });

  it('receipt-on-non-working-day gives the deadline under the other convention', () => {
    // Sat 13 Dec 2014: ordinary → Wed 25 Mar 2015; deemed received Mon 15 Dec, counted from it → Thu 26 Mar.
    const ordinary = ofsted('2014-12-13').warnings.find((w) => w.code === 'receipt-on-non-working-day');
    expect(ordinary).toEqual({ code: 'receipt-on-non-working-day', receipt: day('2014-12-13'), reason: 'Saturday', otherConvention: 'deemed-next-working-day', otherDeadline: day('2015-03-26') });
    const deemed = computeDeadline(index, { rule: OFSTED_RULES['written-statement'], event: day('2014-12-13'), receiptConvention: 'deemed-next-working-day' });
    expect(iso(deemed.deadline)).toBe('2015-03-26');
    expect(deemed.warnings).toContainEqual({ code: 'deemed-receipt', receipt: day('2014-12-13'), deemedReceipt: day('2014-12-15') });
    expect(deemed.warnings).toContainEqual(expect.objectContaining({ code: 'receipt-on-non-working-day', otherConvention: 'ordinary', otherDeadline: day('2015-03-25') }));
  });

  it('region-not-statutory when the calendar is not the one the law names', () => {
    const scotland = computeDeadline(builtInIndex('scotland'), { rule: OFSTED_RULES['written-statement'], event: day('2019-12-10') });
    expect(scotland.warnings).toContainEqual({ code: 'region-not-statutory', rule: 'written-statement', region: 'scotland', statutoryRegion: 'england-and-wales' });
    const foiOnUk = computeDeadline(builtInIndex('uk'), { rule: RULES.foi, event: day('2019-12-10') });
    expect(foiOnUk.warnings).toEqual([]);
  });

  it.each([
    // Fri 29 Dec 2028 + 1: Mon 1 Jan 2029 is New Year's Day by the standing rules → Tue 2 Jan 2029.
    { reason: 'one day into 2029', from: '2028-12-29', n: 1, date: '2029-01-02', warned: true },
    // Fri 1 Dec 2028 + 5 = Fri 8 Dec 2028.
    { reason: 'inside 2028', from: '2028-12-01', n: 5, date: '2028-12-08', warned: false },
    // Wed 10 Jan 2029 − 5: 9, 8, 5, 4, 3 Jan (2 Jan working, 1 Jan a holiday) → Wed 3 Jan 2029.
    { reason: 'counting back inside 2029', from: '2029-01-10', n: -5, date: '2029-01-03', warned: true },
  ])('plain working days $from $n ($reason) warns: $warned', ({ from, n, date, warned }) => {
    const result = plain(from, n);
    expect(iso(result.deadline)).toBe(date);
    expect(result.warnings.map((w) => w.code)).toEqual(warned ? ['beyond-horizon'] : []);
  });
});

describe('plain working-day arithmetic (add)', () => {
  it.each([
    // Mon 23 Mar 2015 − 70 is Wed 10 Dec 2014 (the issue example backwards); counting back, day 1 is
    // the working day before, Fri 20 Mar.
    { reason: 'back 70 from the example deadline', from: '2015-03-23', n: -70, date: '2014-12-10', day1: '2015-03-20', skipped: ['2014-12-25', '2014-12-26', '2015-01-01'] },
    { reason: 'zero days is the day itself', from: '2014-12-25', n: 0, date: '2014-12-25', day1: null, skipped: [] },
    // Back 1 from Mon 29 Dec 2014: Sun 28, Sat 27, Fri 26 and Thu 25 are not working days → Wed 24.
    { reason: 'back over Christmas', from: '2014-12-29', n: -1, date: '2014-12-24', day1: '2014-12-24', skipped: ['2014-12-25', '2014-12-26'] },
  ])('$from $n ($reason) → $date', ({ from, n, date, day1, skipped }) => {
    const result = plain(from, n);
    expect(iso(result.deadline)).toBe(date);
    expect(result.firstCountedDay === null ? null : iso(result.firstCountedDay)).toBe(day1);
    expect(result.calendarDays).toBe(calendarDaysBetween(from, date));
    expect(holidayDates(result)).toEqual(skipped);
  });
});
