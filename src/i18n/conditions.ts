/**
 * The engine's condition labels ("at least 55 % of members, at least 15") in the reader's
 * language. The engine writes them in English; every label it can produce is matched here
 * (tests/i18n/i18n.test.ts checks each rule), and an unknown one is shown as it came.
 */
import type { Condition } from '../core/rules/outcome';
import type { Translator } from './translator';

const PATTERNS: ReadonlyArray<readonly [RegExp, (tr: Translator, m: RegExpMatchArray) => string]> = [
  [/^at least (\d+) % of members, at least 15$/, (tr, m) => tr.t('condLabel.membersPctFloor', { pct: m[1]! })],
  [/^at least (\d+) % of members$/, (tr, m) => tr.t('condLabel.membersPct', { pct: m[1]! })],
  [/^at least (\d+) % of participating members$/, (tr, m) => tr.t('condLabel.participatingPct', { pct: m[1]! })],
  [/^at least 65 % of the population$/, (tr) => tr.t('condLabel.population')],
  [/^at least 62 % of the population \(on request\)$/, (tr) => tr.t('condLabel.populationOnRequest')],
  [/^a majority of the component members$/, (tr) => tr.t('condLabel.componentMajority')],
  [/^no participating member against \(abstentions do not block\)$/, (tr) => tr.t('condLabel.noObjection')],
  [/^at least 260 of 352 weighted votes \(here (\d+) of (\d+)\)$/, (tr, m) => tr.t('condLabel.weights', { required: tr.count(Number(m[1])), all: tr.count(Number(m[2])) })],
  [/^a majority of members$/, (tr) => tr.t('condLabel.membersMajority')],
  [/^two thirds of members$/, (tr) => tr.t('condLabel.twoThirds')],
];

/** The condition's label in the translator's language. */
export function conditionLabel(c: Condition, tr: Translator): string {
  for (const [re, say] of PATTERNS) {
    const m = c.label.match(re);
    if (m) return say(tr, m);
  }
  return c.label;
}

/** True when the engine's label is one this file knows (for tests). */
export function isKnownConditionLabel(label: string): boolean {
  return PATTERNS.some(([re]) => re.test(label));
}
