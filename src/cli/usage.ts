/**
 * The --help texts. Kept in step with docs/cli.md.
 */
import { assertNever } from '../core/result';
import type { CommandName } from './args';

const CUSTOM_HELP = `  --member-pct N       with --rule custom: members in favour, at least N % of participants
  --population-pct N   with --rule custom: their population, at least N % (0 or none: no condition)
  --min-members N      with --rule custom: at least N members in favour
  --blocking N         with --rule custom: fewer than N members not in favour cannot block`;

const POPULATION_HELP = `  --population CODE=N,...  replace populations (whole persons, at most 2,000,000,000), e.g. DE=84000000,UA=33000000`;

const GENERAL = `Usage: council-vote <command> [options]

Simulate votes in the Council of the European Union.

Commands:
  evaluate   the verdict of a vote under one rule, with why and who is pivotal
  datasets   the population datasets, with period, source and confidence
  rules      the voting rules and their treaty articles
  power      exact voting power (Penrose-Banzhaf, Shapley-Shubik) and coalition counts
  probability  the exact probability of adoption from each member's probability of voting yes
  votes      search the Council's public voting record, 2010-2023, and votes reported in the press
             since (evaluate --vote ID opens one)
  file       files followed over time: each snapshot's figures and what moved between them

Run "council-vote <command> --help" for a command's options.
Exit status: 0 on success, 2 for bad arguments (one line on stderr), 1 for an internal error.`;

const EVALUATE = `Usage: council-vote evaluate --rule RULE [--dataset ID] [--yes CODES] [--no CODES]
                            [--abstain CODES] [--absent CODES] [--undecided CODES]
                            [--positions FILE] [--others POSITION] [--population CODE=N,...] [--takes]
                            [--block-with CODES] [--block-without CODES] [--json]
       council-vote evaluate --scenario FILE [--takes] [--block-with CODES] [--json]
       council-vote evaluate --link URL [--takes] [--block-with CODES] [--json]
       council-vote evaluate --vote ID [--json]

Options:
  --rule RULE          qmv, reinforced, simple, unanimity, nice or custom (required)
${CUSTOM_HELP}
  --dataset ID         population dataset (default council-2025; see "council-vote datasets")
  --figures FILE       an added dataset file (format of data/datasets/*.json), used unless --dataset or --date
  --date YYYY-MM-DD    the Council table in force that day (else the nearest with that day's members, noted on stderr),
                       and the rule of that day: qmv or reinforced before 1 November 2014 is the Nice rule; a rule
                       that was not that day's is kept and noted on stderr
  --yes CODES          members in favour
  --no CODES           members against
  --abstain CODES      members abstaining (counts as not in favour; does not block unanimity)
  --absent CODES       members not taking part (opt-outs): left out of every denominator
  --undecided CODES    members whose position is not known: best and worst case are shown
  --others POSITION    position of every member not named: yes (default), no, abstain,
                       absent or undecided
  --positions FILE     positions as kept in notes or a spreadsheet, one member per line
                       ("Germany: against", "FR pour", "Italien<TAB>Enthaltung"); names or codes
                       and position words in English, French or German; - reads standard input.
                       A line not understood, or a member named twice, stops with exit 2
${POPULATION_HELP}
  --scenario FILE      evaluate a scenario exported from the app as JSON
  --link URL           evaluate a share link (the whole address, or the part after #)
  --vote ID            evaluate a vote of the Council's record (see "council-vote votes") on the
                       members, rule and population figures of its date, beside its recorded
                       outcome (adopted); 1 Nov 2014 - 31 Mar 2017 also under the Nice rule;
                       or a vote reported in the press (e.g. 2026-01-09-eu-mercosur), beside
                       its reported outcome, with its sources
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
  council-vote evaluate --rule qmv --no DE,FR --others undecided --takes --block-with DE,FR
  council-vote evaluate --rule qmv --others undecided --positions notes.txt`;

const FILE = `Usage: council-vote file list [--json]
       council-vote file show ID [--json]
       council-vote file show --file PATH [--json]

A file is a series of dated snapshots of one Council file. "list" names the files that ship
with the app; "show" gives each snapshot's members and population in favour and population not
in favour (from the declared positions to every undecided member joining), its blocking minority
and verdict, then what moved between consecutive snapshots and which moves alone changed the
verdict or the blocking minority.

Options:
  --file PATH          a file exported from the app (Files followed over time > Export file)
  --json               print the figures and moves as JSON

Examples:
  council-vote file list
  council-vote file show csa-regulation`;

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

const VOTES = `Usage: council-vote votes [--member CODE] [--vote-of WHAT] [--area TEXT] [--configuration TEXT]
                         [--rule RULE] [--search TEXT] [--from DATE] [--to DATE] [--contested]
                         [--reported] [--json]

Searches the Council's public voting record on legislative acts, 15 Feb 2010 - 18 Sep 2023
(1,438 votes; two records the Council's register contradicts are left out). Each is a vote on an
act the Council adopted: its recorded outcome is "adopted". Then, apart, the votes reported in
the press since the record ends (2024-2026): positions as reported, each vote with its sources
and a confidence; the same options filter them.

Options:
  --member CODE        a member, as the Council writes it (EL for Greece, UK)
  --vote-of WHAT       with --member: no (against), abstain, not-yes (against or abstaining;
                       the default), yes or absent (not participating)
  --area TEXT          policy area: an exact name, else a part of one (e.g. Environment, agri)
  --configuration TEXT Council configuration: an exact name, else a part of one
  --rule RULE          as recorded: qmv, unanimity or reinforced
  --search TEXT        words of the title, or a procedure code (spacing ignored: 2021/0197(COD))
  --from DATE          on or after, YYYY-MM-DD or a year
  --to DATE            on or before, YYYY-MM-DD or a year
  --contested          only votes with a member against or abstaining
  --reported           only the votes reported in the press
  --json               print JSON (see docs/cli.md)

Source: Council of the EU public voting data, extract by SWP, doi:10.7802/2560 (CC BY 4.0).

Examples:
  council-vote votes --member PL --vote-of no --from 2023 --to 2023
  council-vote evaluate --vote 4818
  council-vote evaluate --vote 2026-01-09-eu-mercosur`;

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
    case 'votes':
      return VOTES;
    case 'file':
      return FILE;
    default:
      return assertNever(topic);
  }
}
