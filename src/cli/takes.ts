/**
 * `evaluate --takes` and `evaluate --block-with CODES`: what it would take to adopt or block the
 * act from the positions given, and the closest blocking coalitions containing given members.
 */
import { countryName, parseCountryCode, type CountryCode } from '../core/rules/countries';
import type { Electorate } from '../core/rules/evaluate';
import { fractionPercent, people } from '../core/format';
import { splitCodeList } from '../core/rules/positionsFromLists';
import { ok, type Result } from '../core/result';
import type { Positions, Rule } from '../core/rules/vote';
import { blockingCoalitions, whatItTakes, type BlockingCoalitions, type Direction, type SwitchSearch, type WhatItTakes } from '../core/analysis/whatItTakes';

export interface TakesOptions {
  /** Say what it takes to adopt and to block. */
  readonly takes: boolean;
  /** Closest blocking coalitions containing these members; null when not asked. */
  readonly blockWith: readonly CountryCode[] | null;
  readonly blockWithout: readonly CountryCode[];
}

export const NO_TAKES: TakesOptions = { takes: false, blockWith: null, blockWithout: [] };

function codesOf(lists: readonly string[] | undefined, flag: string): Result<CountryCode[]> {
  const out: CountryCode[] = [];
  // An empty list (--block-with '') is allowed: the smallest blocking coalitions of all.
  for (const text of (lists ?? []).flatMap(splitCodeList).filter((t) => t !== '')) {
    const code = parseCountryCode(text);
    if (!code.ok) return { ok: false, error: { code: 'country.unknown', message: `${code.error.message.replace(/\.$/, '')} in --${flag}` } };
    if (!out.includes(code.value)) out.push(code.value);
  }
  return ok(out);
}

/** The options as parsed by node:util (`--takes`, `--block-with`, `--block-without`). */
export function takesOptionsOf(v: { takes?: boolean; 'block-with'?: string[]; 'block-without'?: string[] }): Result<TakesOptions> {
  const withCodes = codesOf(v['block-with'], 'block-with');
  if (!withCodes.ok) return withCodes;
  const without = codesOf(v['block-without'], 'block-without');
  if (!without.ok) return without;
  return ok({ takes: v.takes === true, blockWith: v['block-with'] === undefined ? null : withCodes.value, blockWithout: without.value });
}

export interface TakesAnswer {
  readonly whatItTakes: WhatItTakes | null;
  readonly blockingCoalitions: BlockingCoalitions | null;
}

/** Runs what the options ask for; an error (a member not in the vote) is the user's to fix. */
export function answerTakes(electorate: Electorate, positions: Positions, rule: Rule, options: TakesOptions): Result<TakesAnswer> {
  let takes: WhatItTakes | null = null;
  if (options.takes) {
    const r = whatItTakes(electorate, positions, rule);
    if (!r.ok) return r;
    takes = r.value;
  }
  let blocking: BlockingCoalitions | null = null;
  if (options.blockWith !== null) {
    const participating = electorate.voters.filter((v) => positions[v.code] !== 'absent').map((v) => v.code);
    const r = blockingCoalitions(electorate, participating, rule, options.blockWith, options.blockWithout);
    if (!r.ok) return r;
    blocking = r.value;
  }
  return ok({ whatItTakes: takes, blockingCoalitions: blocking });
}

const setLine = (s: SwitchSearch['sets'][number]) => `    ${s.codes.join(' + ')}  (${people(s.population)}, ${fractionPercent(s.share, 2)})`;

const membersText = (n: number) => `${n} member${n === 1 ? '' : 's'}`;

/** `head` says what the smallest size means, e.g. "2 members among the undecided switching to yes". */
function searchLines(search: SwitchSearch, head: (size: number) => string, none: string): string[] {
  if (search.size === null) return [`  ${search.truncated ? 'too many combinations to search' : none}`];
  const total = `${search.truncated ? 'at least ' : ''}${search.count} such set${search.count === 1 ? '' : 's'}`;
  return [`  ${head(search.size)} (${total}; least population first):`, ...search.sets.map(setLine)];
}

function directionLines(direction: Direction, verb: string): string[] {
  const lines = searchLines(direction.amongUndecided, (n) => `${membersText(n)} among the undecided ${verb}`, `no change among the undecided can do it`);
  if (direction.amongAll.size === direction.amongUndecided.size) return lines;
  return [...lines, ...searchLines(direction.amongAll, (n) => `${membersText(n)} counting everyone who could change, ${verb}`, 'no change of vote can do it')];
}

/** The JSON fields of what was asked (left out when not asked, so the base format is unchanged). */
export const takesJson = (a: TakesAnswer) => ({
  ...(a.whatItTakes ? { whatItTakes: a.whatItTakes } : {}),
  ...(a.blockingCoalitions ? { blockingCoalitions: a.blockingCoalitions } : {}),
});

/** The plain-text section printed after the verdict. */
export function takesText(answer: TakesAnswer): string {
  const lines: string[] = [];
  const t = answer.whatItTakes;
  if (t) {
    lines.push('', 'What it takes to adopt (other undecided members counted against):');
    lines.push(...(t.toAdopt ? directionLines(t.toAdopt, 'switching to yes') : ['  adopted already, whatever the undecided do']));
    lines.push('', 'What it takes to block (other undecided members counted in favour):');
    lines.push(...(t.toBlock ? directionLines(t.toBlock, 'switching to no') : ['  not adopted already, whatever the undecided do']));
  }
  const b = answer.blockingCoalitions;
  if (b) {
    const names = b.with.map(countryName).join(', ');
    lines.push('', `Closest blocking coalitions${names ? ` with ${names}` : ''}:`);
    if (b.alreadyBlocking) lines.push(`  ${names} block on their own`);
    else lines.push(...searchLines(b, (n) => (names ? `${n} more member${n === 1 ? '' : 's'} needed` : `${membersText(n)} at the least`), 'no blocking coalition exists with these members'));
  }
  return lines.length ? `\n${lines.join('\n')}` : '';
}
