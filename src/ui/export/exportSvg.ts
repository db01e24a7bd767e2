/**
 * SVGs of the verdict card and of the map with its legend, drawn from the slide model
 * (slideModel.ts): real <text> (so it scales on a slide and stays editable), the figures used
 * and their standing on the date of the vote under each, as on the PNG. User text is escaped,
 * never parsed as markup.
 */
import type { Position } from '../../core/rules/vote';
import type { SlideModel, SlideTile } from './slideModel';

const C = { ink: '#14171f', muted: '#4a5060', line: '#d6dae2', yes: '#12703f', no: '#a3231a', abstain: '#8a4b00', undecided: '#3b4a8a' } as const;
const VERDICT = { adopted: C.yes, not_adopted: C.no, undetermined: C.undecided, error: C.muted } as const;
const TONE = { met: C.yes, not_met: C.no, open: C.undecided, uncertain: C.abstain } as const;
const FONT = 'system-ui, -apple-system, Segoe UI, Arial, sans-serif';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of at most about `width` pixels at `size` px (an average glyph is about half the size wide). */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.52)));
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    // A word longer than a line (an address) is cut into pieces that fit.
    const words = para.split(/\s+/).filter(Boolean).flatMap((w) => w.match(new RegExp(`.{1,${max}}`, 'gu')) ?? []);
    for (const word of words) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

class Canvas {
  readonly parts: string[] = [];
  y = 0;
  text(x: number, y: number, s: string, size: number, o: { weight?: number; fill?: string; anchor?: 'end' | 'middle' } = {}): void {
    const anchor = o.anchor ? ` text-anchor="${o.anchor}"` : '';
    this.parts.push(`<text x="${x}" y="${y}" font-size="${size}" font-weight="${o.weight ?? 400}" fill="${o.fill ?? C.ink}"${anchor}>${esc(s)}</text>`);
  }
  /** Wrapped text from the current y; moves y below it. */
  para(x: number, s: string, size: number, width: number, o: { weight?: number; fill?: string } = {}): void {
    for (const line of wrap(s, width, size)) {
      this.y += size * 1.3;
      this.text(x, this.y, line, size, o);
    }
  }
  rect(x: number, y: number, w: number, h: number, attrs: string): void {
    this.parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" ${attrs}/>`);
  }
}

/** The tiles' fills and strokes (map.css): colour, pattern and line style, so greyscale keeps them apart. */
const DEFS = `<defs>
<pattern id="hatch-no" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${C.no}"/><rect width="3" height="8" fill="#6e140e"/></pattern>
<pattern id="stripe-abstain" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="#fdf0dc"/><rect width="7" height="2" fill="#efd2a0"/></pattern>
</defs>`;
const TILE: Record<Position, { fill: string; stroke: string; dash?: string; text: string }> = {
  yes: { fill: C.yes, stroke: C.yes, text: '#ffffff' },
  no: { fill: 'url(#hatch-no)', stroke: '#6e140e', text: '#ffffff' },
  abstain: { fill: 'url(#stripe-abstain)', stroke: C.abstain, text: '#5c3200' },
  absent: { fill: '#eceef2', stroke: C.muted, dash: '5 3', text: C.muted },
  undecided: { fill: '#ffffff', stroke: C.undecided, dash: '2 2', text: C.undecided },
};

function tile(c: Canvas, t: SlideTile | { position: Position; code: string; icon: string; pivotal: boolean }, x: number, y: number, size: number): void {
  const st = TILE[t.position];
  c.rect(x, y, size, size, `rx="${size * 0.1}" fill="${st.fill}" stroke="${st.stroke}" stroke-width="2"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}`);
  if (t.code) c.text(x + size / 2, y + size * 0.45, t.code, size * 0.27, { weight: 700, fill: st.text, anchor: 'middle' });
  // A code and a symbol on a map tile; the symbol alone, larger, on a legend swatch.
  if (t.code) c.text(x + size / 2, y + size * 0.8, `${t.icon}${t.pivotal ? ' ◆' : ''}`, size * 0.3, { weight: 700, fill: st.text, anchor: 'middle' });
  else c.text(x + size / 2, y + size * 0.75, t.icon, size * 0.65, { weight: 700, fill: st.text, anchor: 'middle' });
}

const svg = (c: Canvas, width: number, title: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(c.y + 24)}" viewBox="0 0 ${width} ${Math.ceil(c.y + 24)}" font-family="${FONT}" role="img" aria-label="${esc(title)}">\n<title>${esc(title)}</title>\n${DEFS}\n<rect width="100%" height="100%" fill="#ffffff"/>\n${c.parts.join('\n')}\n</svg>\n`;

function heading(c: Canvas, m: SlideModel, width: number): void {
  c.rect(0, 0, width, 8, `fill="${VERDICT[m.verdict]}"`);
  c.y = 24;
  c.para(32, m.title, 22, width - 64, { weight: 700 });
  c.para(32, m.subtitle, 13, width - 64, { fill: C.muted });
}

function footer(c: Canvas, m: SlideModel, width: number): void {
  c.y += 12;
  c.parts.push(`<line x1="32" y1="${c.y}" x2="${width - 32}" y2="${c.y}" stroke="${C.line}"/>`);
  for (const f of m.footer) c.para(32, f, 11, width - 64, { fill: C.muted });
}

/** The verdict card: title, verdict, both conditions as bars against their thresholds, the blocking minority, every member's position. */
export function verdictSvg(m: SlideModel): string {
  const width = 800;
  const c = new Canvas();
  heading(c, m, width);
  c.y += 44;
  c.text(32, c.y, m.word, 40, { weight: 800, fill: VERDICT[m.verdict] });
  c.para(32, m.reason, 15, width - 64, { fill: C.muted });
  for (const k of m.conditions) {
    c.y += 30;
    c.text(32, c.y, `${k.mark} ${k.title}`, 16, { weight: 700, fill: TONE[k.tone] });
    c.text(width - 32, c.y, k.value, 16, { weight: 700, anchor: 'end' });
    if (k.bar) {
      const bw = width - 64;
      const top = c.y + 8;
      c.rect(32, top, bw, 20, `fill="#ffffff" stroke="${C.ink}"`);
      if (k.bar.best > k.bar.declared) c.rect(32 + bw * k.bar.declared, top, bw * (k.bar.best - k.bar.declared), 20, `fill="${TONE[k.tone]}" fill-opacity="0.35"`);
      c.rect(32, top, bw * k.bar.declared, 20, `fill="${TONE[k.tone]}"`);
      const tx = 32 + bw * k.bar.threshold;
      c.parts.push(`<line x1="${tx}" y1="${top - 5}" x2="${tx}" y2="${top + 25}" stroke="${C.ink}" stroke-width="3"/>`);
      c.y = top + 26;
    }
    c.para(32, `${k.rule} ${k.word}`, 13, width - 64);
  }
  if (m.blocking) {
    c.y += 30;
    c.text(32, c.y, m.blocking.heading, 16, { weight: 700, fill: m.blocking.formed ? C.no : C.ink });
    c.para(32, m.blocking.summary, 13, width - 64);
  }
  c.y += 16;
  const rows = Math.ceil(m.tiles.length / 3);
  const colW = (width - 64) / 3;
  m.tiles.forEach((t, i) => {
    const x = 32 + Math.floor(i / rows) * colW;
    const y = c.y + (i % rows) * 26;
    tile(c, { ...t, code: '', pivotal: false }, x, y, 20);
    c.text(x + 28, y + 15, `${t.name}: ${t.label}${t.pivotal ? ' ◆' : ''}`, 13);
  });
  c.y += rows * 26;
  footer(c, m, width);
  return svg(c, width, `${m.title}: ${m.word}`);
}

/** The tile map with its legend, under the scenario's title and verdict. */
export function mapSvg(m: SlideModel): string {
  const size = 56;
  const gap = 6;
  const width = Math.max(560, 64 + m.grid.cols * (size + gap));
  const c = new Canvas();
  heading(c, m, width);
  c.y += 34;
  c.text(32, c.y, m.word, 28, { weight: 800, fill: VERDICT[m.verdict] });
  c.y += 16;
  const top = c.y;
  for (const t of m.tiles) {
    c.parts.push(`<g><title>${esc(t.name)}: ${esc(t.label)}</title>`);
    tile(c, t, 32 + t.col * (size + gap), top + t.row * (size + gap), size);
    c.parts.push('</g>');
  }
  c.y = top + m.grid.rows * (size + gap) + 8;
  const icons: Position[] = ['yes', 'no', 'abstain', 'absent', 'undecided'];
  m.legend.forEach((label, i) => {
    const y = c.y + i * 26;
    if (i < icons.length) tile(c, { position: icons[i]!, code: '', icon: label.split(' ')[0]!, pivotal: false }, 32, y, 20);
    else c.text(42, y + 16, '◆', 16, { weight: 700, anchor: 'middle' });
    c.text(62, y + 15, label.slice(label.indexOf(' ') + 1), 13);
  });
  c.y += m.legend.length * 26;
  footer(c, m, width);
  return svg(c, width, `${m.title}: ${m.word}`);
}
