/**
 * A PNG of the verdict card with every member's position, for slides. Drawn on a canvas from
 * the outcome's numbers; user text is drawn as text, never parsed as markup.
 */
import { countryName } from '../../core/rules/countries';
import type { Dataset } from '../../core/data/dataset';
import { allDatasets } from '../../core/data/datasets';
import { figuresStatus, figuresStatusText } from '../../core/scenario/voteDate';
import { translator } from '../../i18n/translator';
import { conditionReading, conditionValue } from '../verdict/conditionReading';
import type { Outcome } from '../../core/rules/outcome';
import type { Scenario } from '../../core/scenario/scenario';
import { RULE_LABELS } from '../../core/rules/vote';
import { claimsOf } from '../../core/rules/claims';
import { blockingWords, headline } from '../verdict/explain';
import { positionOption } from '../members/positionOptions';

const COLOURS = { yes: '#12703f', no: '#a3231a', abstain: '#8a4b00', absent: '#4a5060', undecided: '#3b4a8a' } as const;
const VERDICT_COLOURS = { adopted: COLOURS.yes, not_adopted: COLOURS.no, undetermined: COLOURS.undecided } as const;

/** The text of the PNG, line by line: the same claims and words as the verdict panel, in English. */
export interface PngText {
  readonly title: string;
  readonly word: string;
  readonly reason: string;
  readonly lines: readonly string[];
  /** Rule, figures, confidence, date, and the figures-on-date line the verdict carries. */
  readonly footer: readonly string[];
}

/** The PNG's text from the claims (tests/i18n/surfaces.property.test.ts reads it against them). */
export function pngText(s: Scenario, o: Outcome, d: Dataset): PngText {
  const tr = translator('en');
  const claims = claimsOf(o);
  const { word, reason } = headline(o, tr, claims);
  const conditions = claims.conditionCases.map((cc) => {
    const r = conditionReading(cc, claims.undecided, tr);
    const c = cc.worst;
    const upTo = r.upTo === null ? '' : ` ${tr.t('cond.upTo', { value: conditionValue(c, r.upTo, tr) })}`;
    const need = c.id === 'no_objection' ? tr.t('cond.noneAgainst') : tr.t('cond.needs', { n: c.id === 'population' ? tr.percentOf(c.required, c.of) : tr.count(c.required) });
    return `${r.mark} ${tr.t(`cond.title.${c.id}`)}: ${conditionValue(c, r.declared, tr)}${upTo} (${need}) — ${r.word}`;
  });
  const b = blockingWords(claims.declaredBlocking, claims.undecided, tr);
  const status = figuresStatus(s, allDatasets());
  return {
    title: s.name || 'Council vote',
    word,
    reason,
    lines: [...conditions, `${b.mark} ${b.heading}`, ...b.lines.slice(1)],
    footer: [`${RULE_LABELS[s.rule]} · ${d.label} · confidence ${d.provenance.confidence} · vote of ${s.date ?? 'no date set'}`, ...(status ? [figuresStatusText(status)] : [])],
  };
}

export function renderVerdictPng(s: Scenario, o: Outcome, d: Dataset): Promise<Blob> {
  const text = pngText(s, o, d);
  const width = 1600;
  const rows = Math.ceil(d.members.length / 3);
  const top = 300 + text.lines.length * 38;
  const height = top + rows * 44 + 40 + text.footer.length * 30;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('Canvas is not available.'));
  const font = (size: number, weight = 400) => `${weight} ${size}px system-ui, sans-serif`;
  const colour = VERDICT_COLOURS[text.word === 'Too close to call' ? 'undetermined' : o.verdict];
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = colour;
  g.fillRect(0, 0, width, 16);
  g.fillStyle = '#14171f';
  g.font = font(30, 600);
  g.fillText(text.title, 60, 80, width - 120);
  g.fillStyle = colour;
  g.font = font(84, 800);
  g.fillText(text.word, 60, 180);
  g.fillStyle = '#4a5060';
  g.font = font(28);
  g.fillText(text.reason, 60, 230, width - 120);
  g.fillStyle = '#14171f';
  g.font = font(26);
  text.lines.forEach((line, i) => g.fillText(line, 60, 285 + i * 38, width - 120));
  const colW = (width - 120) / 3;
  d.members.forEach((m, i) => {
    const p = s.positions[m.code] ?? 'undecided';
    const opt = positionOption(p);
    const x = 60 + Math.floor(i / rows) * colW;
    const y = top + (i % rows) * 44;
    g.fillStyle = COLOURS[p];
    g.fillRect(x, y - 26, 34, 34);
    g.fillStyle = '#ffffff';
    g.font = font(24, 700);
    g.fillText(opt.icon, x + 8, y);
    g.fillStyle = '#14171f';
    g.font = font(24);
    g.fillText(`${countryName(m.code)}: ${opt.label}`, x + 46, y, colW - 56);
  });
  g.fillStyle = '#4a5060';
  g.font = font(20);
  text.footer.forEach((line, i) => g.fillText(line, 60, height - 30 - (text.footer.length - 1 - i) * 30, width - 120));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'));
}
