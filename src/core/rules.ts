/**
 * The statutory and practice clocks the tool computes. A rule is data; the arithmetic that serves
 * it lives in deadline.ts. Citations are quoted from ../shared/statute.md (see README "The law").
 */
export const OFSTED_RULE_IDS = ['written-statement', 'publish-report', 'draft-action-plan'] as const;
export type OfstedRuleId = (typeof OFSTED_RULE_IDS)[number];

export type RuleBasis = 'statute' | 'practice';

/**
 * How a rule's period is measured:
 * - `working-days`: the Nth working day after the event (the event day never counts);
 * - `calendar-months`: the corresponding date N months later (or that month's last day), moved to
 *   the next working day when it is not one;
 * - `clear-working-days-before`: the latest working day leaving N working days between it and the
 *   event, both ends excluded.
 */
export const RULE_UNITS = ['working-days', 'calendar-months', 'clear-working-days-before'] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];

/**
 * Which bank holidays a rule treats as non-working. `england-and-wales`: SI 2007/462 reg 1(2) and
 * the council's own calendar; `uk`: a bank holiday "in any part of the United Kingdom" (FOIA 2000
 * s10(6)). `--region` may override it.
 */
export type RuleCalendar = 'england-and-wales' | 'uk';

/** When a rule began to apply, and the instrument or statement that began it. */
export interface InForce {
  /** The first day the rule applies to, `YYYY-MM-DD`. */
  readonly from: string;
  /** What brought it in, as a clerk would cite it. */
  readonly by: string;
  /** `year` when the sources give only the year (`from` is then its 1 January). */
  readonly precision: 'day' | 'year';
}

/** A statutory or practice clock as data; the one function that applies any rule is in deadline.ts. */
export interface Rule {
  readonly id: string;
  readonly title: string;
  readonly amount: number;
  readonly unit: RuleUnit;
  /** What the given date is: the day something was received, or the day of a meeting. */
  readonly event: 'receipt' | 'meeting';
  /** The counting convention, in words a clerk can quote. */
  readonly counting: string;
  /** The calendar the rule's own law names; a different region gives a `region-not-statutory` warning. */
  readonly calendar: RuleCalendar;
  readonly basis: RuleBasis;
  readonly citation: string;
  /** One line a clerk can quote. */
  readonly legalBasis: string;
  /** From when the rule applies; an event before it gives a `before-in-force` warning. */
  readonly inForce?: InForce;
  /**
   * Rules whose dates are shown beside this one as milestones, counted from the same receipt
   * (the Ofsted clocks run together); only those falling on or before this rule's deadline are kept.
   */
  readonly companions?: readonly string[];
}

/** Dodds v Walker and CPR 2.8, for rules counted in working days after receipt. */
const WORKING_DAYS_AFTER_RECEIPT =
  'Working days after receipt: the day of receipt never counts (Dodds v Walker [1981] 1 WLR 1027; CPR 2.8); day 1 is the first working day after it and the deadline is the Nth such day, itself still in time. Working days exclude Saturdays, Sundays, Christmas Day, Good Friday and England and Wales bank holidays (SI 2007/462 reg 1(2)).';

/** SI 2007/462 came into force on 1 April 2007 (reg 1(1)). */
const SI_2007_462: InForce = { from: '2007-04-01', by: 'SI 2007/462', precision: 'day' };

/** The Ofsted clocks run together: each shows the others that fall due by its own deadline. */
const OFSTED_COMPANIONS = ['draft-action-plan', 'publish-report', 'written-statement'] as const;

export const OFSTED_RULES: Record<OfstedRuleId, Rule> = {
  'written-statement': {
    id: 'written-statement',
    unit: 'working-days',
    amount: 70,
    event: 'receipt',
    counting: WORKING_DAYS_AFTER_RECEIPT,
    calendar: 'england-and-wales',
    title: 'Written statement of action',
    basis: 'statute',
    citation: 'SI 2007/462 reg 3; Education and Inspections Act 2006 s137(3)',
    inForce: SI_2007_462,
    companions: OFSTED_COMPANIONS,
    legalBasis:
      'Prepare and publish a written statement of the action the authority proposes to take, within 70 working days of receiving the report (reg 3 wording unconfirmed; period as stated by Ofsted and councils).',
  },
  'publish-report': {
    id: 'publish-report',
    unit: 'working-days',
    amount: 30,
    event: 'receipt',
    counting: WORKING_DAYS_AFTER_RECEIPT,
    calendar: 'england-and-wales',
    title: 'Report published',
    basis: 'statute',
    citation: 'SI 2007/462 reg 2',
    inForce: SI_2007_462,
    companions: OFSTED_COMPANIONS,
    legalBasis: 'The authority "must, within 30 working days of receiving the report, publish it".',
  },
  'draft-action-plan': {
    id: 'draft-action-plan',
    unit: 'working-days',
    amount: 20,
    event: 'receipt',
    counting: WORKING_DAYS_AFTER_RECEIPT,
    calendar: 'england-and-wales',
    title: 'Early draft action plan to Ofsted',
    basis: 'practice',
    citation: 'Ofsted ILACS practice (2018 statement), not statute',
    // The practice is stated from 2018 (ILACS; CYP Now, 16 Aug 2018): an earlier receipt predates it.
    inForce: { from: '2018-01-01', by: 'Ofsted ILACS practice (2018 statement)', precision: 'year' },
    companions: OFSTED_COMPANIONS,
    legalBasis: 'Ofsted asks authorities to "share an early draft of the action plan within 20 working days".',
  },
};

/** SI 2007/462 reg 1(2), quoted in every explanation of what a working day is. */
export const WORKING_DAY_DEFINITION =
  'SI 2007/462 reg 1(2): "working day" means any day other than a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday in England and Wales under the Banking and Financial Dealings Act 1971.';

/** Dodds v Walker and CPR 2.8: the counting convention, in words. */
export const COUNTING_CONVENTION =
  'The day of receipt never counts (Dodds v Walker [1981] 1 WLR 1027; CPR 2.8): day 1 is the first working day after it, and the deadline is the Nth such day, itself still in time.';

/** Every rule the tool knows, in the order `rules` lists them. */
export const RULE_IDS = [...OFSTED_RULE_IDS, 'foi', 'eir', 'sar', 'agenda'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The rule the default command computes when `--rule` is not given. */
export const DEFAULT_RULE_ID: RuleId = 'written-statement';

export function isRuleId(text: string): text is RuleId {
  return (RULE_IDS as readonly string[]).includes(text);
}

export function isOfstedRuleId(id: RuleId): id is OfstedRuleId {
  return (OFSTED_RULE_IDS as readonly string[]).includes(id);
}

const UK_WORKING_DAYS_AFTER_RECEIPT =
  'Working days after receipt: day 1 is the first working day after the day of receipt (ICO guidance); the deadline is the 20th such day. Working days exclude Saturdays, Sundays, Christmas Day, Good Friday and bank holidays in any part of the United Kingdom (FOIA 2000 s10(6)), so Scottish and Northern Irish holidays do not count either.';

const OTHER_RULES: Record<Exclude<RuleId, OfstedRuleId>, Rule> = {
  foi: {
    id: 'foi',
    title: 'Freedom of information response',
    amount: 20,
    unit: 'working-days',
    event: 'receipt',
    counting: UK_WORKING_DAYS_AFTER_RECEIPT,
    calendar: 'uk',
    basis: 'statute',
    citation: 'FOIA 2000 s10(1), s10(6)',
    legalBasis: 'Comply "not later than the twentieth working day following the date of receipt".',
  },
  eir: {
    id: 'eir',
    title: 'Environmental information response',
    amount: 20,
    unit: 'working-days',
    event: 'receipt',
    counting: `${UK_WORKING_DAYS_AFTER_RECEIPT} Councils and the ICO apply the FOI definition of a working day to the EIR.`,
    calendar: 'uk',
    basis: 'statute',
    citation: 'EIR 2004 reg 5(2)',
    legalBasis: 'Make the information available "no later than 20 working days after the date of receipt".',
  },
  sar: {
    id: 'sar',
    title: 'Subject access response',
    amount: 1,
    unit: 'calendar-months',
    event: 'receipt',
    counting:
      'One calendar month: the day of receipt is day one and the period ends on the corresponding date of the next month; if that month has no such date, on its last day; if that day is not a working day, on the next working day (ICO guidance since August 2019).',
    calendar: 'england-and-wales',
    basis: 'statute',
    citation: 'UK GDPR Art 12(3); ICO guidance',
    legalBasis: 'Respond to a subject access request "within one month of receipt".',
  },
  agenda: {
    id: 'agenda',
    title: 'Council meeting agenda',
    amount: 5,
    unit: 'clear-working-days-before',
    event: 'meeting',
    counting:
      'Five clear days before the meeting: the day of publication and the day of the meeting are both excluded, and the clear days are working days (R v Swansea CC ex p Elitestone, CA 1993). The answer is the latest working day on which to publish.',
    calendar: 'england-and-wales',
    basis: 'statute',
    citation: 'Local Government Act 1972 s100B; SI 2002/715',
    legalBasis: 'Agendas are open to inspection "at least five clear days before the meeting".',
  },
};

/** The catalogue: every rule by id. */
export const RULES: Record<RuleId, Rule> = { ...OFSTED_RULES, ...OTHER_RULES };

/**
 * The two conventions for a receipt on a day that is not a working day. `ordinary` is the law's
 * (Dodds v Walker; ICO): nothing changes, day 1 is the next working day. `deemed-next-working-day`
 * is what some tools do: the item is deemed received on the next working day and counting starts
 * the day after that, one working day later.
 */
export const RECEIPT_CONVENTIONS = ['ordinary', 'deemed-next-working-day'] as const;
export type ReceiptConvention = (typeof RECEIPT_CONVENTIONS)[number];

export const RECEIPT_CONVENTION_LABELS: Record<ReceiptConvention, string> = {
  ordinary: 'the day of receipt never counts, whatever day it is; day 1 is the next working day (Dodds v Walker; ICO)',
  'deemed-next-working-day':
    'deemed received on the next working day: a receipt on a weekend or bank holiday is treated as arriving on the next working day, and counting starts the day after that (not the default; one day later than the law’s reading)',
};
