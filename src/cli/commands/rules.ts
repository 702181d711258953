import type { Command } from 'commander';
import { RULES, RULE_IDS } from '../../core/rules.js';
import { toJsonRule } from '../../output/json.js';
import { renderRulesText } from '../../output/rule-text.js';
import { emit } from '../context.js';
import type { Action } from '../program.js';

/**
 * `rules`: the catalogue, each rule with its period, citation and counting in words. With --json a
 * bare array `[{ id, title, amount, unit, citation, ... }]`, as the issue that asked for it specified.
 */
export const runRules: Action = (context) => {
  const rules = RULE_IDS.map((id) => RULES[id]);
  emit(context, () => rules.map(toJsonRule), () => renderRulesText(rules, context.style));
};

export function describeRules(command: Command): Command {
  return command.description('list the rules --rule can apply, with their citations and how each counts');
}
