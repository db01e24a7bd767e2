/**
 * --rule (with `custom` and its thresholds) and --dataset, shared by every vote command.
 */
import { quote } from '../core/format';
import { allDatasets, DEFAULT_DATASET_ID, findDataset } from '../core/data/datasets';
import type { Dataset } from '../core/data/dataset';
import { ok, type Result } from '../core/result';
import { isRuleId, RULE_IDS, ruleOf, type Rule, type RuleId } from '../core/rules/vote';
import { customFromArgs } from './customArgs';
import { fail, oneOf, single } from './options';

/** The rule names --rule accepts: the treaty rules, and custom thresholds. */
const RULE_NAMES = [...RULE_IDS, 'custom'];

/**
 * --rule (required; `custom` with its thresholds) and --dataset (a Council dataset, default the
 * newest), shared by every vote command.
 */
export function ruleAndDataset(v: { rule?: string[]; dataset?: string[] } & Parameters<typeof customFromArgs>[1]): Result<{ rule: Rule; dataset: Dataset }> {
  const ruleText = single(v.rule, 'rule');
  if (!ruleText.ok) return ruleText;
  if (ruleText.value === undefined) return fail(`missing --rule (${oneOf(RULE_NAMES)})`, 'rule.unknown');
  const ruleId = ruleText.value.trim().toLowerCase();
  if (!isRuleId(ruleId) && ruleId !== 'custom') return fail(`unknown rule ${quote(ruleText.value)} in --rule (${oneOf(RULE_NAMES)})`, 'rule.unknown');
  const custom = customFromArgs(ruleId, v);
  if (!custom.ok) return custom;

  const datasetText = single(v.dataset, 'dataset');
  if (!datasetText.ok) return datasetText;
  const found = findDataset(datasetText.value?.trim() ?? DEFAULT_DATASET_ID);
  const councils = allDatasets().filter((d) => d.role === 'council').map((d) => d.id);
  if (!found.ok)
    return fail(`unknown dataset ${quote(datasetText.value ?? '')} in --dataset (${oneOf(councils)})`, 'dataset.unknown');
  const dataset = found.value;
  if (dataset.role !== 'council') {
    return fail(
      `dataset "${dataset.id}" lists candidate countries, not a Council (use ${oneOf(councils)})`,
      'dataset.unknown',
    );
  }

  return ok({ rule: custom.value ?? ruleOf(ruleId as RuleId), dataset });
}
