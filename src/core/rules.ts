/**
 * The statutory and practice clocks the tool computes. A rule is data; the arithmetic that serves
 * it lives in deadline.ts. Citations are quoted from ../shared/statute.md (see README "The law").
 */
export const OFSTED_RULE_IDS = ['written-statement', 'publish-report', 'draft-action-plan'] as const;
export type OfstedRuleId = (typeof OFSTED_RULE_IDS)[number];

export type RuleBasis = 'statute' | 'practice';

export interface WorkingDayRule {
  readonly id: string;
  readonly title: string;
  /** Working days after the day of receipt; the receipt day itself never counts. */
  readonly workingDays: number;
  readonly basis: RuleBasis;
  readonly citation: string;
  /** One line a clerk can quote. */
  readonly legalBasis: string;
}

export const OFSTED_RULES: Record<OfstedRuleId, WorkingDayRule> = {
  'written-statement': {
    id: 'written-statement',
    title: 'Written statement of action',
    workingDays: 70,
    basis: 'statute',
    citation: 'SI 2007/462 reg 3; Education and Inspections Act 2006 s137(3)',
    legalBasis:
      'Prepare and publish a written statement of the action the authority proposes to take, within 70 working days of receiving the report (reg 3 wording unconfirmed; period as stated by Ofsted and councils).',
  },
  'publish-report': {
    id: 'publish-report',
    title: 'Report published',
    workingDays: 30,
    basis: 'statute',
    citation: 'SI 2007/462 reg 2',
    legalBasis: 'The authority "must, within 30 working days of receiving the report, publish it".',
  },
  'draft-action-plan': {
    id: 'draft-action-plan',
    title: 'Early draft action plan to Ofsted',
    workingDays: 20,
    basis: 'practice',
    citation: 'Ofsted ILACS practice (2018 statement), not statute',
    legalBasis: 'Ofsted asks authorities to "share an early draft of the action plan within 20 working days".',
  },
};

/** Milestones in the order they fall due. */
export const OFSTED_MILESTONE_ORDER: readonly OfstedRuleId[] = ['draft-action-plan', 'publish-report', 'written-statement'];

/** A one-off period from `--days N`, standing in for the written statement's 70 days. */
export function customRule(workingDays: number): WorkingDayRule {
  return {
    id: 'custom',
    title: `Custom period of ${workingDays} working days`,
    workingDays,
    basis: 'practice',
    citation: 'user-supplied period (--days), counted as SI 2007/462 reg 1(2) working days',
    legalBasis: `A one-off count of ${workingDays} working days after receipt, using the SI 2007/462 definition of a working day.`,
  };
}

/** SI 2007/462 reg 1(2), quoted in every explanation of what a working day is. */
export const WORKING_DAY_DEFINITION =
  'SI 2007/462 reg 1(2): "working day" means any day other than a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday in England and Wales under the Banking and Financial Dealings Act 1971.';

/** Dodds v Walker and CPR 2.8: the counting convention, in words. */
export const COUNTING_CONVENTION =
  'The day of receipt never counts (Dodds v Walker [1981] 1 WLR 1027; CPR 2.8): day 1 is the first working day after it, and the deadline is the Nth such day, itself still in time.';

/** SI 2007/462 came into force on 1 April 2007. */
export const SI_2007_462_IN_FORCE = '2007-04-01';
