/**
 * The rules as the command line names and explains them, with their treaty articles
 * (quoted from the treaties).
 */
import { describeCustomRule } from '../core/rules/customRule';
import { assertNever } from '../core/result';
import { RULE_IDS, RULE_LABELS, type Rule, type RuleId } from '../core/rules/vote';

export interface RuleInfo {
  readonly id: RuleId | 'custom';
  readonly label: string;
  /** The article that defines the rule, short form. */
  readonly article: string;
  /** What the rule asks, in one line. */
  readonly summary: string;
}

const ARTICLES: Readonly<Record<RuleId, { article: string; summary: string }>> = {
  qmv: {
    article: 'Art. 16(4) TEU; Art. 238(3)(a) TFEU when not all take part',
    summary: '55 % of members (at least 15) representing 65 % of the population; a blocking minority needs 4 members',
  },
  reinforced: {
    article: 'Art. 238(2) TFEU; Art. 238(3)(b) TFEU when not all take part',
    summary: '72 % of members representing 65 % of the population (not on a Commission or HR proposal)',
  },
  simple: {
    article: 'Art. 238(1) TFEU',
    summary: 'a majority of the component members',
  },
  unanimity: {
    article: 'Art. 238(4) TFEU',
    summary: 'no member against; abstentions do not prevent adoption',
  },
  nice: {
    article: 'Act of Accession of Croatia, Art. 20',
    summary:
      'historical (to 31 October 2014): 260 of 352 weighted votes, a majority of members, 62 % of the population on request',
  },
};

export const RULE_INFOS: readonly RuleInfo[] = RULE_IDS.map((id) => ({ id, label: RULE_LABELS[id], ...ARTICLES[id] }));

export function ruleInfo(rule: Rule): RuleInfo {
  if (rule.kind === 'custom') {
    return { id: 'custom', label: 'Custom thresholds', article: 'modelled on Art. 16(4) TEU and Art. 238(3) TFEU', summary: describeCustomRule(rule) };
  }
  return RULE_INFOS.find((r) => r.id === rule.kind)!;
}

/** The article to cite for a verdict: Art. 238(3) applies when some members do not take part. */
export function articleFor(rule: Rule, full: boolean): string {
  switch (rule.kind) {
    case 'qmv':
      return full ? 'Art. 16(4) TEU' : 'Art. 238(3)(a) TFEU';
    case 'reinforced':
      return full ? 'Art. 238(2) TFEU' : 'Art. 238(3)(b) TFEU';
    case 'simple':
      return full ? 'Art. 238(1) TFEU' : 'Art. 238(1) and 330 TFEU';
    case 'unanimity':
      return 'Art. 238(4) TFEU';
    case 'nice':
      return 'Act of Accession of Croatia, Art. 20';
    case 'custom':
      return 'custom thresholds';
    default:
      return assertNever(rule);
  }
}
