/**
 * A PowerPoint deck of scenarios, drawn from the slide model (slideModel.ts) with native shapes
 * and text boxes, so every word and bar stays editable. pptxgenjs is loaded only here, when the
 * user exports; it builds the file in memory (no images, no fetch) and hands back a Blob.
 */
import type { Scenario } from '../../core/scenario/scenario';
import type { Translator } from '../../i18n/translator';
import type { Position } from '../../core/rules/vote';
import { slideOf, titleSlideOf, type SlideModel, type SlideTile } from './slideModel';
import '../../i18n/later/register';

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type Slide = ReturnType<Pptx['addSlide']>;

/** The app's colours (src/ui/styles.css), without the #. */
const C = {
  ink: '14171F', muted: '4A5060', line: 'D6DAE2', accent: '1D3B8B',
  yes: '12703F', no: 'A3231A', abstain: '8A4B00', undecided: '3B4A8A',
} as const;
const VERDICT = { adopted: C.yes, not_adopted: C.no, undetermined: C.undecided, error: C.muted } as const;
const TONE = { met: C.yes, not_met: C.no, open: C.undecided, uncertain: C.abstain } as const;

/** Colour, pattern (stripes, dashes, dots) and text colour of a tile, as on the map (map.css). */
const TILE: Record<Position, { fill: string; text: string; border: string; dash: 'solid' | 'dash' | 'sysDot'; stripe?: { color: string; dir: 'diag' | 'flat' } }> = {
  yes: { fill: C.yes, text: 'FFFFFF', border: C.yes, dash: 'solid' },
  no: { fill: C.no, text: 'FFFFFF', border: '6E140E', dash: 'solid', stripe: { color: '6E140E', dir: 'diag' } },
  abstain: { fill: 'FDF0DC', text: '5C3200', border: C.abstain, dash: 'solid', stripe: { color: 'EFD2A0', dir: 'flat' } },
  absent: { fill: 'ECEEF2', text: C.muted, border: C.muted, dash: 'dash' },
  undecided: { fill: 'FFFFFF', text: C.undecided, border: C.undecided, dash: 'sysDot' },
};

const FONT = 'Arial';
const W = 13.333;

function drawTile(pptx: Pptx, slide: Slide, t: SlideTile, x: number, y: number, size: number): void {
  const st = TILE[t.position];
  slide.addShape(pptx.ShapeType.rect, { x, y, w: size, h: size, fill: { color: st.fill }, line: { color: st.border, width: 1.5, dashType: st.dash } });
  if (st.stripe) {
    const line = { color: st.stripe.color, width: 2 };
    // Three stripes across the tile: flat for abstain, diagonal (top right to bottom left) for no.
    for (const f of [0.5, 1, 1.5]) {
      if (st.stripe.dir === 'flat') slide.addShape(pptx.ShapeType.line, { x: x + 0.03, y: y + (size * f) / 2, w: size - 0.06, h: 0, line });
      else if (f <= 1) slide.addShape(pptx.ShapeType.line, { x, y, w: size * f, h: size * f, line, flipH: true });
      else slide.addShape(pptx.ShapeType.line, { x: x + size * (f - 1), y: y + size * (f - 1), w: size * (2 - f), h: size * (2 - f), line, flipH: true });
    }
  }
  slide.addText(
    [
      { text: t.code, options: { bold: true, fontSize: 10, breakLine: true } },
      { text: `${t.icon}${t.pivotal ? ' ◆' : ''}`, options: { bold: true, fontSize: 11 } },
    ],
    { x, y, w: size, h: size, align: 'center', valign: 'middle', color: st.text, fontFace: FONT, margin: 0 },
  );
}

function drawSlide(pptx: Pptx, m: SlideModel): void {
  const slide = pptx.addSlide();
  const text = (s: string, o: Record<string, unknown>) => slide.addText(s, { fontFace: FONT, color: C.ink, margin: 0, valign: 'top', ...o });
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: W, h: 0.12, fill: { color: VERDICT[m.verdict] }, line: { type: 'none' } });
  text(m.title, { x: 0.5, y: 0.3, w: 12.3, h: 0.5, fontSize: 24, bold: true, fit: 'shrink' });
  text(m.subtitle, { x: 0.5, y: 0.82, w: 12.3, h: 0.3, fontSize: 12, color: C.muted });
  text(m.word, { x: 0.5, y: 1.2, w: 7.6, h: 0.7, fontSize: 36, bold: true, color: VERDICT[m.verdict] });
  text(m.reason, { x: 0.5, y: 1.9, w: 7.6, h: 0.5, fontSize: 13, color: C.muted });
  let y = 2.5;
  for (const c of m.conditions) {
    text(`${c.mark} ${c.title}`, { x: 0.5, y, w: 4.4, h: 0.3, fontSize: 14, bold: true, color: TONE[c.tone] });
    text(c.value, { x: 4.6, y, w: 3.2, h: 0.3, fontSize: 14, bold: true, align: 'right' });
    y += 0.34;
    if (c.bar) {
      const bx = 0.5;
      const bw = 7.3;
      slide.addShape(pptx.ShapeType.rect, { x: bx, y, w: bw, h: 0.26, fill: { color: 'FFFFFF' }, line: { color: C.ink, width: 0.75 } });
      if (c.bar.best > c.bar.declared) slide.addShape(pptx.ShapeType.rect, { x: bx + bw * c.bar.declared, y, w: bw * (c.bar.best - c.bar.declared), h: 0.26, fill: { color: TONE[c.tone], transparency: 65 }, line: { color: TONE[c.tone], width: 0.75, dashType: 'dash' } });
      if (c.bar.declared > 0) slide.addShape(pptx.ShapeType.rect, { x: bx, y, w: bw * c.bar.declared, h: 0.26, fill: { color: TONE[c.tone] }, line: { type: 'none' } });
      slide.addShape(pptx.ShapeType.line, { x: bx + bw * c.bar.threshold, y: y - 0.06, w: 0, h: 0.38, line: { color: C.ink, width: 2.5 } });
      y += 0.34;
    }
    text(`${c.rule} ${c.word}`, { x: 0.5, y, w: 7.3, h: 0.42, fontSize: 11 });
    y += 0.5;
  }
  if (m.blocking) {
    text(m.blocking.heading, { x: 0.5, y, w: 7.6, h: 0.3, fontSize: 14, bold: true, color: m.blocking.formed ? C.no : C.ink });
    text(m.blocking.summary, { x: 0.5, y: y + 0.32, w: 7.3, h: 0.6, fontSize: 11 });
  }
  // The map on the right, as many rows as it has, above the members' names in three columns.
  const gap = 0.05;
  const size = Math.min(0.55, 3.7 / Math.max(1, m.grid.rows) - gap, 4.6 / Math.max(1, m.grid.cols) - gap);
  const x0 = W - 0.5 - m.grid.cols * (size + gap) + gap;
  for (const t of m.tiles) drawTile(pptx, slide, t, x0 + t.col * (size + gap), 1.2 + t.row * (size + gap), size);
  const names = m.tiles.map((t) => `${t.icon} ${t.name} (${t.code}): ${t.label}`);
  const perColumn = Math.ceil(names.length / 3);
  const legendTop = 1.2 + m.grid.rows * (size + gap);
  text(m.legend.join('  '), { x: 8.25, y: legendTop, w: 4.6, h: 0.35, fontSize: 7.5, bold: true });
  const top = legendTop + 0.38;
  for (let i = 0; i < 3; i++) {
    text(names.slice(i * perColumn, (i + 1) * perColumn).join('\n'), { x: 8.25 + i * 1.55, y: top, w: 1.55, h: 6.35 - top, fontSize: 7, color: C.muted });
  }
  text(m.footer.join('\n'), { x: 0.5, y: 6.45, w: 12.3, h: 0.95, fontSize: 8, color: C.muted, valign: 'bottom' });
  slide.addNotes(m.notes);
}

/** The deck: a title slide, then one slide per scenario, in the order given. */
export async function slidesPptx(scenarios: readonly Scenario[], tr: Translator, today: string, deckName?: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deckName || tr.t('export.deckTitle');
  const head = titleSlideOf(scenarios.length, today, tr, deckName);
  const first = pptx.addSlide();
  first.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: W, h: 0.2, fill: { color: C.accent }, line: { type: 'none' } });
  first.addText(head.title, { x: 0.8, y: 2.4, w: 11.7, h: 1.2, fontSize: 40, bold: true, color: C.accent, fontFace: FONT, fit: 'shrink' });
  first.addText(head.lines.join('\n'), { x: 0.8, y: 3.7, w: 11.7, h: 1, fontSize: 18, color: C.muted, fontFace: FONT, valign: 'top' });
  for (const s of scenarios) drawSlide(pptx, slideOf(s, tr));
  const out = await pptx.write({ outputType: 'blob', compression: true });
  return out instanceof Blob ? out : new Blob([out as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
