import type { Command } from 'commander';
import { RULES, RULE_IDS } from '../../core/rules.js';
import { toJsonRule } from '../../output/json.js';
import { renderRulesText } from '../../output/rule-text.js';
import { emit, type Action } from '../context.js';

/**
 * `rules`: the catalogue, each rule with its period, citation and counting in words. With --json a
 * bare array `[{ id, title, amount, unit, citation, ... }]`, as the issue that asked for it specified.
 */
export const runRules: Action = (context) => {
  const rules = RULE_IDS.map((id) => RULES[id]);
  // --region says which calendar each rule would count on now, as it would for a deadline.
  emit(
    context,
    () => rules.map((rule) => ({ ...toJsonRule(rule), regionUsed: context.region ?? rule.calendar })),
    () => renderRulesText(rules, context.style, context.region),
  );
};

export function describeRules(command: Command): Command {
  return command.description('list the rules --rule can apply, with their citations and how each counts (with --region: the calendar each would use)');
}
