/**
 * Taking a scenario into a meeting, in real Chromium from a preset: the PowerPoint deck (unzipped,
 * each slide's XML read), the SVG of the verdict card, the view-only link (storage untouched),
 * and the embed framed by a page on another origin while the calculator refuses to be framed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp, downloaded as bytesOf } from './browser';
import { axeViolations } from './axe';
import { newContext } from './chromium';
import { SCREENSHOT_DIR } from './shots';
import fr from '../../src/i18n/fr';

const app = setupApp({ permissions: ['clipboard-read', 'clipboard-write'] });

const PRESET = 'eu-mercosur-2026-01-09';

/** Opens the preset, then the folded meeting exports beside the scenario's name. */
async function openPreset(page: Page) {
  await page.getByLabel('Real cases and teaching cases').selectOption(PRESET);
  await page.locator('.preset__info').waitFor();
  await page.getByText('Slides, SVG, view-only link, embed…', { exact: true }).click();
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text runs of a slide's XML, one per line. */
const slideText = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!)).join('\n');

/** What the screen says: verdict word, the conditions' figures, the members' names. */
async function onScreen(page: Page) {
  return {
    word: (await page.locator('.verdict .verdict__word').first().textContent())!,
    values: await page.locator('.verdict .cond__value').allTextContents(),
    names: await page.locator('.row__name').allTextContents(),
  };
}

describe('into the meeting', () => {
  it('exports slides (.pptx) of the scenario on screen and of every saved one, and SVGs with real text', async () => {
    // The PowerPoint writer must run under the app's policy (no eval, nothing inline) and ask nobody for anything.
    await app.context().addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const requested: string[] = [];
    app.context().on('request', (r) => requested.push(r.url()));
    const page = await app.open();
    await openPreset(page);
    const screen = await onScreen(page);
    expect(screen.names).toHaveLength(27);
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByRole('button', { name: 'All no' }).click();
    const allNo = await onScreen(page);
    await page.getByRole('button', { name: 'Save as new' }).click();

    const all = await downloaded(page, 'Slides of all 2 saved (.pptx)');
    expect(all.name).toBe('council-votes.pptx');
    // Kept for review (e.g. rendered by LibreOffice Impress), like the print test's PDF.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'slides.pptx'), all.bytes);
    const zip = await JSZip.loadAsync(all.bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort();
    expect(slides).toHaveLength(3); // a title slide, then one per saved scenario
    // The library's order: the scenario saved last comes first. Each slide says what the screen said.
    for (const [file, said] of [['slide2', allNo], ['slide3', screen]] as const) {
      const text = slideText(await zip.file(`ppt/slides/${file}.xml`)!.async('string'));
      expect(text).toContain(said.word);
      for (const v of said.values) expect(text).toContain(v.trim());
      for (const n of said.names) expect(text).toContain(n);
      expect(text).toMatch(/Figures used: Council 20\d\d .*(Figures in force on|No figures for|No date of the vote set)/s);
      expect(text).toMatch(/Source: /);
    }
    // Member notes and sources travel in the speaker notes.
    const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    const noteText = (await Promise.all(notes.map((f) => zip.file(f)!.async('string')))).map(slideText).join('\n');
    expect(noteText).toContain('Member notes');

    // The SVGs of what is on screen now (all no): real text, the figures line under it.
    const card = await downloaded(page, 'SVG of the verdict');
    expect(card.name).toMatch(/-verdict\.svg$/);
    const cardText = card.bytes.toString('utf8');
    expect(cardText).toMatch(/<text [^>]*>Not adopted<\/text>/);
    expect(cardText).toMatch(/<text [^>]*>Figures used: Council 20\d\d/);
    expect(cardText).toContain('>Germany: No<');
    for (const v of allNo.values) expect(cardText).toContain(`>${v.trim()}</text>`);
    const map = (await downloaded(page, 'SVG of the map')).bytes.toString('utf8');
    expect(map).toContain('<title>France: No</title>');
    expect(map).toMatch(/>Not participating<\/text>/); // the legend

    const one = await downloaded(page, 'Slides (.pptx)');
    expect(Object.keys((await JSZip.loadAsync(one.bytes)).files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(requested.filter((u) => !u.startsWith(new URL(app.baseUrl).origin) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(requested.some((u) => /pptxgen/.test(u))).toBe(true); // loaded on demand, from the app's origin
  });

  it('gives a view-only link that shows the scenario without touching saved scenarios or drafts, offline too', async () => {
    const page = await app.open();
    await openPreset(page);
    const screen = await onScreen(page);
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.getByRole('button', { name: 'Copy view-only link' }).click();
    await page.getByText('View-only link copied.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/view\.html#v=\d+&/);
    const storage = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await storage();
    expect(before).toContain('EU-Mercosur'); // the saved scenario is there to be kept

    // The same browser, offline: the view page comes from the precache and changes nothing stored.
    await app.context().setOffline(true);
    const view = await app.context().newPage();
    await view.goto(link);
    await view.getByRole('heading', { level: 1 }).waitFor();
    expect(await view.locator('.verdict__word').textContent()).toBe(screen.word);
    expect((await view.locator('.cond__value').allTextContents()).map((v) => v.trim())).toEqual(screen.values.map((v) => v.trim()));
    expect(await view.locator('.readonly-members__list li').count()).toBe(27);
    expect(await view.locator('input, select, textarea, button').count()).toBe(0);
    expect(await storage()).toBe(before);
    expect(await view.evaluate(() => sessionStorage.length)).toBe(0);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await view.screenshot({ path: resolve(SCREENSHOT_DIR, 'view-only.png'), fullPage: true });
    await app.context().setOffline(false);

    // A fresh browser: nothing is stored by viewing; "Open in the calculator" makes an editable copy.
    // (It bypasses the CSP only so that axe can be injected to audit the page.)
    const fresh = await newContext(app.context().browser()!, { baseURL: app.baseUrl, bypassCSP: true });
    const other = await fresh.newPage();
    await other.goto(link);
    await other.locator('.verdict__word').waitFor();
    expect(await other.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await axeViolations(other, 'view-only page')).toEqual([]);
    await other.getByRole('link', { name: 'Open in the calculator' }).click();
    await other.getByRole('textbox', { name: 'Scenario name' }).waitFor();
    expect(await other.getByRole('textbox', { name: 'Scenario name' }).inputValue()).toBe(await page.getByRole('textbox', { name: 'Scenario name' }).inputValue());
    await fresh.close();
  });

  it('embeds the verdict card in a page on another origin, in its language, while the calculator refuses to be framed', async () => {
    const page = await app.open();
    await openPreset(page);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByText('Embed code copied.').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    // With the app's service worker active (as after any visit), the framed embed is still the embed.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?lang=en#v=\d+&amp;/);
    const french = snippet.replace('?lang=en', '?lang=fr').replace('<iframe ', '<iframe id="embed" ');
    const calculator = snippet.replace('/embed.html?lang=en', '/').replace('<iframe ', '<iframe id="calc" ');
    // The framing page, on another origin (another port), fits the frame to the height it is told.
    const host = `<!doctype html><meta charset="utf-8"><title>Article</title><h1>An article</h1>${french}${calculator}
<script>addEventListener('message', (e) => { if (e.data && e.data.type === 'council-vote-embed:height') document.getElementById('embed').height = e.data.height; });</script>`;
    const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(host));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const requested: string[] = [];
      app.context().on('request', (r) => requested.push(r.url()));
      const [embedResponse] = await Promise.all([page.waitForResponse((r) => r.url().includes('/embed.html')), page.goto(hostOrigin)]);
      expect(embedResponse.headers()['content-security-policy']).toContain('frame-ancestors *');
      expect(embedResponse.headers()['x-frame-options']).toBeUndefined();
      const card = page.frameLocator('#embed');
      await expect.poll(() => card.locator('.verdict__word').textContent()).toBe(fr['verdict.adopted']);
      expect(await card.locator('html').getAttribute('lang')).toBe('fr');
      await expect.poll(() => page.locator('#embed').evaluate((f) => Number((f as HTMLIFrameElement).height))).toBeGreaterThan(200);
      // The calculator in a frame: refused by frame-ancestors 'none' (and X-Frame-Options), so it never renders.
      const calc = await (await page.$('#calc'))!.contentFrame();
      await expect.poll(() => calc!.url()).toMatch(/^chrome-error:/);
      const appOrigin = new URL(app.baseUrl).origin;
      expect(requested.filter((u) => !u.startsWith(appOrigin) && !u.startsWith(hostOrigin) && !u.startsWith('data:'))).toEqual([]);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'embed-host.png'), fullPage: true });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
