import type { Command } from 'commander';
import { ofstedDeadlines } from '../../core/deadline.js';
import { type DayNumber, parseIsoDay } from '../../core/day.js';
import { DeadlineError } from '../../core/errors.js';
import { type ExplainedDay, explainDays } from '../../core/explain.js';
import { ruleDeadline } from '../../core/rule-deadline.js';
import { RULES, type Rule, customRule, isOfstedRuleId } from '../../core/rules.js';
import type { WorkingDayIndex } from '../../core/working-days.js';
import { deadlineJson, ruleDeadlineJson } from '../../output/json.js';
import { renderExplainText, renderRuleDeadlineText, receiptConventionLine } from '../../output/rule-text.js';
import { renderDeadlinesText } from '../../output/text.js';
import { type CommandContext, emit } from '../context.js';
import { parseDateArgument, parseWorkingDaysArgument } from '../parse.js';
import { type RuleOptions, addRuleOptions, indexForRule, parseReceiptConvention, parseRuleOption } from '../rule-option.js';

export interface DeadlineOptions extends RuleOptions {
  readonly days?: string;
  readonly explain?: boolean;
}

interface TrailSpan {
  readonly first: DayNumber;
  readonly last: DayNumber;
  readonly countedFrom: DayNumber;
  readonly event: DayNumber;
  readonly periodEnd?: DayNumber;
}

function trail(index: WorkingDayIndex, rule: Rule, span: TrailSpan): ExplainedDay[] {
  return explainDays(index, span.first, span.last, {
    counting: rule.unit === 'calendar-months' ? 'calendar-days' : 'working-days',
    ...(span.countedFrom !== span.event ? { deemedReceipt: span.countedFrom } : {}),
    ...(span.periodEnd !== undefined ? { periodEnd: span.periodEnd } : {}),
  });
}

/** `ofsted-deadline <date>`: the deadline of one rule (the written statement by default). */
export function runDeadline(context: CommandContext, dateText: string, options: DeadlineOptions): void {
  const ruleId = parseRuleOption(options.rule);
  const rule = RULES[ruleId];
  const receiptConvention = parseReceiptConvention(options.receiptConvention);
  const event = parseDateArgument(dateText, () => context.io.today, rule.event === 'meeting' ? 'meeting date' : 'receipt date');
  const index = indexForRule(context, rule);
  const holidaysFile = context.sources.holidaysFile?.path;
  const calendarTitle = index.calendar.title;
  if (isOfstedRuleId(ruleId)) {
    const days =
      options.days === undefined ? undefined : parseWorkingDaysArgument(options.days, { allowNegative: false, allowZero: false }, '--days');
    const result = ofstedDeadlines(index, event, { rule: ruleId, receiptConvention, ...(days === undefined ? {} : { days }) });
    const explained = options.explain
      ? trail(index, rule, { first: event + 1, last: parseIsoDay(result.deadline)!, countedFrom: parseIsoDay(result.countedFrom)!, event })
      : undefined;
    // With --days the headline rule is the one-off period, so the JSON must describe that, not the 70 days.
    const headlineRule = days === undefined ? rule : customRule(days);
    const extras = { rule: headlineRule, horizonYear: index.calendar.horizonYear, holidaysFile, days: explained };
    const convention = receiptConventionLine(receiptConvention);
    const text = () =>
      renderDeadlinesText(result, context.style) +
      (convention ? `  ${convention}\n` : '') +
      (holidaysFile ? `  Holidays file: ${holidaysFile}.\n` : '') +
      (explained ? `\n${renderExplainText(explained, rule.unit, context.style)}` : '');
    emit(context, () => deadlineJson(result, extras), text, result.warnings);
    return;
  }
  if (options.days !== undefined) {
    throw new DeadlineError('invalid-argument', `--days replaces an Ofsted period; it cannot change the ${ruleId} rule`, options.days);
  }
  const result = ruleDeadline(index, rule, event, { receiptConvention });
  const explained = options.explain
    ? trail(index, rule, {
        first: parseIsoDay(result.trail.from)!,
        last: parseIsoDay(result.trail.to)!,
        countedFrom: parseIsoDay(result.countedFrom)!,
        event,
        ...(result.unadjustedDate ? { periodEnd: parseIsoDay(result.unadjustedDate)! } : {}),
      })
    : undefined;
  const extras = { rule, horizonYear: index.calendar.horizonYear, holidaysFile, days: explained };
  const text = () =>
    renderRuleDeadlineText(result, { calendarTitle, holidaysFile }, context.style) +
    (explained ? `\n${renderExplainText(explained, rule.unit, context.style)}` : '');
  emit(context, () => ruleDeadlineJson(result, index.calendar.id, extras), text, result.warnings);
}

export function describeDeadline(program: Command): Command {
  return addRuleOptions(
    program.argument('[date]', 'the day the report (or request) was received, or for --rule agenda the meeting: YYYY-MM-DD, DD/MM/YYYY or "today"'),
  )
    .option('--days <n>', "count N working days instead of the Ofsted rule's own period (a one-off calculation)")
    .option('--explain', 'list every day from the day after the date to the deadline: day k, or skipped and why');
}
