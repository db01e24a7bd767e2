/**
 * The options of `council-vote votes` and of `evaluate --vote ID`, parsed and checked into typed
 * requests (src/cli/votes.ts runs them). Imports no other CLI module but options.ts, so args.ts
 * can use it without an import circle.
 */
import { PROTOCOL_ORDER, parseCountryCode, type CountryCode } from '../core/rules/countries';
import { ok, type Result } from '../core/result';
import { voteRecord, findVote } from '../core/votes/corpus';
import { findReported } from '../core/votes/reportedCorpus';
import type { MemberVote, VoteFilter } from '../core/votes/filter';
import { isCalendarDate, RECORDED_RULES, type RecordedRule } from '../core/votes/record';
import { fail, oneOf, parse, single } from './options';

export interface VotesRequest {
  readonly command: 'votes';
  readonly json: boolean;
  readonly filter: VoteFilter;
  /** Only the votes reported in the press since the record ends (--reported). */
  readonly reportedOnly: boolean;
}

export interface EvaluateVoteRequest {
  readonly command: 'evaluate-vote';
  readonly json: boolean;
  readonly id: string;
  /** A vote reported in the press (its id is a date and a slug), not one of the record. */
  readonly reported: boolean;
}

const ONE = { type: 'string', multiple: true } as const;
const VOTES_OPTIONS = {
  json: { type: 'boolean' },
  contested: { type: 'boolean' },
  reported: { type: 'boolean' },
  member: ONE,
  'vote-of': ONE,
  area: ONE,
  configuration: ONE,
  rule: ONE,
  search: ONE,
  from: ONE,
  to: ONE,
} as const;

const VOTE_OF: Readonly<Record<string, MemberVote>> = {
  no: 'no',
  against: 'no',
  abstain: 'abstain',
  yes: 'yes',
  absent: 'absent',
  'not-yes': 'not_yes',
};
export const EU: readonly string[] = PROTOCOL_ORDER.slice(0, PROTOCOL_ORDER.indexOf('UK') + 1);

/** YYYY-MM-DD, or a bare year: its first day for --from, its last for --to. */
function dateOption(text: string | undefined, name: 'from' | 'to'): Result<string | undefined> {
  if (text === undefined) return ok(undefined);
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return ok(name === 'from' ? `${t}-01-01` : `${t}-12-31`);
  if (!isCalendarDate(t)) return fail(`--${name} must be a date written YYYY-MM-DD or a year (found "${text}")`);
  return ok(t);
}

/** `votes [--member XX] [--vote-of no|abstain|...] [--area TEXT] [--from DATE] [--to DATE] [--contested] [--json]` */
export function parseVotes(args: readonly string[]): Result<VotesRequest> {
  const parsed = parse(args, VOTES_OPTIONS);
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const one = (name: keyof typeof VOTES_OPTIONS) => single(v[name] as string[] | undefined, name);
  const texts = (['member', 'vote-of', 'area', 'configuration', 'rule', 'search', 'from', 'to'] as const).map(one);
  const bad = texts.find((t) => !t.ok);
  if (bad && !bad.ok) return bad;
  const [member, voteOf, area, configuration, rule, search, fromText, toText] = texts.map((t) =>
    t.ok ? t.value : undefined,
  );
  const filter: { -readonly [K in keyof VoteFilter]: VoteFilter[K] } = {};
  if (member !== undefined) {
    const code = parseCountryCode(member);
    if (!code.ok)
      return fail(
        `unknown country code "${member}" in --member${code.error.message.includes('(') ? ` ${code.error.message.slice(code.error.message.indexOf('('), -1)}` : ''}`,
        'country.unknown',
      );
    if (!EU.includes(code.value)) return fail(`--member ${code.value} was never a member of the Council in the record`);
    filter.member = code.value as CountryCode;
  }
  if (voteOf !== undefined) {
    if (member === undefined) return fail('--vote-of needs --member (whose vote?)');
    const mv = VOTE_OF[voteOf.trim().toLowerCase()];
    if (!mv) return fail(`unknown --vote-of "${voteOf}" (${oneOf(['no', 'abstain', 'not-yes', 'yes', 'absent'])})`);
    filter.memberVote = mv;
  }
  if (rule !== undefined) {
    if (!(RECORDED_RULES as readonly string[]).includes(rule))
      return fail(`unknown --rule "${rule}" (${oneOf(RECORDED_RULES)})`);
    filter.rule = rule as RecordedRule;
  }
  const from = dateOption(fromText, 'from');
  if (!from.ok) return from;
  const to = dateOption(toText, 'to');
  if (!to.ok) return to;
  if (from.value && to.value && from.value > to.value) return fail(`--from ${from.value} is after --to ${to.value}`);
  Object.assign(filter, from.value ? { from: from.value } : {}, to.value ? { to: to.value } : {});
  if (area !== undefined) filter.area = area;
  if (configuration !== undefined) filter.configuration = configuration;
  if (search !== undefined) filter.text = search;
  if (v.contested) filter.contested = true;
  return ok({ command: 'votes', json: v.json === true, filter, reportedOnly: v.reported === true });
}

/** The --vote option of `evaluate`: a known id (the record's, or a reported vote's), or a one-line reason. */
export function evaluateVoteRequest(id: string, json: boolean): Result<EvaluateVoteRequest> {
  if (findReported(id)) return ok({ command: 'evaluate-vote', json, id: id.trim(), reported: true });
  if (!/^\s*\d+\s*$/.test(id))
    return fail(
      `--vote takes the Council's numeric vote id or the id of a reported vote such as 2026-01-09-eu-mercosur (found "${id}"; see council-vote votes)`,
    );
  const excluded = voteRecord().excluded.find((e) => e.id === id.trim());
  if (excluded) return fail(`vote ${excluded.id} is not in the record: ${excluded.reason}`);
  if (!findVote(id)) return fail(`no vote ${id.trim()} in the record (see council-vote votes)`);
  return ok({ command: 'evaluate-vote', json, id: id.trim(), reported: false });
}
