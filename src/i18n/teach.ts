/**
 * The core's teaching messages (src/core/teach/teachText.ts) in the reader's language: each key is
 * looked up under `teach.` in the catalogue, and each parameter formatted with the locale's
 * numbers, plurals, lists and country names.
 */
import type { TeachParam, TeachText } from '../core/teach/teachText';
import { conditionLabel } from './conditions';
import type { Translator } from './translator';
import './teaching/register';
import './later/register';

const decimals = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

/** Up to two decimals: "14.85", "13.2". */
function decimal(n: number, locale: string): string {
  let f = decimals.get(locale);
  if (!f) decimals.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return f.format(n);
}

/** "a, b and c": British English has no serial comma, like the EU style guide. */
function and(items: readonly string[], locale: string): string {
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' })));
  return f.format(items);
}

/** "293.2 million": a number of persons without the word for people. */
function persons(n: number, tr: Translator): string {
  if (n < 1_000_000) return tr.count(n);
  const millions = Math.round(n / 100_000) / 10;
  return tr.tp('teach.n.million', millions, { m: tr.decimal(millions, 1) });
}

function param(p: TeachParam, tr: Translator): string {
  if (typeof p === 'number') return tr.count(p);
  if ('key' in p || 'plural' in p) return teachText(p, tr);
  if ('people' in p) return tr.people(p.people);
  if ('persons' in p) return persons(p.persons, tr);
  if ('members' in p) return tr.tp('n.member', p.members);
  if ('share' in p) return tr.share(p.share, p.of);
  if ('points' in p) return tr.points(p.points);
  if ('decimal' in p) return decimal(p.decimal, tr.locale);
  if ('percent' in p) return tr.percent(p.percent);
  if ('countries' in p) {
    const names = p.countries.map((c) => tr.country(c));
    return p.join === 'and' ? and(names, tr.locale) : names.join(', ');
  }
  if ('condition' in p) return conditionLabel(p.condition, tr);
  return p.all.map((m) => teachText(m, tr)).join(tr.t('teach.sep.and'));
}

/**
 * A teaching message in the translator's language.
 * @example teachText({ key: 'verdict.title' }, translator('de')) // "Das Ergebnis"
 */
export function teachText(m: TeachText, tr: Translator): string {
  const params = Object.fromEntries(Object.entries(m.params ?? {}).map(([name, p]) => [name, param(p, tr)]));
  const text = 'plural' in m ? tr.tp(`teach.${m.plural}`, m.n, params) : tr.t(`teach.${m.key}`, params);
  return m.capital ? text.charAt(0).toLocaleUpperCase(tr.locale) + text.slice(1) : text;
}
