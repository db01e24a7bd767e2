/**
 * Runs `council-vote votes` (search the Council's voting record) and `council-vote evaluate --vote ID`
 * (a recorded vote on the members, rule and figures of its date). Thin: the core searches, opens
 * and evaluates; votesArgs.ts parses the options; this prints.
 */
import { ruleOf } from '../core/rules/vote';
import { err, ok, type Result } from '../core/result';
import { allDatasets } from '../core/data/datasets';
import { voteRecord, findVote } from '../core/votes/corpus';
import { filterVotes } from '../core/votes/filter';
import { isContested, type RecordedVote } from '../core/votes/record';
import { voteScenario, voteTitle } from '../core/votes/voteScenario';
import { voteEvaluations } from './voteEvaluations';
import { formatEvaluation, table } from './format';
import { evaluationJson, JSON_FORMAT_VERSION } from './json';
import { matchingReported, reportedJson, reportedLines, runEvaluateReported } from './reported';
import type { EvaluateVoteRequest, VotesRequest } from './votesArgs';

const attribution = () => {
  const s = voteRecord().source;
  return `Source: ${s.attribution} (${s.licence}, ${s.licenceAddress}).`;
};

export function voteJson(v: RecordedVote) {
  return {
    id: v.id,
    date: v.date,
    rule: v.rule,
    area: v.area,
    configuration: v.configuration,
    procedure: v.procedure,
    title: v.title,
    inFavour: v.lists.yes,
    against: v.lists.no,
    abstained: v.lists.abstain,
    notParticipating: v.lists.absent,
    contested: isContested(v),
    recordedOutcome: 'adopted' as const,
  };
}

const sourceJson = () => {
  const { attribution, licence, licenceAddress, address } = voteRecord().source;
  return { attribution, licence, licenceAddress, address };
};

export function runVotes(req: VotesRequest): string {
  const found = req.reportedOnly ? [] : filterVotes(voteRecord().votes, req.filter);
  const reported = matchingReported(req.filter);
  if (req.json)
    return JSON.stringify(
      {
        formatVersion: JSON_FORMAT_VERSION,
        count: found.length,
        votes: found.map(voteJson),
        source: sourceJson(),
        reported: { count: reported.length, votes: reported.map(reportedJson) },
      },
      null,
      2,
    );
  if (req.reportedOnly) return reportedLines(reported).join('\n') || 'No reported vote matches.';
  const rows = found.map((v) => [
    v.id,
    v.date,
    v.rule,
    v.area ?? '-',
    v.lists.no.join(' ') || '-',
    v.lists.abstain.join(' ') || '-',
    voteTitle(v, 60),
  ]);
  const lines = rows.length
    ? table(['ID', 'DATE', 'RULE', 'AREA', 'AGAINST', 'ABSTAINED', 'TITLE'], rows)
    : ['No vote matches.'];
  const extra = reportedLines(reported);
  return [
    ...lines,
    '',
    `${found.length} ${found.length === 1 ? 'vote' : 'votes'} (recorded outcome of each: adopted). ${attribution()}`,
    ...(extra.length ? ['', ...extra] : []),
  ].join('\n');
}

const RULE_NAMES = {
  qmv: 'qualified majority',
  nice: 'Nice weighted votes',
  unanimity: 'unanimity',
  reinforced: 'reinforced qualified majority',
  simple: 'simple majority',
} as const;

export function runEvaluateVote(req: EvaluateVoteRequest): Result<string> {
  if (req.reported) return runEvaluateReported(req.id, req.json);
  const vote = findVote(req.id)!;
  // The table of the vote's date among the shipped ones and any given with --figures.
  const vs = voteScenario(vote, allDatasets());
  if (!vs)
    return err({ code: 'args.invalid', message: `vote ${vote.id} of ${vote.date} is older than any membership table` });
  const evaluated = voteEvaluations(vs, req.json);
  if (!evaluated.ok) return evaluated;
  const evaluations = evaluated.value;
  if (req.json) {
    return ok(
      JSON.stringify(
        {
          formatVersion: JSON_FORMAT_VERSION,
          vote: voteJson(vote),
          membership: { id: vs.membership.id, label: vs.membership.label, members: vs.membership.members.length },
          dataset: { id: vs.dataset.id, inForce: vs.inForce, daysAway: vs.daysAway },
          nonMembers: vs.nonMembers,
          notListed: vs.notListed,
          listedNonMembers: vs.listedNonMembers,
          rules: vs.rules,
          evaluations: evaluations.map((e) => evaluationJson({ ...e.req, rule: ruleOf(e.rule) }, e.outcome)),
          source: sourceJson(),
        },
        null,
        2,
      ),
    );
  }
  const note = (vs.scenario.note ?? '').split('\n\n').filter((p) => !p.startsWith('Source:'));
  const sections = evaluations.map(({ rule, outcome, req: r }, i) => {
    const head =
      i === 0
        ? `Under the rule of the date (${RULE_NAMES[rule]}):`
        : `Under the ${RULE_NAMES[rule]}, which any member could ask for that day:`;
    return `${head}\n${formatEvaluation(r, outcome)}`;
  });
  const gaps = [
    ...(vs.notListed.length
      ? [`Not named in the record, taken as not participating: ${vs.notListed.join(', ')}.`]
      : []),
    ...(vs.listedNonMembers.length
      ? [`Listed though not a member on ${vote.date}, left out: ${vs.listedNonMembers.join(', ')}.`]
      : []),
  ];
  return ok([...note, ...gaps, ...sections, attribution()].join('\n\n'));
}
