// Draws the app icon (27 seats of a Council hemicycle) and renders the PNGs the web manifest
// names, with the system Chromium. Run by hand when the icon changes: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';
import { chromium } from 'playwright-core';

const OUT = new URL('../public/icons/', import.meta.url);

/** `rounded` for the plain icon; a maskable one is full-bleed with the drawing in the safe zone. */
function svg({ rounded, scale }) {
  const seats = [
    [100, 7],
    [145, 9],
    [190, 11],
  ].flatMap(([r, n]) =>
    Array.from({ length: n }, (_, i) => {
      const a = Math.PI * (1 - i / (n - 1));
      return `<circle cx="${(256 + r * Math.cos(a)).toFixed(1)}" cy="${(318 - r * Math.sin(a)).toFixed(1)}" r="15"/>`;
    }),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" rx="${rounded ? 96 : 0}" fill="#1d3b8b"/>` +
    `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">` +
    `<g fill="#ffd23f">${seats.join('')}</g>` +
    `<rect x="196" y="352" width="120" height="26" rx="13" fill="#ffffff"/></g></svg>\n`
  );
}

const plain = svg({ rounded: true, scale: 1 });
const maskable = svg({ rounded: false, scale: 0.78 });
writeFileSync(new URL('icon.svg', OUT), plain);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const [name, source, size] of [
    ['icon-192.png', plain, 192],
    ['icon-512.png', plain, 512],
    ['maskable-512.png', maskable, 512],
    ['apple-touch-icon.png', maskable, 180],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    await page.screenshot({ path: new URL(name, OUT).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
