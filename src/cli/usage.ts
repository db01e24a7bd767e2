/**
 * The --help texts. Kept in step with docs/cli.md.
 */
import { assertNever } from '../core/result';
import type { CommandName } from './args';

const CUSTOM_HELP = `  --member-pct N       with --rule custom: members in favour, at least N % of participants
  --population-pct N   with --rule custom: their population, at least N % (0 or none: no condition)
  --min-members N      with --rule custom: at least N members in favour
  --blocking N         with --rule custom: fewer than N members not in favour cannot block`;

const POPULATION_HELP = `  --population CODE=N,...  replace populations (whole persons), e.g. DE=84000000,UA=33000000`;

const GENERAL = `Usage: council-vote <command> [options]

Simulate votes in the Council of the European Union.

Commands:
  evaluate   the verdict of a vote under one rule, with why and who is pivotal
  datasets   the population datasets, with period, source and confidence
  rules      the voting rules and their treaty articles
  power      exact voting power (Penrose-Banzhaf, Shapley-Shubik) and coalition counts
  probability  the exact probability of adoption from each member's probability of voting yes

Run "council-vote <command> --help" for a command's options.
Exit status: 0 on success, 2 for bad arguments (one line on stderr), 1 for an internal error.`;

const EVALUATE = `Usage: council-vote evaluate --rule RULE [--dataset ID] [--yes CODES] [--no CODES]
                            [--abstain CODES] [--absent CODES] [--undecided CODES]
                            [--others POSITION] [--population CODE=N,...] [--takes]
                            [--block-with CODES] [--block-without CODES] [--json]
       council-vote evaluate --scenario FILE [--takes] [--block-with CODES] [--json]
       council-vote evaluate --link URL [--takes] [--block-with CODES] [--json]

Options:
  --rule RULE          qmv, reinforced, simple, unanimity, nice or custom (required)
${CUSTOM_HELP}
  --dataset ID         population dataset (default council-2025; see "council-vote datasets")
  --figures FILE       an added dataset file (format of data/datasets/*.json), used unless --dataset or --date
  --date YYYY-MM-DD    the Council table in force that day (else the nearest with that day's members, noted on stderr)
  --yes CODES          members in favour
  --no CODES           members against
  --abstain CODES      members abstaining (counts as not in favour; does not block unanimity)
  --absent CODES       members not taking part (opt-outs): left out of every denominator
  --undecided CODES    members whose position is not known: best and worst case are shown
  --others POSITION    position of every member not named: yes (default), no, abstain,
                       absent or undecided
${POPULATION_HELP}
  --scenario FILE      evaluate a scenario exported from the app as JSON
  --link URL           evaluate a share link (the whole address, or the part after #)
  --takes              also say what it would take: the fewest members switching to yes that
                       adopt it, and to no that block it (undecided first, then everyone)
  --block-with CODES   also list the closest blocking coalitions containing these members
  --block-without CODES  ... and leaving these out
  --json               print the stable JSON document described in docs/cli.md

CODES are comma-separated two-letter Council codes in any case (Greece is EL), e.g. DE,fr,IT.
A flag may be repeated (--no DE --no FR); a member may be named only once.
The Nice rule assumes a Commission proposal and a requested 62 % population check.

Examples:
  council-vote evaluate --rule qmv --no DE,FR,IT
  council-vote evaluate --rule qmv --no DE,FR --others undecided --takes --block-with DE,FR`;

const DATASETS = `Usage: council-vote datasets [--json]

Lists the population datasets: id, label, period, members, total persons, figures
(persons or percentages), confidence and notes. --json adds source and address.`;

const RULES = `Usage: council-vote rules [--json]

Lists the voting rules with their treaty articles.`;

const ANALYSIS_OPTIONS = `  --rule RULE          qmv, reinforced, simple, unanimity, nice or custom (required)
${CUSTOM_HELP}
  --dataset ID         population dataset (default: the newest Council figures)
  --absent CODES       members not taking part (left out of the game)
  --add CODES          candidate countries to add (Eurostat 2017 figures, outdated), e.g. UA,MD
${POPULATION_HELP}
  --json               print JSON`;

const POWER = `Usage: council-vote power --rule RULE [--dataset ID] [--absent CODES] [--add CODES]
                         [--population CODE=N,...] [--include CODES] [--exclude CODES] [--json]

Exact a priori voting power of every participating member: swings, Penrose-Banzhaf (absolute
and normalized) and Shapley-Shubik indices, against population share and the square-root ideal;
and the numbers of winning, minimal winning and minimal blocking coalitions (by size in --json).

Options:
${ANALYSIS_OPTIONS}
  --include CODES      count only coalitions containing these members
  --exclude CODES      count only coalitions without these members

Example:
  council-vote power --rule qmv --absent DK --json`;

const PROBABILITY = `Usage: council-vote probability --rule RULE --p CODE=P,... [--dataset ID] [--absent CODES]
                               [--add CODES] [--population CODE=N,...] [--json]

The exact probability that the act is adopted when each member votes yes independently with
the given probability (members not named: 0.5), and each member's chance of being decisive.

Options:
${ANALYSIS_OPTIONS}
  --p CODE=P,...       probabilities of voting yes, e.g. DE=0.8,FR=0.5,PL=0

Example:
  council-vote probability --rule qmv --p DE=1,FR=1,IT=0.5,PL=0`;

export function usage(topic: CommandName | null): string {
  switch (topic) {
    case null:
      return GENERAL;
    case 'evaluate':
      return EVALUATE;
    case 'datasets':
      return DATASETS;
    case 'rules':
      return RULES;
    case 'power':
      return POWER;
    case 'probability':
      return PROBABILITY;
    default:
      return assertNever(topic);
  }
}
