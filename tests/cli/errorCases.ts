/**
 * Every kind of bad command line and the one line `council-vote` must print for it (after
 * "council-vote: "). Command lines are split at spaces.
 */
const RULES = '(qmv, reinforced, simple, unanimity, nice or custom)';
const COMMANDS = '(datasets, evaluate, rules, power, probability, votes or file)';
const COUNCILS = '(council-2025, council-2022, council-2020 or council-2016)';
const SEE_HELP = '(see council-vote --help)';

export const ERROR_CASES: readonly (readonly [string, string])[] = [
  // Commands
  ['', `missing command (datasets, evaluate, rules, power, probability, votes or file; see council-vote --help)`],
  ['vote', `unknown command "vote" ${COMMANDS}`],
  ['--json', `expected a command before --json ${COMMANDS}`],
  ['help vote', `unknown command "vote" ${COMMANDS}`],
  ['help evaluate x', 'unexpected argument "x"'],
  // Rule
  ['evaluate', `missing --rule ${RULES}`],
  ['evaluate --rule', 'missing value for --rule'],
  ['evaluate --rule --json', 'missing value for --rule'],
  ['evaluate --rule majority', `unknown rule "majority" in --rule ${RULES}`],
  ['evaluate --rule qmv --rule simple', '--rule is given more than once'],
  // Country codes
  ['evaluate --rule qmv --no', 'missing value for --no'],
  ['evaluate --rule qmv --no XX', 'unknown country code "XX" in --no'],
  ['evaluate --rule qmv --block-with XX', 'Unknown country code "XX" in --block-with'],
  ['evaluate --rule qmv --absent DK --block-with DK', 'DK does not take part in this vote, so it cannot be in a blocking coalition.'],
  ['evaluate --rule qmv --block-with DE --block-without DE', 'DE cannot be both in and out of the blocking coalition.'],
  ['evaluate --rule qmv --yes gr', 'unknown country code "gr" in --yes (the Council writes Greece as EL)'],
  [
    'evaluate --rule qmv --undecided DE,,FR',
    'empty country code in --undecided (give comma-separated codes such as DE,FR)',
  ],
  ['evaluate --rule qmv --abstain UK', 'country code "UK" in --abstain is not a member in dataset council-2025'],
  ['evaluate --rule qmv --no DE,de', 'country code "DE" is given twice in --no'],
  ['evaluate --rule qmv --no DE --no DE', 'country code "DE" is given twice in --no'],
  ['evaluate --rule qmv --yes FR --absent fr', 'country code "FR" is given twice, in --yes and in --absent'],
  // Dataset
  ['evaluate --rule qmv --dataset', 'missing value for --dataset'],
  ['evaluate --rule qmv --dataset council-2030', `unknown dataset "council-2030" in --dataset ${COUNCILS}`],
  [
    'evaluate --rule qmv --dataset candidates-2017',
    'dataset "candidates-2017" lists candidate countries, not a Council (use council-2025, council-2022, council-2020 or council-2016)',
  ],
  ['evaluate --rule qmv --dataset council-2020 --dataset council-2025', '--dataset is given more than once'],
  // Others
  [
    'evaluate --rule qmv --others maybe',
    'unknown position "maybe" in --others (yes, no, abstain, absent or undecided)',
  ],
  ['evaluate --rule qmv --others', 'missing value for --others'],
  ['evaluate --rule qmv --others yes --others no', '--others is given more than once'],
  ['evaluate --rule qmv --others absent', 'every member is absent, so nobody takes part in the vote'],
  // Flags and stray arguments
  ['evaluate --rule qmv --against DE', `unknown option --against ${SEE_HELP}`],
  ['evaluate --rule qmv -x', `unknown option -x ${SEE_HELP}`],
  ['evaluate --rule qmv --json=yes', '--json does not take a value'],
  ['evaluate --rule qmv DE', 'unexpected argument "DE"'],
  ['datasets --verbose', `unknown option --verbose ${SEE_HELP}`],
  ['datasets all', 'unexpected argument "all"'],
  ['rules --json=1', '--json does not take a value'],
  // Custom thresholds and populations
  ['evaluate --rule custom', '--rule custom needs --member-pct (and optionally --population-pct, --min-members, --blocking)'],
  ['evaluate --rule qmv --min-members 15', '--min-members applies only to --rule custom'],
  ['power --rule custom --member-pct 101', '--member-pct: Member share must be between 0 and 100 % (got 101 %).'],
  ['probability --rule custom --member-pct 55 --population-pct 65.5', '--population-pct expects a whole number, not "65.5"'],
  ['power --rule custom --member-pct 55 --blocking 200', '--blocking: Blocking minority must be between 0 and 100 (got 200).'],
  ['power --rule custom --member-pct 55 --blocking 3 --blocking 4', '--blocking is given more than once'],
  ['evaluate --rule qmv --population DE', '--population expects CODE=PERSONS pairs such as DE=84000000, not "DE"'],
  ['evaluate --rule qmv --population DE=0', 'the population of DE in --population must be a positive whole number of persons (got "0").'],
  ['evaluate --rule qmv --population DE=100000000000000', 'the population of DE in --population must be at most 2,000,000,000 persons (got 100,000,000,000,000).'],
  ['evaluate --rule qmv --population MT=2000000001', 'the population of MT in --population must be at most 2,000,000,000 persons (got 2,000,000,001).'],
  [`evaluate --rule qmv --population DE=${'9'.repeat(400)}`, 'the population of DE in --population must be at most 2,000,000,000 persons (got 400 digits).'],
  ['power --rule qmv --population DE=99999999999999,FR=99999999999999', 'the population of DE in --population must be at most 2,000,000,000 persons (got 99,999,999,999,999).'],
  ['probability --rule qmv --add UA --population UA=3000000000', 'the population of UA in --population must be at most 2,000,000,000 persons (got 3,000,000,000).'],
  [`evaluate --rule qmv --population ${'X'.repeat(5000)}`, `--population expects CODE=PERSONS pairs such as DE=84000000, not "${'X'.repeat(79)}…" (5,000 characters)`],
  ['evaluate --rule qmv --population DE=1,de=2', 'country code "DE" is given twice in --population'],
  ['evaluate --rule qmv --population UA=1000', '--population: UA is not in this vote.'],
  ['power --rule qmv --add UA --population XK=1000', '--population: XK is not in this vote.'],
];
