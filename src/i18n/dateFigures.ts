/**
 * Which figures a verdict rests on, against the date of the vote, in the reader's language: the
 * facts are the core's (figuresStatus in src/core/scenario/voteDate.ts), taken from the dataset
 * the verdict is computed on; only the words are chosen here.
 */
import type { FiguresStatus } from '../core/scenario/voteDate';
import type { CountryCode } from '../core/rules/countries';
import type { Translator } from './translator';

/** Names that take an article as the subject of a sentence ("The United Kingdom was not a member…"). */
const ARTICLE: Partial<Record<Translator['locale'], Readonly<Record<string, string>>>> = {
  en: { UK: 'the United Kingdom', NL: 'the Netherlands' },
  fr: { UK: 'le Royaume-Uni', HR: 'la Croatie', NL: 'les Pays-Bas' },
  de: { UK: 'das Vereinigte Königreich' },
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The sentences for a status: what the figures are against the date, then any member of the
 * dataset that was not in the Council on the date.
 * For an audience (the presentation) the caveat only, without how to add that year's figures.
 * @example figuresSentences(status, translator('en')) // ["Figures in force on 5 November 2025: Council 2025 (EU-27)."]
 */
export function figuresSentences(st: FiguresStatus, tr: Translator, audience = false): string[] {
  const d = st.dataset;
  const period = { from: tr.day(d.period.from), to: tr.day(d.period.to) };
  if (st.kind === 'undated') return [tr.t('dateFigures.undated', { label: tr.dataset(d), ...period })];
  const date = tr.day(st.date);
  const head =
    st.kind === 'inForce'
      ? [tr.t('dateFigures.inForce', { date, label: tr.dataset(d) })]
      : st.kind === 'nearest'
        ? [tr.t('dateFigures.nearest', { date, label: tr.dataset(d), ...period }), ...(audience ? [] : [tr.t('dateFigures.addYear', { year: st.date.slice(0, 4) })])]
        : [tr.t(st.expectedInForce ? 'dateFigures.other' : 'dateFigures.otherNearest', { date, label: tr.dataset(d), expected: tr.dataset(st.expected) })];
  const names = (codes: readonly CountryCode[]) => tr.and(codes.map((c) => ARTICLE[tr.locale]?.[c] ?? tr.country(c)));
  const out = st.nonMembers.filter((c) => !st.counted.includes(c));
  return [
    ...head,
    ...(out.length ? [capital(tr.tp('dateFigures.nonMember', out.length, { names: names(out), date }))] : []),
    ...(st.counted.length ? [capital(tr.tp('dateFigures.counted', st.counted.length, { names: names(st.counted), date }))] : []),
  ];
}
