/**
 * The layout rules of the sweep (sweep.e2e.ts), run inside the page in one `page.evaluate`:
 * `page.evaluate(layoutFindings)` returns every place where the screen as it is now breaks one.
 *
 * - covered: a visible line of text whose centre is under another element (`elementFromPoint`
 *   there returns something that is neither the text's element, inside it, nor an ancestor);
 * - clipped: a line of text cut by an ancestor that hides its overflow (`hidden` or `clip`), or a
 *   text field or a short chooser whose value is wider than the field;
 * - squeezed: a phrase of three or more words folded into lines under 9 em wide;
 * - outside: a line of text running past the left or right edge of the viewport;
 * - sideways: the page itself scrolls sideways;
 * - chart: an SVG label (tick or axis) drawn partly outside its SVG;
 * - small-text: text under 12 px;
 * - small-target: a control under 24 × 24 px, with WCAG 2.5.8's exceptions (inline links in a
 *   sentence; a small target with 24 px of room around it, free of other targets).
 *
 * Everything here must be self-contained: the function is serialised into the page.
 */
export type Rule = 'english' | 'iso-date' | 'message-key' | 'covered' | 'clipped' | 'squeezed' | 'outside' | 'sideways' | 'chart' | 'small-text' | 'small-target';

export interface Finding {
  readonly rule: Rule;
  /** The text concerned (or the control's name), at most 80 characters. */
  readonly text: string;
  readonly detail: string;
}

export function layoutFindings(): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  // Rows below the fold are laid out only when scrolled to (content-visibility: auto), after the
  // next frame: checked mid-scroll they would overlap. Laid out all at once, as a reader sees them.
  const allLaidOut = document.createElement('style');
  allLaidOut.textContent = '* { content-visibility: visible !important; }';
  document.head.append(allLaidOut);
  const add = (rule: Rule, text: string, detail: string) => {
    const short = text.replace(/\s+/g, ' ').trim().slice(0, 80);
    const key = `${rule}|${short}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ rule, text: short, detail });
  };
  const doc = document.documentElement;
  const vw = doc.clientWidth;
  const vh = window.innerHeight;
  const styleCache = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element) => {
    let s = styleCache.get(el);
    if (!s) styleCache.set(el, (s = getComputedStyle(el)));
    return s;
  };
  const px = (n: number) => Math.round(n);

  if (doc.scrollWidth > vw + 1) add('sideways', document.title, `page is ${doc.scrollWidth}px wide in a ${vw}px viewport`);

  /**
   * Text deliberately hidden from sight and left to screen readers (the `.visually-hidden`
   * pattern: a 1 × 1 px box that hides its overflow, or a clip-path): not a layout defect.
   */
  const hiddenForSight = (el: Element): boolean => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const s = style(a);
      if (s.clipPath.startsWith('inset(50%')) return true;
      const r = a.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && s.overflow !== 'visible') return true;
    }
    return false;
  };

  interface Clip {
    readonly el: Element;
    readonly scrolls: boolean;
  }
  /** The ancestors (from the nearest) that clip what overflows them. */
  const clipCache = new Map<Element, Clip[]>();
  const clipsOf = (el: Element): Clip[] => {
    const have = clipCache.get(el);
    if (have) return have;
    const parent = el.parentElement;
    const up = parent ? clipsOf(parent) : [];
    const s = style(el);
    const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
    const scrolls = /auto|scroll/.test(s.overflowX + s.overflowY);
    // Fixed boxes escape every clipping ancestor but the viewport.
    const list = s.position === 'fixed' ? [] : up;
    const mine = clips && el !== doc && el !== document.body ? [{ el, scrolls }, ...list] : list;
    clipCache.set(el, mine);
    return mine;
  };

  const textOf = (el: Element) => (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '').trim();

  // Text lines: every non-blank text node, one rect per line box.
  interface Line {
    readonly el: Element;
    readonly node: Text;
    readonly rect: DOMRect;
  }
  const lines: Line[] = [];
  // While a modal dialog is open the rest of the page is inert behind its backdrop: only the
  // dialog is on screen to be read and used.
  const scope: Element = document.querySelector('dialog:modal') ?? document.body;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const el = node.parentElement;
    if (!el || !node.data.trim()) continue;
    if (el.closest('script, style, noscript, template, option, select, textarea, title')) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const s = style(el);
    if (s.color === 'transparent' || s.color === 'rgba(0, 0, 0, 0)') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (rects.length === 0 || hiddenForSight(el)) continue;
    for (const rect of rects) lines.push({ el, node, rect });
  }

  const rectsByNode = new Map<Text, DOMRect[]>();
  for (const l of lines) rectsByNode.set(l.node, [...(rectsByNode.get(l.node) ?? []), l.rect]);
  const rectsOf = (node: Text) => rectsByNode.get(node) ?? [];

  for (const { el, node, rect } of lines) {
    const text = node.data;
    // An SVG's text is scaled with its drawing; the rendered size is what a reader sees.
    const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
    const scale = svg ? Math.abs(svg.getScreenCTM()?.a ?? 1) : 1;
    const size = parseFloat(style(el).fontSize) * scale;
    if (size < 11.95) add('small-text', text, `${size.toFixed(1)}px`);

    if (svg) {
      const box = svg.getBoundingClientRect();
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
        add('chart', text, `label [${px(rect.left)}–${px(rect.right)}] × [${px(rect.top)}–${px(rect.bottom)}] outside its SVG [${px(box.left)}–${px(box.right)}] × [${px(box.top)}–${px(box.bottom)}]`);
      }
    }

    // Squeezed: a phrase of three or more words folded into lines under 9 em wide, three lines or
    // more (a heading: two), is a column too narrow to read (the figures' facts seven lines tall,
    // the title folded in two). Table cells are left out: a table shares its width by design.
    if (rect === rectsOf(node)[0] && !el.closest('td, th')) {
      const all = rectsOf(node);
      const words = text.trim().split(/\s+/).length;
      const widest = Math.max(...all.map((r) => r.width));
      const fold = el.closest('h1, h2, h3') ? 2 : 3;
      if (all.length >= fold && words >= 3 && widest < 9 * size) add('squeezed', text, `${all.length} lines at most ${px(widest)}px wide`);
    }

    let scrolledAway = false;
    for (const { el: c, scrolls } of clipsOf(el)) {
      const box = c.getBoundingClientRect();
      const s = style(c);
      const inL = box.left + parseFloat(s.borderLeftWidth) - 1;
      const inR = box.right - parseFloat(s.borderRightWidth) + 1;
      // A line's box is the font's whole ascent and descent, taller than the glyphs: a tight
      // line-height lets it pass a clipping edge by a fifth of its height with nothing cut.
      const slack = rect.height / 5;
      const inT = box.top + parseFloat(s.borderTopWidth) - slack;
      const inB = box.bottom - parseFloat(s.borderBottomWidth) + slack;
      const cut = rect.left < inL || rect.right > inR || rect.top < inT || rect.bottom > inB;
      if (!cut) continue;
      // Inside a scrolling box, text past its edge is scrolled away, not lost: the box is checked
      // where it is scrolled to, and text only partly out of it is still half on screen.
      if (scrolls) {
        scrolledAway = true;
        break;
      }
      if (c instanceof SVGSVGElement) break; // the chart rule above says it better
      // A line-clamped preview (a vote's title in a list of votes) is cut on purpose, with an
      // ellipsis, and read whole where it is opened.
      if (s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '') break;
      // A one-line name ended by "…" whose whole text is its title (the presentation's heading,
      // kept to one line so the header does not jump between slides).
      if (s.textOverflow === 'ellipsis' && c.getAttribute('title') === c.textContent) break;
      add('clipped', text, `cut by <${c.tagName.toLowerCase()} class="${c.getAttribute('class') ?? ''}">`);
      scrolledAway = true;
      break;
    }
    if (scrolledAway) continue;
    if (rect.left < -1 || rect.right > vw + 1) add('outside', text, `line [${px(rect.left)}–${px(rect.right)}] in a ${vw}px viewport`);
  }

  // Text fields whose value does not fit: the name box showing half a name.
  for (const input of scope.querySelectorAll<HTMLInputElement>('input[type="text"], input[type="search"], input:not([type])')) {
    if (!input.checkVisibility() || !input.value) continue;
    if (input.scrollWidth > input.clientWidth + 1) add('clipped', input.value, `the field ${input.getAttribute('aria-label') ?? input.name} shows only part of its value`);
  }
  // A chooser must show the whole of what is chosen in it: "Protokollreihenfolge des R" is cut.
  // Not a chooser of names (`data-names`: presets, files, saved scenarios), whose long names are
  // read in full where they are used.
  const measure = document.createElement('canvas').getContext('2d')!;
  for (const select of scope.querySelectorAll<HTMLSelectElement>('select:not([data-names])')) {
    if (!select.checkVisibility()) continue;
    const chosen = select.options[select.selectedIndex]?.text ?? '';
    const st = style(select);
    measure.font = `${st.fontWeight} ${st.fontSize} ${st.fontFamily}`;
    // The room for the text: the box less its padding and the drop-down arrow (about 1.25 em).
    const room = select.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 1.25 * parseFloat(st.fontSize);
    if (measure.measureText(chosen).width > room + 1) add('clipped', chosen, `the chooser ${select.getAttribute('aria-label') ?? select.labels?.[0]?.textContent ?? select.name} shows only part of its choice`);
  }
  // A note box must show its whole text, or at least four lines of it before it scrolls.
  for (const area of scope.querySelectorAll('textarea')) {
    if (!area.checkVisibility() || !area.value) continue;
    const lineHeight = parseFloat(style(area).lineHeight) || parseFloat(style(area).fontSize) * 1.2;
    if (area.scrollHeight > area.clientHeight + 1 && area.clientHeight < 4 * lineHeight) {
      add('clipped', area.value, `the box ${area.getAttribute('aria-label') ?? area.name} shows ${(area.clientHeight / lineHeight).toFixed(1)} lines of its text`);
    }
  }

  /** Whether a point is inside every box that clips the element (else a box hides it, legitimately). */
  const insideClips = (el: Element, x: number, y: number) =>
    clipsOf(el).every(({ el: c }) => {
      const b = c.getBoundingClientRect();
      return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
    });

  // Covered: each line is checked once, while its centre sits in the middle half of the viewport,
  // so bars that stay at the top or bottom edge while the page scrolls may pass over it.
  const startY = window.scrollY;
  const docTop = lines.map((l) => l.rect.top + l.rect.height / 2 + startY);
  const done = new Uint8Array(lines.length);
  const maxY = Math.max(0, doc.scrollHeight - vh);
  for (let y = 0; ; y = Math.min(maxY, y + vh / 2)) {
    window.scrollTo(0, y);
    const top = y === 0 ? -Infinity : y + vh / 4;
    const bottom = y >= maxY ? Infinity : y + (3 * vh) / 4;
    lines.forEach((line, i) => {
      const at = docTop[i] ?? 0;
      if (done[i] || at < top || at > bottom) return;
      done[i] = 1;
      const range = document.createRange();
      range.selectNodeContents(line.node);
      // The same line, where it is now (sticky and fixed boxes move with the scroll).
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      const now = rects.find((r) => Math.abs(r.left - line.rect.left) < 1 && Math.abs(r.width - line.rect.width) < 1) ?? rects[0];
      if (!now) return;
      // Text that lets the pointer through (a chart's tooltip, a label over a bar) cannot be
      // hit-tested: elementFromPoint returns what lies under it.
      if (style(line.el).pointerEvents === 'none') return;
      // The centre, and points towards the top, bottom and ends of the line: a box that covers
      // only the lower half of a line hides it as surely as one over its middle.
      const points = ([
        [0.5, 0.5],
        [0.5, 0.25],
        [0.5, 0.75],
        [0.15, 0.5],
        [0.85, 0.5],
      ] as const).map(([fx, fy]) => [now.left + now.width * fx, now.top + now.height * fy] as const);
      for (const [x, cy] of points) {
        if (x < 0 || x >= vw || cy < 0 || cy >= vh) continue;
        const hit = document.elementFromPoint(x, cy);
        if (!hit) continue;
        // The text's own element, a child of it, or an ancestor (children that ignore the pointer).
        if (hit === line.el || line.el.contains(hit) || hit.contains(line.el)) continue;
        // A transparent native control laid over its own label (the segmented position buttons):
        // a click on the text reaches the control the text names.
        if (hit instanceof HTMLInputElement && [...(hit.labels ?? [])].some((l) => l.contains(line.el))) continue;
        // Text inside a scrolling box that is scrolled away is hidden by the box, not covered.
        if (!insideClips(line.el, x, cy)) continue;
        add('covered', line.node.data, `under <${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}"> ${textOf(hit).slice(0, 40)}`);
        break;
      }
    });
    if (y >= maxY) break;
  }
  window.scrollTo(0, startY);

  // Targets: WCAG 2.5.8 (minimum 24 × 24 px).
  const targets = [...scope.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="radio"], [role="checkbox"], [role="tab"]')]
    .filter((t) => t.checkVisibility({ visibilityProperty: true }) && !hiddenForSight(t) && !t.closest('[inert], [aria-hidden="true"]'));
  /** A control's clickable area: its box joined with its labels' (a click on the label works too). */
  const area = (t: HTMLElement) => {
    const boxes = [t.getBoundingClientRect()];
    if (t instanceof HTMLInputElement) for (const l of t.labels ?? []) boxes.push(l.getBoundingClientRect());
    const withSize = boxes.filter((b) => b.width > 0 && b.height > 0);
    return withSize.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b), boxes[0] as DOMRect);
  };
  const placed = targets.map((t) => ({ t, b: area(t) }));
  placed.forEach(({ t, b }, i) => {
    if (b.width === 0 || b.height === 0) return;
    if (b.width >= 23.95 && b.height >= 23.95) return;
    // Inline exception: a link inside a sentence is as tall as the line it sits in.
    if (t.tagName === 'A' && style(t).display === 'inline') {
      const block = t.parentElement;
      if (block && (block.textContent ?? '').trim().length > (t.textContent ?? '').trim().length) return;
    }
    // Spacing exception: a 24 px circle on its centre overlaps no other target (nor its circle).
    const cx = b.left + b.width / 2;
    const cy = b.top + b.height / 2;
    const crowded = placed.some(({ t: other, b: o }, j) => {
      if (j === i || o.width === 0 || other.contains(t) || t.contains(other)) return false;
      // Another small target: the two circles meet. A large one: the circle reaches its box.
      if (o.width < 24 || o.height < 24) return Math.hypot(o.left + o.width / 2 - cx, o.top + o.height / 2 - cy) < 24;
      return Math.hypot(Math.max(o.left, Math.min(cx, o.right)) - cx, Math.max(o.top, Math.min(cy, o.bottom)) - cy) < 12;
    });
    if (crowded) add('small-target', textOf(t) || t.getAttribute('name') || t.tagName, `${px(b.width)} × ${px(b.height)} px`);
  });

  allLaidOut.remove();
  return found;
}
