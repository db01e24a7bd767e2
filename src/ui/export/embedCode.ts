/** The <iframe> snippet for a page that shows the embeddable verdict card. */

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * @example embedCode('https://example.org/embed.html?lang=en#v=3&z=…', 'Council vote: Nature law')
 * // '<iframe src="https://example.org/embed.html?lang=en#v=3&amp;z=…" title="Council vote: Nature law" …></iframe>'
 */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="640" height="640" loading="lazy" referrerpolicy="no-referrer" style="border:0;max-width:100%"></iframe>`;
}
