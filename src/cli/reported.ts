/**
 * The votes reported in the press since the record ends, in `council-vote votes` (listed apart
 * from the record, each with its sources) and `evaluate --vote ID` (opened on the members, rule
 * and figures of its date, beside the reported outcome). Thin: the core opens and evaluates.
 */
import { RULE_LABELS, ruleOf } from '../core/rules/vote';
import { ok, type Result } from '../core/result';
import { allDatasets } from '../core/data/datasets';
import type { VoteFilter } from '../core/votes/filter';
import { compareShares, computedShares } from '../core/votes/publishedShares';
import type { ReportedVote } from '../core/votes/reported';
import { findReported, reportedVotes } from '../core/votes/reportedCorpus';
import {
  filterReported,
  reportedOutcomeText,
  reportedPositions,
  reportedPublishedShare,
  reportedScenario,
  sourcesText,
} from '../core/votes/reportedScenario';
import { voteEvaluations } from './voteEvaluations';
import { formatEvaluation, table } from './format';
import { evaluationJson, JSON_FORMAT_VERSION } from './json';

const HEAD = "Reported in the press since the record ends (not the Council's record; positions as reported):";

/** The reported votes matching the filter, newest first. */
export function matchingReported(filter: VoteFilter): ReportedVote[] {
  return filterReported(reportedVotes().votes, filter);
}

export function reportedJson(v: ReportedVote) {
  const p = reportedPositions(v);
  return {
    id: v.id,
    date: v.date,
    title: v.title,
    stage: v.stage,
    details: v.details,
    rule: v.rule,
    area: v.area,
    configuration: v.configuration,
    inFavour: p.inFavour,
    against: v.against,
    abstained: v.abstained,
    notParticipating: v.notParticipating,
    undecided: p.undecided,
    reportedInFavour: v.reportedInFavour,
    // A general approach is the Council's position, not an adopted act.
    reportedOutcome: v.stage === 'general_approach' && v.outcome === 'adopted' ? 'agreed' : v.outcome,
    confidence: v.confidence,
    sources: v.sources,
    publishedShare: v.publishedShare
      ? {
          inFavour: v.publishedShare.inFavour / 100,
          table: v.publishedShare.table,
          source: v.publishedShare.source.label,
        }
      : null,
  };
}

/** The text section listing reported votes (empty when none matches). */
export function reportedLines(found: readonly ReportedVote[]): string[] {
  if (found.length === 0) return [];
  const rows = found.map((v) => [
    v.id,
    v.rule,
    v.against.join(' ') || '-',
    v.abstained.join(' ') || '-',
    reportedOutcomeText(v),
    v.confidence,
    `${v.title}${v.stage === 'general_approach' ? ' (general approach)' : ''}`,
  ]);
  return [
    HEAD,
    ...table(['ID', 'RULE', 'AGAINST', 'ABSTAINED', 'REPORTED OUTCOME', 'CONFIDENCE', 'TITLE'], rows),
    ...found.map((v) => `Sources of ${v.id}: ${sourcesText(v)}.`),
  ];
}

/** `evaluate --vote ID` for a reported vote. */
export function runEvaluateReported(id: string, json: boolean): Result<string> {
  const v = findReported(id)!;
  // The table of the vote's date among the shipped ones and any given with --figures.
  const vs = reportedScenario(v, allDatasets())!;
  const evaluated = voteEvaluations(vs, json);
  if (!evaluated.ok) return evaluated;
  const evaluations = evaluated.value;
  const published = reportedPublishedShare(v);
  const ours = computedShares(vs);
  const comparison = published && compareShares(published, ours, vs.inForce);
  if (json)
    return ok(
      JSON.stringify(
        {
          formatVersion: JSON_FORMAT_VERSION,
          reportedVote: reportedJson(v),
          membership: { id: vs.membership.id, label: vs.membership.label, members: vs.membership.members.length },
          dataset: { id: vs.dataset.id, inForce: vs.inForce, daysAway: vs.daysAway },
          rules: vs.rules,
          evaluations: evaluations.map((e) => evaluationJson({ ...e.req, rule: ruleOf(e.rule) }, e.outcome)),
          shares:
            published && comparison
              ? {
                  published: published.inFavour / 100,
                  ours: ours.inFavour / 100,
                  ...comparison,
                  difference: comparison.difference / 100,
                }
              : null,
        },
        null,
        2,
      ),
    );
  const share =
    published && comparison
      ? [
          `Population in favour: published ${(published.inFavour / 100).toFixed(2)} % (${published.table}); ours ${(ours.inFavour / 100).toFixed(2)} % (${ours.table}). ` +
            (comparison.withinRounding
              ? 'Same figures: the difference is the published share’s rounding.'
              : comparison.sameFigures
                ? 'Same table as the published share, yet the difference is more than rounding: check those figures against the Council decision.'
                : 'The app does not have the figures the published share rests on: the difference comes from the figures, not from the positions.'),
        ]
      : [];
  const sections = evaluations.map(
    ({ rule, outcome, req }) =>
      `Our verdict under the rule of the date (${RULE_LABELS[rule].toLowerCase()}):\n${formatEvaluation(req, outcome)}`,
  );
  return ok([...(vs.scenario.note ?? '').split('\n\n'), ...share, ...sections].join('\n\n'));
}
