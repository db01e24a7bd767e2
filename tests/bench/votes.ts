/**
 * Filtering the Council votes list: the record (1,438 votes) and the votes reported in the press,
 * under the filter sets a user typically sets. The baseline is the list with no filter (one pass
 * over the corpus), so each ratio reads as "costs as much as N unfiltered passes".
 */
import { voteRecord } from '../../src/core/votes/corpus';
import { filterVotes, searchIndex, type VoteFilter } from '../../src/core/votes/filter';
import { reportedVotes } from '../../src/core/votes/reportedCorpus';
import { filterReported, reportedIndex } from '../../src/core/votes/reportedScenario';
import { parseCountryCode, type CountryCode } from '../../src/core/rules/countries';
import type { BenchSuite } from './harness';

function code(s: string): CountryCode {
  const c = parseCountryCode(s);
  if (!c.ok) throw new Error(c.error.message);
  return c.value;
}

/**
 * The filter as the panel runs it on each change: the record (newest first) and the reported
 * votes, on indexes built once. The UI target is a redraw within 50 ms on a 4x-throttled CPU
 * (`npm run bench:ui`); the filter may take a tenth of it here (5 ms × 4 = 20 ms there at worst).
 */
const FILTER_BUDGET_MS = 5;

export function votesSuite(): BenchSuite {
  const record = voteRecord().votes;
  const reported = reportedVotes().votes;
  const index = searchIndex(record);
  const rIndex = reportedIndex(reported);
  const run = (f: VoteFilter) => () => [filterVotes(record, f, index).reverse(), filterReported(reported, f, rIndex)];
  const baseline = 'no filter (the whole list)';
  const cases: [string, VoteFilter][] = [
    ['search "climate"', { text: 'climate' }],
    ['search a procedure code "2021/0197(COD)"', { text: '2021/0197(COD)' }],
    ['member Poland against', { member: code('PL'), memberVote: 'no' }],
    [
      'Hungary not in favour, contested, 2019–2023',
      { member: code('HU'), memberVote: 'not_yes', contested: true, from: '2019-01-01', to: '2023-12-31' },
    ],
    ['policy area "environment", QMV', { area: 'environment', rule: 'qmv' }],
    [
      'every filter at once',
      {
        text: 'regulation',
        from: '2014-11-01',
        to: '2020-01-31',
        rule: 'qmv',
        area: 'a',
        configuration: 'c',
        member: code('DE'),
        memberVote: 'yes',
        contested: true,
      },
    ],
  ];
  return {
    title: `Council votes filter (${record.length + reported.length} votes)`,
    baseline,
    cases: [
      { name: baseline, fn: run({}) },
      ...cases.map(([name, f]) => ({ name, fn: run(f), budgetMs: FILTER_BUDGET_MS })),
      {
        name: 'search index, built once per panel (reference)',
        fn: () => [searchIndex(record), reportedIndex(reported)],
      },
    ],
  };
}
