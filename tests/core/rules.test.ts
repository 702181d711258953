import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { addCalendarMonths } from '../../src/core/calendar-months.js';
import { formatIsoDay, parseIsoDay } from '../../src/core/day.js';
import { computeDeadline } from '../../src/core/deadline.js';
import { OFSTED_RULES, RULES, RULE_IDS, type ReceiptConvention, type Rule, type RuleId } from '../../src/core/rules.js';
import type { WorkingDayIndex } from '../../src/core/working-days.js';
import { isoOfDayNumber as iso } from '../helpers/errors.js';

const day = (iso: string) => parseIsoDay(iso)!;
const apply = (index: WorkingDayIndex, rule: Rule, date: string, receiptConvention?: ReceiptConvention) =>
  computeDeadline(index, { rule, event: day(date), ...(receiptConvention === undefined ? {} : { receiptConvention }) });
const due = (index: WorkingDayIndex, rule: Rule, date: string, receiptConvention?: ReceiptConvention) => iso(apply(index, rule, date, receiptConvention).deadline);

describe('the rule catalogue', () => {
  it.each(RULE_IDS)('%s has a title, a positive amount, a citation and its counting in words', (id) => {
    const rule = RULES[id];
    expect(rule.id).toBe(id);
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.amount).toBeGreaterThan(0);
    expect(rule.citation).not.toBe('');
    expect(rule.counting.length).toBeGreaterThan(40);
  });

  it.each([
    ['written-statement', 70, 'working-days', 'statute', 'england-and-wales'],
    ['publish-report', 30, 'working-days', 'statute', 'england-and-wales'],
    ['draft-action-plan', 20, 'working-days', 'practice', 'england-and-wales'],
    ['foi', 20, 'working-days', 'statute', 'uk'],
    ['eir', 20, 'working-days', 'statute', 'uk'],
    ['sar', 1, 'calendar-months', 'statute', 'england-and-wales'],
    ['agenda', 5, 'clear-working-days-before', 'statute', 'england-and-wales'],
  ] as const)('%s: %i %s, %s, on the %s calendar', (id, amount, unit, basis, calendar) => {
    expect(RULES[id]).toMatchObject({ amount, unit, basis, calendar });
  });

  it('keeps OFSTED_RULES as the same objects the catalogue lists', () => {
    expect(RULES['written-statement']).toBe(OFSTED_RULES['written-statement']);
    expect(OFSTED_RULES['publish-report'].amount).toBe(30);
  });
});

describe('worked examples, rule by rule (statute.md)', () => {
  it.each([
    // [rule, date, region, expected, why]
    ['written-statement', '2014-12-10', 'england-and-wales', '2015-03-23', '70 working days over Christmas 2014'],
    ['publish-report', '2014-12-10', 'england-and-wales', '2015-01-26', '30 working days (SI 2007/462 reg 2)'],
    ['draft-action-plan', '2014-12-10', 'england-and-wales', '2015-01-12', '20 working days (Ofsted practice)'],
    ['foi', '2025-01-02', 'uk', '2025-01-30', 'day 1 is Fri 3 Jan; no holidays in the span'],
    ['foi', '2025-07-31', 'uk', '2025-09-01', 'Scotland’s 4 Aug and England’s 25 Aug both skip (s10(6): any part of the UK)'],
    ['foi', '2025-07-31', 'england-and-wales', '2025-08-29', 'the same request counted on England and Wales days only is a day earlier'],
    ['eir', '2025-07-31', 'uk', '2025-09-01', 'EIR reg 5(2) counts as FOI does'],
    ['sar', '2023-09-03', 'england-and-wales', '2023-10-03', 'corresponding date (a Tuesday)'],
    ['sar', '2023-01-31', 'england-and-wales', '2023-02-28', '31 Jan: February has no 31st, so its last day'],
    ['sar', '2024-01-31', 'england-and-wales', '2024-02-29', '31 Jan in a leap year: 29 Feb'],
    ['sar', '2024-01-30', 'england-and-wales', '2024-02-29', 'receipt on 30 Jan: no 30 Feb, so the month’s last day'],
    ['sar', '2025-01-30', 'england-and-wales', '2025-02-28', 'receipt on 30 Jan 2025: Fri 28 Feb'],
    ['sar', '2025-02-08', 'england-and-wales', '2025-03-10', 'corresponding date Sat 8 Mar moves to Mon 10 Mar'],
    ['sar', '2025-04-05', 'england-and-wales', '2025-05-06', 'corresponding date is the Early May bank holiday: Tue 6 May'],
    ['sar', '2024-02-29', 'england-and-wales', '2024-04-02', '29 Mar 2024 is Good Friday, then a weekend and Easter Monday'],
    ['sar', '2025-11-26', 'england-and-wales', '2025-12-29', '26 Dec is Boxing Day, then a weekend'],
    ['agenda', '2015-01-13', 'england-and-wales', '2015-01-05', 'Cabinet on Tue 13 Jan 2015: publish by Mon 5 Jan'],
    ['agenda', '2022-09-27', 'england-and-wales', '2022-09-16', 'the State Funeral (19 Sep 2022) is not a clear day'],
    ['agenda', '2022-09-26', 'england-and-wales', '2022-09-15', 'meeting Mon 26 Sep 2022: clear days 20–23 Sep and 16 Sep'],
    ['agenda', '2022-09-30', 'england-and-wales', '2022-09-22', 'meeting after the funeral week: no holiday in the clear days'],
  ] as const)('%s on %s (%s) is due %s: %s', (id: RuleId, date, region, expected, why) => {
    expect(due(builtInIndex(region), RULES[id], date), why).toBe(expected);
  });

  it('says when a month end moved to the next working day', () => {
    const result = apply(builtInIndex('england-and-wales'), RULES.sar, '2025-02-08');
    expect(iso(result.unadjustedDeadline!)).toBe('2025-03-08');
    expect(apply(builtInIndex('england-and-wales'), RULES.sar, '2023-09-03').unadjustedDeadline).toBeNull();
  });
});

describe('calendar months', () => {
  it.each([
    ['2023-01-31', 1, '2023-02-28', 'no 31 Feb'],
    ['2024-01-31', 1, '2024-02-29', 'leap year'],
    ['2023-03-31', 1, '2023-04-30', 'April has 30 days'],
    ['2023-12-15', 1, '2024-01-15', 'across a year end'],
    ['2023-08-31', 6, '2024-02-29', 'six months to a leap February'],
    ['2024-03-31', -1, '2024-02-29', 'backwards'],
    ['2023-05-15', 0, '2023-05-15', 'zero months'],
  ])('%s + %i month(s) is %s (%s)', (from, months, expected) => {
    expect(formatIsoDay(addCalendarMonths(day(from), months))).toBe(expected);
  });
});

describe('the weekend-receipt conventions', () => {
  const index = builtInIndex('england-and-wales');

  it.each([
    ['2014-12-13', 'ordinary', '2014-12-15', 'Saturday receipt: day 1 is still Monday'],
    ['2014-12-13', 'deemed-next-working-day', '2014-12-16', 'deemed received Monday: day 1 is Tuesday'],
    ['2014-12-10', 'deemed-next-working-day', '2014-12-11', 'a working-day receipt is the same under both'],
  ] as const)('receipt %s under %s: day 1 is %s (%s)', (receipt, receiptConvention, dayOne, why) => {
    expect(iso(apply(index, RULES['written-statement'], receipt, receiptConvention).firstCountedDay!), why).toBe(dayOne);
  });

  it('moves a deadline one working day later when the receipt was on a weekend', () => {
    const ordinary = apply(index, RULES['written-statement'], '2014-12-13');
    const deemed = apply(index, RULES['written-statement'], '2014-12-13', 'deemed-next-working-day');
    expect(index.count(ordinary.deadline, deemed.deadline)).toBe(1);
    expect(iso(deemed.event)).toBe('2014-12-13');
    expect(iso(deemed.countedFrom)).toBe('2014-12-15');
    // Wed 25 Mar 2015 to Thu 26 Mar 2015, counted by hand in tests/core/deadline.test.ts.
    expect([iso(ordinary.deadline), iso(deemed.deadline)]).toEqual(['2015-03-25', '2015-03-26']);
    expect(deemed.calendarDays).toBe(deemed.deadline - day('2014-12-13'));
  });

  it.each([
    ['foi', '2025-01-04', '2025-01-31', '2025-02-03'],
    ['sar', '2025-02-08', '2025-03-10', '2025-03-10'],
  ] as const)('%s received %s: %s ordinarily, %s when deemed', (id, receipt, ordinary, deemed) => {
    const ruleIndex = builtInIndex(RULES[id].calendar);
    expect(due(ruleIndex, RULES[id], receipt)).toBe(ordinary);
    expect(due(ruleIndex, RULES[id], receipt, 'deemed-next-working-day')).toBe(deemed);
  });

  it('refuses the deemed convention for a meeting date', () => {
    expect(() => apply(index, RULES.agenda, '2015-01-13', 'deemed-next-working-day')).toThrow(
      /does not apply to the agenda rule/,
    );
  });
});

describe('edge cases', () => {
  it.each([
    ['sar', '2199-12-20', /1 calendar month\(s\) after the receipt falls outside the supported years/],
    ['agenda', '1990-01-03', /publication 5 clear working days before the meeting falls outside/],
    ['foi', '2199-12-20', /outside the supported years/],
  ] as const)('%s on %s is an out-of-range error, not a wrong date', (id, date, message) => {
    expect(() => apply(builtInIndex(RULES[id].calendar), RULES[id], date)).toThrow(message);
  });

  it('an agenda for a meeting on a weekend still counts working days back from it', () => {
    // Sat 17 Jan 2015: clear days Fri 16 .. Mon 12, publish Fri 9.
    expect(due(builtInIndex('england-and-wales'), RULES.agenda, '2015-01-17')).toBe('2015-01-09');
  });
});
