/**
 * The sweep: every screen (the calculator and its panels, dialogs, presentation, print, the
 * view-only page and the embed), in English, French and German, at a phone, two laptops and a
 * projector, checked for covered, cut or off-screen text, sideways scroll, chart labels outside
 * their chart, small text and small targets (the rules are in layoutCheck.ts). One page per
 * language walks the screens once; each screen is checked at every size by resizing the page.
 * Each failure is printed with its screen, size and language, and a screenshot is saved under
 * test-results/sweep/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de';
import en, { type MessageKey } from '../../src/i18n/en';
import fr from '../../src/i18n/fr';
import { fill } from '../../src/i18n/translator';
import { settledAddress } from './address';
import { setupApp } from './browser';
import { englishPieces, languageFindings } from './languageCheck';
import { layoutFindings, type Finding } from './layoutCheck';

const app = setupApp({ bypassCSP: true });
const DIR = resolve(import.meta.dirname, '../../test-results/sweep');
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const CATALOGUES = { en, fr, de } as const;
type Lang = keyof typeof CATALOGUES;
const PIECES = { en: [], fr: englishPieces(en, fr), de: englishPieces(en, de) } as const;
/** Keys with a dot in them ("votes.heading"): shown as such, a message did not load. */
const KEYS = Object.keys(en).filter((k) => k.includes('.'));

interface Failure extends Finding {
  readonly screen: string;
  readonly size: string;
  readonly lang: Lang;
}

/** Two frames: layout, resize observers (the charts) and their re-render have run. */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/**
 * Paper, not a screen: the browser lays a printout out at the page's width whatever the window,
 * so the print view is checked once, at A4's width (210 mm at 96 px per inch).
 */
const A4 = { width: 794, height: 1123 } as const;

/** Checks the screen as it is at every size; returns what failed (and saves a screenshot of it). */
async function checkAtEverySize(page: Page, lang: Lang, screen: string, print = false): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (const [i, size] of (print ? [A4] : SIZES).entries()) {
    await page.setViewportSize(size);
    // The pointer out of the way: a tooltip where the last click was is not part of the screen.
    await page.mouse.move(0, 0);
    await settle(page);
    const t0 = Date.now();
    const found = await page.evaluate(layoutFindings);
    // The words do not change with the size: read once per screen.
    if (i === 0) found.push(...(await page.evaluate(languageFindings, { pieces: PIECES[lang], keys: KEYS, dates: lang !== 'en' })));
    if (process.env.SWEEP_TIMES) console.log(screen, size.width, lang, Date.now() - t0, 'ms');
    if (found.length === 0) continue;
    const label = `${size.width}x${size.height}`;
    failures.push(...found.map((f) => ({ ...f, screen, size: label, lang })));
    mkdirSync(DIR, { recursive: true });
    await page.screenshot({ path: resolve(DIR, `${screen}-${label}-${lang}.png`), fullPage: !print, animations: 'disabled' });
  }
  return failures;
}

/** The screens, entered one after the other on the same page. */
async function walk(page: Page, lang: Lang): Promise<Failure[]> {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => fill(CATALOGUES[lang][key], params);
  const button = (key: MessageKey, params?: Record<string, string | number>) => page.getByRole('button', { name: t(key, params), exact: true });
  const failures: Failure[] = [];
  const check = async (screen: string, print = false) => failures.push(...(await checkAtEverySize(page, lang, screen, print)));
  const preset = (id: string) => page.locator('.preset select').selectOption(id);

  await page.setViewportSize(SIZES[2]);
  await app.open();
  if (lang !== 'en') {
    await page.getByRole('combobox', { name: en['language.label'] }).selectOption(lang);
    await page.getByRole('combobox', { name: t('language.label') }).waitFor();
  }

  // The calculator with a preset open, in its three views.
  await preset('eu-mercosur-2026-01-09');
  await page.locator('.preset__info').waitFor();
  // The words check finds English where there is English, and a key where one is shown: on the English screen, it must.
  if (lang === 'en') {
    expect((await page.evaluate(languageFindings, { pieces: englishPieces(en, fr), keys: [], dates: true })).length).toBeGreaterThan(0);
    expect(await page.evaluate(languageFindings, { pieces: [], keys: ['punct.colon', 'view.table'], dates: false })).toEqual([]);
    expect((await page.evaluate(languageFindings, { pieces: [], keys: ['Belgium'], dates: false })).length).toBeGreaterThan(0);
  }
  await check('list');
  await button('view.table').click();
  await check('table');
  await button('view.map').click();
  await check('map');
  await button('view.list').click();

  // A verdict that depends on undecided members, explained; then an exercise.
  await preset('csa-2024-10-early');
  await button('explain.toggle').click();
  await page.locator('[data-step="verdict"]').waitFor();
  await check('explain');
  await button('teach.exercise.startLabel', { title: t('teach.exercise.fewest_blockers.title') }).click();
  await page.locator('[data-exercise]').waitFor();
  await check('exercise');
  await button('teach.exercise.end').click();
  await button('explain.toggle').click();

  // Analysis with voting power computed.
  const analysis = page.locator('details > summary', { hasText: t('analysis.heading') });
  await analysis.click();
  await button('analysis.power.compute').click();
  await page.locator('section[aria-labelledby="power-h"] table.analysis__table:visible').first().waitFor({ timeout: 20_000 });
  await check('analysis');
  await analysis.click();

  // The voting record: a vote opened, a member's chart, the Council as a whole.
  const votes = page.locator('details.votes > summary');
  await votes.click();
  await page.getByLabel(t('votes.search')).fill('4818');
  await page.locator('button', { hasText: t('votes.open') }).first().click();
  await page.locator('.votes__record').first().waitFor();
  await page.getByRole('combobox', { name: t('votes.chart.choose') }).selectOption('PL');
  await button('votes.chart.show').click();
  await page.locator('.votes__record .recharts-bar-rectangle').first().waitFor();
  await check('votes');
  await button('votes.council.show').click();
  await page.locator('.votes__record').last().locator('.recharts-bar-rectangle').first().waitFor();
  await page.locator('.votes__record').last().scrollIntoViewIfNeeded();
  await check('council');
  await votes.click();

  // A file followed over time: its charts, its table of snapshots and what moved.
  const files = page.locator('details.files-section > summary');
  await files.click();
  await page.locator('.files-section .recharts-line-dots').first().waitFor();
  await page.locator('.files-section').scrollIntoViewIfNeeded();
  await check('files');
  await files.click();

  // Adding figures, refused.
  await button('figures.open').click();
  const dialog = page.locator('dialog.figures-dialog');
  await dialog.getByLabel(t('figures.table')).fill('Germany 83 000 000\nFrance one hundred');
  await dialog.getByLabel(t('figures.from')).fill('2031-01-01');
  await dialog.getByLabel(t('figures.decision')).fill('Council Decision (EU) 2030/1');
  await dialog.getByRole('button', { name: t('figures.add'), exact: true }).click();
  await dialog.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
  await check('figures');
  await dialog.getByRole('button', { name: t('figures.cancel'), exact: true }).click();

  // The presentation, first and last slide: two saved scenarios.
  await preset('eu-mercosur-2026-01-09');
  await button('scenario.saveAsNew').click();
  await preset('csa-2024-10-early');
  await button('scenario.saveAsNew').click();
  await button('present.button').click();
  await page.locator('.present').waitFor();
  await page.keyboard.press('PageUp');
  await check('present-first');
  await page.keyboard.press('PageDown');
  await check('present-last');
  await page.keyboard.press('Escape');
  await button('present.button').waitFor();

  // The two saved scenarios, side by side.
  await page.locator('details > summary', { hasText: t('library.heading', { n: 2 }) }).click();
  const compare = page.locator('details > summary', { hasText: t('compare.heading') });
  await compare.click();
  await page.locator('details[open] table').last().waitFor();
  await compare.scrollIntoViewIfNeeded();
  await check('saved');

  // Positions pasted from notes, in three languages, one line not understood.
  await button('paste.open').click();
  const paste = page.getByRole('dialog', { name: t('paste.title') });
  await paste.getByRole('textbox').fill('Germany: against\nFR pour\nItalien\tEnthaltung\nFance pour\n');
  await paste.getByText(t('paste.changes_other', { n: 3 })).waitFor();
  await check('paste');
  await paste.getByRole('button', { name: t('paste.cancel'), exact: true }).click();

  // The scenario on screen added to a file, as a dated snapshot.
  await button('files.add.open').click();
  const addToFile = page.getByRole('dialog', { name: t('files.add.title') });
  await addToFile.waitFor();
  await check('add-to-file');
  await addToFile.getByRole('button', { name: t('files.add.cancel'), exact: true }).click();

  await page.emulateMedia({ media: 'print' });
  await check('print', true);
  await page.emulateMedia({ media: 'screen' });

  // The view-only page of the scenario on screen, in the same language.
  const address = new URL(await settledAddress(page));
  await page.goto(new URL(`view.html?lang=${lang}${address.hash}`, address).href);
  await page.locator('.readonly-members').waitFor();
  await check('view');
  // The verdict card to embed in another page.
  await page.goto(new URL(`embed.html?lang=${lang}${address.hash}`, address).href);
  await page.locator('.readonly--embed').waitFor();
  await check('embed');
  return failures;
}

/** Top and bottom of the first match, in viewport pixels. */
async function span(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen.`);
  return { top: box.y, bottom: box.y + box.height };
}

const say = (f: Failure) => `${f.screen} ${f.size} ${f.lang} ${f.rule}: “${f.text}” (${f.detail})`;

describe('the first screen', () => {
  it('shows the verdict and the first members at 1366 × 768, the summary and the first member on a phone, and skips to the first member with one Tab', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open();
    await page.locator('.preset select').selectOption('eu-mercosur-2026-01-09');
    await page.locator('.preset__info').waitFor();
    await settle(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((await span(page, '.verdict__status')).bottom).toBeLessThanOrEqual(768);
    const members = page.locator('.layout__members [role="radiogroup"]');
    for (const i of [0, 1]) expect((await members.nth(i).boundingBox())!.y + (await members.nth(i).boundingBox())!.height, `member ${i + 1}`).toBeLessThanOrEqual(768);

    // One Tab from the top of the page reaches the skip link; Enter puts the focus on the first member.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('aria-label'))).toBe('Belgium');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    const summary = await span(page, '.vsum');
    expect(summary.bottom).toBeLessThanOrEqual(844);
    const first = (await members.first().boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(summary.top);

    // Further down on a phone: the members, then the verdict in full, then the sections opened on demand.
    const lastMember = await span(page, 'ol.members > li:last-child');
    const verdictPanel = await span(page, '.layout__verdict');
    const analysis = await span(page, '.layout__members > details.panel');
    expect(lastMember.bottom).toBeLessThanOrEqual(verdictPanel.top);
    expect(verdictPanel.bottom).toBeLessThanOrEqual(analysis.top);
  });
});

describe('every screen, every language, every size', () => {
  it.each(Object.keys(CATALOGUES) as Lang[])('nothing covered, cut, off screen or too small in %s', async (lang) => {
    const failures = await walk(app.page(), lang);
    if (failures.length > 0) console.log(`${failures.length} layout failures in ${lang}:\n${failures.map(say).join('\n')}`);
    expect(failures.map(say)).toEqual([]);
  }, 120_000);
});
