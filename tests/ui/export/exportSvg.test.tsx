/**
 * The vector exports and the embed code carry user text (scenario names, notes) as text: a name
 * that looks like markup stays characters, and the SVG parses as one well-formed document.
 */
import { uniformScenario } from '../../../src/core/scenario/scenario';
import { translator } from '../../../src/i18n/translator';
import { embedCode } from '../../../src/ui/export/embedCode';
import { mapSvg, verdictSvg, wrap } from '../../../src/ui/export/exportSvg';
import { slideOf } from '../../../src/ui/export/slideModel';

const NAME = 'Vote <script>alert(1)</script> & "quotes"';

describe('SVG exports and the embed code', () => {
  it('keep a name that looks like markup as text, in a well-formed SVG', () => {
    const m = slideOf({ ...uniformScenario('council-2025', 'yes'), name: NAME }, translator('en'));
    for (const svg of [verdictSvg(m), mapSvg(m)]) {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      expect(doc.querySelector('title')?.textContent).toBe(`${NAME}: Adopted`);
    }
    const title = new DOMParser().parseFromString(verdictSvg(m), 'image/svg+xml').querySelectorAll('text')[0]!.textContent;
    expect(NAME.startsWith(title!)).toBe(true);
  });

  it('wraps long lines and cuts an address longer than a line', () => {
    const lines = wrap(`Source: ${'x'.repeat(200)} end`, 300, 10);
    expect(lines.every((l) => l.length <= Math.floor(300 / 5.2))).toBe(true);
    expect(lines.join('')).toContain('x'.repeat(50));
  });

  it('puts the link and the title into the iframe as attribute values only', () => {
    const code = embedCode('https://example.org/embed.html?lang=fr#v=3&z=abc', NAME);
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://example.org/embed.html?lang=fr#v=3&z=abc');
    expect(frame.getAttribute('title')).toBe(NAME);
    expect(new DOMParser().parseFromString(code, 'text/html').querySelectorAll('script')).toHaveLength(0);
  });
});
