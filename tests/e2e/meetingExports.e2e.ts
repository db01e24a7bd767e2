/**
 * Taking a scenario into a meeting, in real Chromium from a preset: the PowerPoint deck (unzipped,
 * each slide's XML read), the SVG of the verdict card, the view-only link (storage untouched),
 * and the embed framed by a page on another origin while the calculator refuses to be framed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';
import { SCREENSHOT_DIR } from './shots';

const app = setupApp({ permissions: ['clipboard-read', 'clipboard-write'] });

const PRESET = 'eu-mercosur-2026-01-09';

async function openPreset(page: Page) {
  await page.getByLabel('Real cases and teaching cases').selectOption(PRESET);
  await page.locator('.preset__info').waitFor();
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
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
    const page = await app.open();
    await openPreset(page);
    const screen = await onScreen(page);
    expect(screen.names).toHaveLength(27);
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByRole('button', { name: 'All no' }).click();
    await page.getByRole('button', { name: 'Save as new' }).click();

    const all = await downloaded(page, 'Slides of all 2 saved (.pptx)');
    expect(all.name).toBe('council-votes.pptx');
    // Kept for review (e.g. rendered by LibreOffice Impress), like the print test's PDF.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'slides.pptx'), all.bytes);
    const zip = await JSZip.loadAsync(all.bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort();
    expect(slides).toHaveLength(3); // a title slide, then one per saved scenario
    // The library's order: the scenario saved last comes first.
    const first = slideText(await zip.file('ppt/slides/slide3.xml')!.async('string'));
    expect(first).toContain(screen.word);
    for (const v of screen.values) expect(first).toContain(v.trim());
    for (const n of screen.names) expect(first).toContain(n);
    expect(first).toMatch(/Figures used: Council 20\d\d/);
    expect(first).toMatch(/Source: /);
    const second = slideText(await zip.file('ppt/slides/slide2.xml')!.async('string'));
    expect(second).toContain('Not adopted');
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
    const map = (await downloaded(page, 'SVG of the map')).bytes.toString('utf8');
    expect(map).toContain('<title>France: No</title>');
    expect(map).toMatch(/>Not participating<\/text>/); // the legend

    const one = await downloaded(page, 'Slides (.pptx)');
    expect(Object.keys((await JSZip.loadAsync(one.bytes)).files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(2);
  });
});
