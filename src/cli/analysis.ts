/**
 * The analysis commands' output: voting power tables and the probability of adoption.
 */
import { countryName, type CountryCode } from '../core/rules/countries';
import { adoptionProbability, powerIndices, type PowerReport } from '../core/analysis/power';
import { fractionPercent } from '../core/format';
import type { Result } from '../core/result';
import { ok } from '../core/result';
import type { AnalysisRequest } from './analysisArgs';
import { customOptions } from './json';
import { describeCustomRule } from '../core/rules/customRule';

const pct = (x: number, digits = 2) => fractionPercent(x, digits);
const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));

function header(req: AnalysisRequest): string {
  const absent = req.electorate.voters.length - req.participating.length;
  const added = req.added.length ? `, with candidates ${req.added.join(', ')} (Eurostat 2017, outdated)` : '';
  const rule = req.rule.kind === 'custom' ? `custom (${describeCustomRule(req.rule)})` : req.rule.kind;
  const edited = Object.keys(req.populations);
  const populations = edited.length ? `; populations replaced for ${edited.join(', ')}` : '';
  return `Rule: ${rule}; dataset ${req.dataset.id}${added}${populations}; ${req.participating.length} participating${absent ? `, ${absent} absent` : ''}.`;
}

function powerText(req: AnalysisRequest, r: PowerReport): string {
  const rows = [...r.members].sort((a, b) => b.banzhafNormalized - a.banzhafNormalized);
  const lines = [
    header(req),
    `${pad('member', 24)}${pad('population', 12, true)}${pad('sqrt ideal', 12, true)}${pad('Banzhaf', 11, true)}${pad('Shapley-S.', 12, true)}${pad('swings', 14, true)}`,
    ...rows.map(
      (m) =>
        `${pad(`${countryName(m.code as CountryCode)} (${m.code})`, 24)}${pad(pct(m.populationShare), 12, true)}${pad(pct(m.sqrtShare), 12, true)}${pad(pct(m.banzhafNormalized), 11, true)}${pad(pct(m.shapleyShubik), 12, true)}${pad(String(m.swings), 14, true)}`,
    ),
    '',
    `Winning coalitions: ${r.winningCoalitions}; minimal winning: ${r.minimalWinningCoalitions}; minimal blocking: ${r.minimalBlockingCoalitions}.`,
  ];
  return lines.join('\n');
}

/** The fields both JSON documents start with; `ruleOptions` and `populations` only when used. */
function ruleJson(req: AnalysisRequest) {
  return {
    rule: req.rule.kind,
    ...(req.rule.kind === 'custom' ? { ruleOptions: customOptions(req.rule) } : {}),
    dataset: req.dataset.id,
    added: req.added,
    ...(Object.keys(req.populations).length ? { populations: req.populations } : {}),
  };
}

/** Runs `power` or `probability`; the result is the text (or JSON) to print. */
export function runAnalysis(req: AnalysisRequest): Result<string> {
  if (req.command === 'power') {
    const filter = { include: req.include, exclude: req.exclude };
    const r = powerIndices(req.electorate, req.participating, req.rule, filter);
    if (!r.ok) return r;
    const { members, winningCoalitions, minimalWinningCoalitions, minimalBlockingCoalitions, bySize } = r.value;
    return ok(
      req.json
        ? JSON.stringify({ formatVersion: 1, ...ruleJson(req), participating: req.participating, filter, members, winningCoalitions, minimalWinningCoalitions, minimalBlockingCoalitions, bySize }, null, 2)
        : powerText(req, r.value),
    );
  }
  const r = adoptionProbability(req.electorate, req.p, req.rule, req.participating);
  if (!r.ok) return r;
  if (req.json) {
    return ok(JSON.stringify({ formatVersion: 1, ...ruleJson(req), p: req.p, probability: r.value.probability, decisive: r.value.decisive }, null, 2));
  }
  const decisive = Object.entries(r.value.decisive)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([code, x]) => `  ${pad(countryName(code as CountryCode), 24)}${pad(pct(req.p[code] ?? 0, 0), 7, true)}${pad(pct(x ?? 0), 12, true)}`);
  return ok([header(req), `Probability of adoption: ${pct(r.value.probability, 4)} (exact, not sampled).`, '', `  ${pad('member', 24)}${pad('p(yes)', 7, true)}${pad('p(decisive)', 12, true)}`, ...decisive].join('\n'));
}
