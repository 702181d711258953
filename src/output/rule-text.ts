/** Text for the rule catalogue and the receipt convention. */
import { RECEIPT_CONVENTION_LABELS, type ReceiptConvention, type Rule } from '../core/rules.js';
import { type Style, table, wrapText } from './style.js';
import { plural } from './words.js';

const UNIT_WORDS: Record<Rule['unit'], (n: number) => string> = {
  'working-days': (n) => plural(n, 'working day'),
  'calendar-months': (n) => plural(n, 'calendar month'),
  'clear-working-days-before': (n) => `${plural(n, 'clear working day')} before the meeting`,
};

/** The same, short enough for a table column: "5 clear days before". */
const SHORT_UNIT_WORDS: Record<Rule['unit'], (n: number) => string> = {
  ...UNIT_WORDS,
  'clear-working-days-before': (n) => `${plural(n, 'clear day')} before`,
};

/** "70 working days", "1 calendar month", "5 clear working days before the meeting". */
export function describePeriod(rule: Rule): string {
  return UNIT_WORDS[rule.unit](rule.amount);
}

const REGION_WORDS: Record<Rule['calendar'], string> = {
  'england-and-wales': 'England and Wales bank holidays',
  uk: 'bank holidays in any part of the UK',
};

/** `ofsted-deadline rules`: every rule with its period, basis, citation and counting in words. */
export function renderRulesText(rules: readonly Rule[], style: Style, region?: string): string {
  const calendarOf = (rule: Rule): string =>
    region === undefined || region === rule.calendar
      ? REGION_WORDS[rule.calendar]
      : `${region} (chosen with --region; the rule's law names ${REGION_WORDS[rule.calendar]})`;
  const lines = [
    ...table(
      [
        ['Rule', 'Period', 'Basis', 'Citation'].map((h) => style.bold(h)),
        ...rules.map((rule) => [rule.id, SHORT_UNIT_WORDS[rule.unit](rule.amount), rule.basis, rule.citation]),
      ],
      '  ',
      style.width,
    ),
    '',
    ...rules.flatMap((rule) => [
      `${style.bold(rule.id)}: ${rule.title}`,
      ...wrapText(rule.legalBasis, style.width, '  '),
      ...wrapText(`Counting: ${rule.counting}`, style.width, '  ', '    '),
      ...wrapText(`Calendar: ${calendarOf(rule)}`, style.width, '  ', '    '),
    ]),
    '',
    style.dim('Use --rule ID with a date; --region overrides a rule\'s calendar.'),
  ];
  return `${lines.join('\n')}\n`;
}

/** The line that says how a receipt on a non-working day was treated, when it was the other way. */
export function receiptConventionLine(convention: ReceiptConvention): string | undefined {
  return convention === 'ordinary' ? undefined : `Receipt convention: ${RECEIPT_CONVENTION_LABELS[convention]}.`;
}

