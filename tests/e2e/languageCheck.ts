/**
 * French and German all the way (sweep.e2e.ts): on a French or German screen, no sentence of the
 * English catalogue, no ISO date (2025-01-01) in running text and no file chooser of the browser's own. Text marked `lang="en"` (a
 * source's published English title) says it is English, and is left out.
 */
import type { Finding } from './layoutCheck';

/**
 * The pieces of English messages worth looking for: each message cut at its placeholders, the
 * pieces of at least three words and 16 characters, unless the other language writes them too
 * (names, codes).
 */
export function englishPieces(en: Readonly<Record<string, string>>, other: Readonly<Record<string, string>>): string[] {
  const theirs = Object.values(other).join('\n');
  const pieces = new Set<string>();
  for (const [key, text] of Object.entries(en)) {
    if (other[key] === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const p = piece.replace(/\s+/g, ' ').trim().replace(/^[\s,.;:()·–-]+|[\s,;:(·–-]+$/g, '');
      if (p.length >= 16 && p.split(' ').length >= 3 && !theirs.includes(p)) pieces.add(p);
    }
  }
  return [...pieces];
}

/**
 * In the page: message keys shown as themselves (a part of the catalogue not loaded), and on a
 * French or German screen the English pieces and ISO dates, in its visible text (serialised;
 * self-contained).
 */
export function languageFindings({ pieces, keys, dates }: { readonly pieces: readonly string[]; readonly keys: readonly string[]; readonly dates: boolean }): Finding[] {
  const scope: Element = document.querySelector('dialog:modal') ?? document.body;
  const parts: string[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim()) continue;
    if (el.closest('script, style, noscript, template, [lang="en"]:not(html)')) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    parts.push(n.textContent);
  }
  const text = parts.join('').replace(/\s+/g, ' ');
  const found: Finding[] = [];
  for (const p of pieces) {
    const at = text.indexOf(p);
    if (at >= 0) found.push({ rule: 'english', text: p, detail: `in “…${text.slice(Math.max(0, at - 30), at + p.length + 30)}…”` });
  }
  // A key comes whole from one message, so each text node is searched on its own.
  for (const k of keys) {
    const node = parts.find((p) => {
      const at = p.indexOf(k);
      return at >= 0 && !/[\w.]/.test(p[at - 1] ?? '') && !/[\w.]/.test(p[at + k.length] ?? '');
    });
    if (node !== undefined) found.push({ rule: 'message-key', text: k, detail: `in “${node.trim().slice(0, 120)}”` });
  }
  if (!dates) return found;
  // The browser's own file chooser ("Choose File", "No file chosen") speaks the browser's language, not the screen's.
  for (const input of scope.querySelectorAll('input[type="file"]')) {
    if (input.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      found.push({ rule: 'english', text: 'Choose File', detail: `the browser's own file chooser, in “${input.closest('label')?.textContent?.trim().slice(0, 60) ?? ''}”` });
    }
  }
  for (const m of text.matchAll(/\b(?:19|20)\d\d-[01]\d-[0-3]\d\b/g)) {
    found.push({ rule: 'iso-date', text: m[0], detail: `in “…${text.slice(Math.max(0, m.index - 40), m.index + 50)}…”` });
  }
  return found;
}
