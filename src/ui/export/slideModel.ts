/**
 * What one slide (and the SVG card, the view-only page and the embed) says about a scenario, as
 * plain texts and fractions: no DOM, no React, no drawing. Every word comes from the claims,
 * phrased by the verdict panel's own functions (explain.ts, conditionReading.ts), so a property
 * test checks these texts as it checks the panel (tests/i18n/slides.property.test.ts).
 */
import { claimsOf } from '../../core/rules/claims';
import { protocolIndex, type CountryCode } from '../../core/rules/countries';
import { allDatasets, findDataset } from '../../core/data/datasets';
import { tileGrid } from '../../core/data/tileLayout';
import { outcomeOf, type Scenario } from '../../core/scenario/scenario';
import { figuresStatus } from '../../core/scenario/voteDate';
import type { Position } from '../../core/rules/vote';
import { conditionLabel } from '../../i18n/conditions';
import { figuresSentences } from '../../i18n/dateFigures';
import type { Translator } from '../../i18n/translator';
import { POSITION_OPTIONS, positionLabel, positionOption } from '../members/positionOptions';
import { conditionReading, conditionValue, type ConditionTone } from '../verdict/conditionReading';
import { blockingHeading, headline, verdictMargins } from '../verdict/explain';
import '../../i18n/later/register';

export interface SlideCondition {
  readonly id: string;
  readonly tone: ConditionTone;
  readonly mark: string;
  /** "Members in favour" */
  readonly title: string;
  /** "20 of 27 (up to 24 of 27)" */
  readonly value: string;
  /** "at least 55 % of members, at least 15: needs 15." */
  readonly rule: string;
  /** "Met even if the 3 undecided vote no." */
  readonly word: string;
  /** Shares of the bar (0..1): declared yes, the best case, the threshold; null: no bar (unanimity). */
  readonly bar: { readonly declared: number; readonly best: number; readonly threshold: number } | null;
}

export interface SlideTile {
  readonly code: CountryCode;
  readonly name: string;
  readonly position: Position;
  /** "Yes", in the reader's language. */
  readonly label: string;
  /** The map's symbol: ✓ ✕ – ∅ ? */
  readonly icon: string;
  readonly row: number;
  readonly col: number;
  readonly pivotal: boolean;
}

export interface SlideModel {
  readonly title: string;
  /** "Qualified majority · Council 2025 (EU-27) · Date of the vote: 5 November 2025" */
  readonly subtitle: string;
  readonly verdict: 'adopted' | 'not_adopted' | 'undetermined' | 'error';
  readonly word: string;
  readonly reason: string;
  readonly conditions: readonly SlideCondition[];
  readonly margins: readonly string[];
  readonly blocking: { readonly formed: boolean; readonly heading: string; readonly summary: string } | null;
  readonly tiles: readonly SlideTile[];
  readonly grid: { readonly rows: number; readonly cols: number };
  /** What the tiles' symbols mean, as in the map's legend: "✓ Yes", …, "◆ Pivotal". */
  readonly legend: readonly string[];
  /** The figures used and their standing on the date of the vote, then the source. */
  readonly footer: readonly string[];
  /** Speaker notes: the scenario's note, the member notes, the margins and the source. */
  readonly notes: string;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.min(1, Math.max(0, n / of)));

/** The slide of one scenario in the translator's language. */
export function slideOf(s: Scenario, tr: Translator): SlideModel {
  const { t } = tr;
  const ds = findDataset(s.datasetId);
  const dataset = ds.ok ? ds.value : null;
  const result = outcomeOf(s);
  const o = result.ok ? result.value : null;
  const claims = o ? claimsOf(o) : null;
  const head = o && claims ? headline(o, tr, claims) : { word: t('verdict.unavailable'), reason: result.ok ? '' : result.error.message };
  const conditions: SlideCondition[] = claims
    ? claims.conditionCases.map((cc) => {
        const c = cc.worst;
        const r = conditionReading(cc, claims.undecided, tr);
        const { required } = r;
        const upTo = r.upTo !== null ? ` ${t('cond.upTo', { value: conditionValue(c, r.upTo, tr) })}` : '';
        return {
          id: c.id,
          tone: r.tone,
          mark: r.mark,
          title: t(`cond.title.${c.id}`),
          value: `${conditionValue(c, r.declared, tr)}${upTo}`,
          rule: `${conditionLabel(c, tr)}${t('punct.colon')}${required}.`,
          word: `${r.word}.`,
          bar: c.id === 'no_objection' ? null : { declared: pct(c.reached, c.of), best: pct(cc.best.reached, c.of), threshold: pct(c.required, c.of) },
        };
      })
    : [];
  const b = claims?.declaredBlocking;
  const blocking =
    b && claims
      ? {
          formed: b.formed,
          heading: `${b.formed ? '■' : '□'} ${blockingHeading(b, claims.undecided, tr)}`,
          summary: [
            t('blocking.summary', {
              who: t(claims.undecided > 0 ? 'blocking.declaredNotInFavour' : 'blocking.notInFavour'),
              members: tr.count(b.members),
              memberWord: tr.tp('word.member', b.members),
              share: tr.percentOf(b.population, b.of),
              people: tr.people(b.population),
            }),
            ...(b.requiredMembers !== null ? [t('blocking.needs', { n: tr.count(b.requiredMembers) })] : []),
            ...(b.formed && b.routes.length > 0 ? [t('blocking.by', { routes: b.routes.map((x) => t(`route.${x}`)).join(t('blocking.andBy')) })] : []),
          ].join(' '),
        }
      : null;
  const pivots = new Set(o ? o.pivots.map((p) => p.code) : []);
  const grid = tileGrid(dataset ? dataset.members.map((m) => m.code) : []);
  // In the Council's protocol order, for the list of members and the notes; each tile keeps its place on the map.
  const tiles = grid.tiles
    .map((x): SlideTile => {
      const position = s.positions[x.code] ?? 'undecided';
      return { code: x.code, name: tr.country(x.code), position, label: positionLabel(position, tr), icon: positionOption(position).icon, row: x.row, col: x.col, pivotal: pivots.has(x.code) };
    })
    .sort((a, b) => protocolIndex(a.code) - protocolIndex(b.code));
  const status = figuresStatus(s, allDatasets());
  const figures = dataset
    ? [
        t('export.figuresUsed', { label: dataset.label, rule: t(`rule.${s.rule}`), level: t(`confidence.${dataset.provenance.confidence}`) }),
        ...(status ? figuresSentences(status, tr) : []),
      ].join(' ')
    : '';
  const source = dataset ? t('export.source', { source: dataset.provenance.source, address: dataset.provenance.address }) : '';
  // The case the margins rest on leads into the first of them, so no sentence is split in two.
  const block = claims ? verdictMargins(claims, tr) : { lead: null, lines: [] };
  const margins = block.lead && block.lines.length ? [`${block.lead} ${block.lines[0]}`, ...block.lines.slice(1)] : block.lines;
  const memberNotes = tiles.flatMap((x) => {
    const n = s.memberNotes?.[x.code];
    if (!n?.text) return [];
    // A note written for another position says so, as on the row and the print sheet.
    const said = n.position === x.position ? x.label : t('row.noteFor', { position: positionLabel(n.position, tr) });
    return [`${x.name} (${said}): ${n.text}`];
  });
  const notes = [
    ...(s.note ? [`${t('export.scenarioNote')}${t('punct.colon')}${s.note}`] : []),
    ...(memberNotes.length ? [`${t('export.memberNotes')}${t('punct.colon')}`, ...memberNotes] : []),
    ...margins,
    figures,
    source,
  ].filter(Boolean);
  return {
    title: s.name || t('scenario.untitled'),
    subtitle: [t(`rule.${s.rule}`), dataset?.label ?? s.datasetId, `${t('date.label')}${t('punct.colon')}${s.date ? tr.day(s.date) : t('date.unset')}`].join(' · '),
    verdict: o ? o.verdict : 'error',
    word: head.word,
    reason: head.reason,
    conditions,
    margins,
    blocking,
    tiles,
    grid: { rows: grid.rows, cols: grid.cols },
    legend: [...POSITION_OPTIONS.map((x) => `${x.icon} ${positionLabel(x.value, tr)}`), `◆ ${t('map.pivotal')}`],
    footer: [figures, source].filter(Boolean),
    notes: notes.join('\n'),
  };
}

/** The title slide: what the deck is, how many scenarios, and the day it was made. */
export function titleSlideOf(count: number, today: string, tr: Translator, name?: string): { readonly title: string; readonly lines: readonly string[] } {
  return {
    title: name || tr.t('export.deckTitle'),
    lines: [tr.tp('export.deckScenarios', count), tr.t('export.madeOn', { date: tr.day(today) })],
  };
}
