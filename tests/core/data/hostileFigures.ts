/**
 * Tables as a hostile sender would make them — wrong members, impossible or reversed periods,
 * long or booby-trapped texts, flags the sender has no say over — written each way the app reads
 * figures: a dataset file's JSON (links, files, --figures) and an Annex III text (the paste).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countryName, type CountryCode } from '../../../src/core/rules/countries';

const ROOT = resolve(__dirname, '../../..');
const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/figures/added-2031.json'), 'utf8')) as { members: { code: string; population: number }[] };
/** Fictitious figures (the 2031 test annex), plus the United Kingdom and Kosovo for tables that should not have them. */
const POP: Readonly<Record<string, number>> = { ...Object.fromEntries(FIXTURE.members.map((m) => [m.code, m.population])), UK: 67_081_234, XK: 1_806_279 };

export const EU27 = FIXTURE.members.map((m) => m.code);
export const EU28 = [...EU27, 'UK'];

export interface Hostile {
  readonly codes: readonly string[];
  readonly from: string;
  readonly to: string;
  /** The Council decision. */
  readonly source: string;
  readonly label: string;
  readonly confidence: 'high' | 'medium-high' | 'medium' | 'low-medium' | 'low';
  readonly editable: boolean;
  readonly outdated: boolean;
  readonly id?: string;
}

export const plain: Hostile = {
  codes: EU27,
  from: '2031-01-01',
  to: '2031-12-31',
  source: 'Council Decision (EU, Euratom) 2030/9999',
  label: 'Council 2031 (EU-27)',
  confidence: 'medium-high',
  editable: false,
  outdated: false,
};

export const idOf = (h: Hostile) => h.id ?? `added-${h.from}`;
const totalOf = (h: Hostile) => h.codes.reduce((a, c) => a + POP[c]!, 0);

/** The dataset file's JSON, as a link, a scenario file or --figures carries it. */
export function tableJson(h: Hostile): Record<string, unknown> {
  return {
    formatVersion: 1,
    id: idOf(h),
    label: h.label,
    role: 'council',
    period: { from: h.from, to: h.to },
    figures: 'persons',
    total: totalOf(h),
    members: h.codes.map((code) => ({ code, population: POP[code] })),
    provenance: { source: h.source, address: 'https://eur-lex.europa.eu/eli/dec/2030/9999/oj', confidence: h.confidence, note: 'As sent.' },
    outdated: h.outdated,
    editable: h.editable,
  };
}

/** The same table as pasted from EUR-Lex: one tab-separated row per member, then the Total row. */
export function annexText(h: Hostile): string {
  const total = totalOf(h);
  const pct = (p: number) => (Math.floor((20000 * p + total) / (2 * total)) / 100).toFixed(2);
  const rows = h.codes.map((c) => `${countryName(c as CountryCode)}\t${POP[c]}\t${pct(POP[c]!)}`);
  return ['Member State\tPopulation\tPercentage of the population of the Union (%)', ...rows, `Total\t${total}\t100`].join('\n');
}
