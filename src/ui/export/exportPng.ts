/**
 * A PNG of the verdict card with every member's position, for slides. Drawn on a canvas from
 * the outcome's numbers; user text is drawn as text, never parsed as markup.
 */
import { countryName } from '../../core/rules/countries';
import type { Dataset } from '../../core/data/dataset';
import { percentOf } from '../../core/format';
import type { Outcome } from '../../core/rules/outcome';
import type { Scenario } from '../../core/scenario/scenario';
import { RULE_LABELS } from '../../core/rules/vote';
import { claimsOf } from '../../core/rules/claims';
import { headline } from '../verdict/explain';
import { positionOption } from '../members/positionOptions';

const COLOURS = { yes: '#12703f', no: '#a3231a', abstain: '#8a4b00', absent: '#4a5060', undecided: '#3b4a8a' } as const;
const VERDICT_COLOURS = { adopted: COLOURS.yes, not_adopted: COLOURS.no, undetermined: COLOURS.undecided } as const;

export function renderVerdictPng(s: Scenario, o: Outcome, d: Dataset): Promise<Blob> {
  const width = 1600;
  const rows = Math.ceil(d.members.length / 3);
  const height = 420 + rows * 44 + 60;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('Canvas is not available.'));
  const font = (size: number, weight = 400) => `${weight} ${size}px system-ui, sans-serif`;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = VERDICT_COLOURS[o.verdict];
  g.fillRect(0, 0, width, 16);
  g.fillStyle = '#14171f';
  g.font = font(30, 600);
  g.fillText(s.name || 'Council vote', 60, 80, width - 120);
  const claims = claimsOf(o);
  const { word, reason } = headline(o, undefined, claims);
  g.fillStyle = VERDICT_COLOURS[o.verdict];
  g.font = font(84, 800);
  g.fillText(word, 60, 180);
  g.fillStyle = '#4a5060';
  g.font = font(28);
  g.fillText(reason, 60, 230, width - 120);
  const a = claims.actual;
  const w = claims.worst;
  const bm = claims.declaredBlocking;
  const lines = [
    `Members in favour: ${a.inFavour} of ${a.participating}${w.members.required !== null ? ` (needs ${w.members.required})` : ''}`,
    `Population in favour: ${percentOf(a.populationInFavour, a.populationParticipating)}${w.population.required !== null ? ` (needs ${percentOf(w.population.required, w.population.participating)})` : ''}`,
    `Not in favour: ${bm.members} members, ${percentOf(bm.population, bm.of)} of the population — ${bm.formed ? 'blocking minority' : 'no blocking minority'}`,
  ];
  g.fillStyle = '#14171f';
  g.font = font(26);
  lines.forEach((line, i) => g.fillText(line, 60, 285 + i * 38, width - 120));
  const colW = (width - 120) / 3;
  d.members.forEach((m, i) => {
    const p = s.positions[m.code] ?? 'undecided';
    const opt = positionOption(p);
    const x = 60 + Math.floor(i / rows) * colW;
    const y = 420 + (i % rows) * 44;
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
  g.fillText(`${RULE_LABELS[s.rule]} · ${d.label} · confidence ${d.provenance.confidence} · vote of ${s.date ?? 'no date set'}`, 60, height - 30, width - 120);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'));
}
