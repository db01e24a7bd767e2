/**
 * The machine-readable surfaces — `evaluate --json`, the CSV export's verdict rows and the CLI's
 * conditions table — checked
 * against evaluate() and a plain count of the positions over random votes (every rule, custom
 * thresholds, undecided and absent members, percentage and persons datasets). Both take their
 * figures from claimsOf(); this test recomputes what they must say without it. fast-check
 * prints the seed on failure (EXPORTS_SEED=… to replay).
 */
import fc from 'fast-check';
import type { Evaluation } from '../../src/core/rules/outcome';
import { isRuleId, type Positions } from '../../src/core/rules/vote';
import { positionsCsv } from '../../src/core/scenario/report';
import { evaluationJson, type BlockingMinorityJson, type EvaluationJson } from '../../src/cli/json';
import type { EvaluateRequest } from '../../src/cli/args';
import { formatEvaluation } from '../../src/cli/format';
import { deemed, expectedStanding, treatyBlocking, type Standing } from './standingOracle';
import { voteArb, type Vote } from './voteArb';

/** The English words of a standing, as a person would write them. */
function standingWords(s: Standing, undecided: number): string {
  const all = undecided === 1 ? 'the undecided member votes' : `all ${undecided} undecided members vote`;
  const words: Record<Standing, string> = {
    met: 'met',
    not_met: 'not met',
    uncertain: 'too close to call',
    met_even_if_undecided_no: `met even if ${all} no`,
    met_only_if_undecided_yes: `met only if ${undecided === 1 ? 'the undecided member votes' : 'the undecided vote'} yes`,
    not_met_even_if_undecided_yes: `not met even if ${all} yes`,
  };
  return words[s];
}

/** `exists` is the treaty's blocking minority (tests/i18n/standingOracle.ts), never a defeat on members alone. */
function blockingMatches(j: BlockingMinorityJson, e: Evaluation): boolean {
  const b = e.blockingMinority;
  const t = treatyBlocking(e);
  return j.exists === t.formed && j.tooClose === t.tooClose && j.stopsOnMembers === t.stopsOnMembers && j.routes.join() === b.routes.join() && j.members === b.members && j.population === b.population && j.requiredMembers === b.requiredMembers;
}

function caseProblems(name: string, j: EvaluationJson['worst'], e: Evaluation, size: number): string[] {
  if (!j) return [`json: no ${name} case`];
  const p: string[] = [];
  if (j.adopted !== e.adopted || j.deemedAdopted !== e.deemedAdopted) p.push(`json ${name}: adopted/deemed disagree`);
  if (j.members.inFavour !== e.members.inFavour || j.members.against !== e.members.against || j.members.absent !== size - e.members.participating) p.push(`json ${name}: members disagree`);
  if (j.population.inFavour !== e.population.inFavour || j.population.participating !== e.population.participating) p.push(`json ${name}: population disagrees`);
  if (!blockingMatches(j.blockingMinority, e)) p.push(`json ${name}: blocking minority disagrees`);
  return p;
}

function jsonProblems(v: Vote): string[] {
  const { outcome: o, positions, electorate } = v.input;
  const req = { dataset: v.dataset, rule: v.rule, positions, populations: {} } as unknown as EvaluateRequest;
  const j = evaluationJson(req, o);
  const table = formatEvaluation(req, o).split('\n');
  const p: string[] = [];
  const voters = electorate.voters;
  const pos = (code: string) => positions[code as keyof Positions] ?? 'undecided';
  const count = (x: string) => voters.filter((m) => pos(m.code) === x).length;
  const people = (keep: (x: string) => boolean) => voters.filter((m) => keep(pos(m.code))).reduce((s, m) => s + m.population, 0);
  if (j.verdict !== o.verdict) p.push(`json: verdict ${j.verdict}, engine ${o.verdict}`);
  const wantCase = o.undecided.length === 0 ? 'actual' : o.verdict === 'not_adopted' ? 'best' : 'worst';
  if (j.case !== wantCase) p.push(`json: case ${j.case} for a ${o.verdict} verdict with ${o.undecided.length} undecided`);
  const d = j.declared;
  if (d.inFavour !== count('yes') || d.against !== count('no') || d.abstaining !== count('abstain')) p.push(`json: declared ${d.inFavour}/${d.against}/${d.abstaining}, positions ${count('yes')}/${count('no')}/${count('abstain')}`);
  if (d.participating !== voters.length - count('absent')) p.push('json: declared participating');
  if (d.populationInFavour !== people((x) => x === 'yes') || d.populationParticipating !== people((x) => x !== 'absent')) p.push('json: declared population');
  if (j.undecided.length !== count('undecided')) p.push('json: undecided');
  // The headline is the worst case, as documented.
  if (j.members.inFavour !== count('yes') || j.members.against + j.members.abstaining !== voters.length - count('absent') - count('yes')) p.push('json: headline members are not the worst case');
  if (!blockingMatches(j.blockingMinority, o.worst) || j.deemedAdopted !== o.worst.deemedAdopted) p.push('json: headline blocking minority is not the worst case');
  if (o.undecided.length > 0) p.push(...caseProblems('best', j.best, o.best, v.dataset.members.length), ...caseProblems('worst', j.worst, o.worst, v.dataset.members.length));
  else if (j.best || j.worst) p.push('json: cases without undecided members');
  if (j.conditions.length !== o.worst.conditions.length) p.push('json: condition count');
  o.worst.conditions.forEach((c, i) => {
    const jc = j.conditions[i];
    if (!jc) return;
    if (jc.id !== c.id || jc.status !== c.status || jc.reached !== c.reached || jc.required !== c.required || jc.of !== c.of || jc.margin !== c.margin) p.push(`json: condition ${c.id} figures disagree`);
    if (jc.deemedMet !== deemed(o.worst, c)) p.push(`json: condition ${c.id} deemedMet ${jc.deemedMet}`);
    const want = expectedStanding(o, i);
    if (jc.standing !== want.standing || jc.case !== want.case) p.push(`json: condition ${c.id} ${jc.standing}/${jc.case}, expected ${want.standing}/${want.case}`);
    // The standing agrees with the figures beside it: met in the worst case means reached the threshold there.
    // With undecided members the row states that one standing, and no other status beside it.
    const rowEnd = o.undecided.length > 0 ? `  ${standingWords(want.standing, o.undecided.length)}` : '';
    const row = table.find((l) => l.startsWith(`  ${c.label} `));
    if (rowEnd && !(row?.endsWith(rowEnd) && !row.includes(';'))) p.push(`cli table: ${c.id} row "${row}" does not end with only "${rowEnd.trim()}"`);
    if (jc.standing === 'met_even_if_undecided_no' && !jc.deemedMet && (c.id === 'no_objection' ? c.reached > c.required : c.reached < c.required)) p.push(`json: ${c.id} met even if no, with ${c.reached} of ${c.required}`);
  });
  return p;
}

/** One CSV line into its fields (quoted fields may hold commas and doubled quotes). */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) {
    out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
    if (m[2] === '') break;
  }
  return out;
}

const VERDICT_WORD = { adopted: 'adopted', not_adopted: 'not adopted', undetermined: 'depends on the undecided' } as const;

function csvProblems(v: Vote): string[] {
  const o = v.input.outcome;
  const rule = isRuleId(v.rule.kind) ? v.rule.kind : 'qmv';
  const csv = positionsCsv({ datasetId: v.dataset.id, rule, positions: v.input.positions }, o, v.dataset);
  const lines = csv.split('\r\n');
  const head = lines.slice(0, lines.indexOf('')).map(fields);
  const p: string[] = [];
  if (head[0]?.join() !== 'field,value,detail') p.push(`csv: header "${head[0]?.join()}"`);
  const tooClose = o.verdict !== 'undetermined' && o.tooCloseToCall;
  if (head[1]?.[1] !== (tooClose ? 'too close to call' : VERDICT_WORD[o.verdict])) p.push(`csv: verdict "${head[1]?.[1]}", engine ${o.verdict}`);
  if ((head[1]?.[2] === 'too close to call with these figures') !== o.tooCloseToCall) p.push('csv: too close to call');
  const t = treatyBlocking(o.best);
  const bm = head.find((r) => r[0] === 'blocking_minority');
  if (bm?.[1] !== (t.formed ? 'formed' : t.tooClose ? 'too close to call' : 'none')) p.push(`csv: blocking minority "${bm?.[1]}", the treaty's ${JSON.stringify(t)}`);
  if (head.some((r) => r.some((x) => x === ''))) p.push('csv: an empty column in the verdict block');
  const at = head.findIndex((r) => r[0] === 'condition');
  if (head[at]?.join() !== 'condition,case,label,status,reached,required,out_of,standing') p.push('csv: no header for the conditions');
  const rows = head.slice(at + 1);
  const cases: [string, Evaluation][] =
    o.verdict === 'undetermined' ? [['undecided vote no', o.worst], ['undecided vote yes', o.best]] : [[o.undecided.length ? 'undecided vote no' : 'declared', o.worst]];
  const expected = cases.flatMap(([name, e]) =>
    e.conditions.map((c, i) => [c.id, name, c.label, deemed(e, c) ? 'not met, deemed met (too few members to block)' : c.status.replace('_', ' '), String(c.reached), String(c.required), String(c.of), standingWords(expectedStanding(o, i).standing, o.undecided.length)]),
  );
  if (rows.length !== expected.length) p.push(`csv: ${rows.length} condition rows, expected ${expected.length}`);
  expected.forEach((want, i) => {
    if (rows[i]?.join('|') !== want.join('|')) p.push(`csv: row "${rows[i]?.join(',')}", expected "${want.join(',')}"`);
  });
  return p;
}

describe('the JSON and CSV exports agree with evaluate()', () => {
  it('verdict, case, declared vote, cases, blocking minority and every condition with its standing', () => {
    fc.assert(
      fc.property(voteArb, (v) => {
        if (!v) return;
        expect([...new Set([...jsonProblems(v), ...csvProblems(v)])]).toEqual([]);
      }),
      { numRuns: 300, ...(process.env.EXPORTS_SEED ? { seed: Number(process.env.EXPORTS_SEED) } : {}) },
    );
  }, 60_000);
});
