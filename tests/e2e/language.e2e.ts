/**
 * Languages in a real browser: a German browser gets German, a switch to French survives a
 * reload, the explanation is French, and the French screen and the analysis panel in German and
 * French pass axe (any finding fails); German's long words fit a phone with the
 * analysis open.
 */
import { settledAddress } from './address';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { setupApp } from './browser';

const app = setupApp({ locale: 'de-DE', bypassCSP: true });

const verdict = (page: Page) => page.getByRole('status').textContent();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('languages', () => {
  it('opens in German for a German browser, switches to French, and keeps French after a reload', async () => {
    const page = await app.open();
    await page.getByRole('combobox', { name: 'Sprache' }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    await page.getByRole('button', { name: 'Alle ja' }).click();
    expect(await verdict(page)).toMatch(/^Angenommen 27 Mitglieder von 27 dafür, mit 100,0\s% der Bevölkerung/);
    await page.getByRole('radiogroup', { name: 'Deutschland', exact: true }).getByRole('radio', { name: 'Nein', exact: true }).check();
    expect(await page.getByRole('combobox', { name: 'Abstimmungsregel' }).isVisible()).toBe(true);
    // German's long words still fit a phone: nothing wider than the viewport.
    await page.setViewportSize({ width: 360, height: 740 });
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);

    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
    await page.getByRole('combobox', { name: 'Langue' }).waitFor();
    expect(await htmlLang(page)).toBe('fr');
    expect(await verdict(page)).toMatch(/^Adopté 26 membres sur 27/);
    const germany = page.getByRole('radiogroup', { name: 'Allemagne', exact: true });
    expect(await germany.getByRole('radio', { name: 'Contre', exact: true }).isChecked()).toBe(true);

    await settledAddress(page);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('combobox', { name: 'Langue' }).waitFor();
    expect(await htmlLang(page)).toBe('fr');
    expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
    // The scenario came back from the link, in French.
    expect(await verdict(page)).toMatch(/^Adopté/);
  });

  it('has no accessibility violations in French', async () => {
    const page = await app.open();
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
    await page.getByRole('combobox', { name: 'Langue' }).waitFor();
    await page.getByRole('button', { name: 'Tous pour' }).click();
    await page.getByRole('radiogroup', { name: 'Allemagne', exact: true }).getByRole('radio', { name: 'Indécis', exact: true }).check();
    const found = await axeViolations(page, 'list');
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    await page.getByRole('button', { name: 'Expliquer ce résultat' }).click();
    await page.getByRole('heading', { name: 'Pas à pas' }).waitFor();
    // The explanation itself is French now, not an English block.
    const verdictStep = await page.locator('[data-step="verdict"]').innerText();
    expect(verdictStep).toContain('Adopté : toutes les conditions sont remplies à la fois.');
    expect(verdictStep).toContain('Il reste adopté même si tous les membres indécis votent contre.');
    expect(await page.locator('[data-step="participation"]').innerText()).toMatch(/1 membre est indécis/);
    expect(await page.locator('[data-myth="not_parliament"]').innerText()).toContain('« C’est ainsi que vote le Parlement européen. »');
    expect(await page.locator('.teach [lang="en"]').count()).toBe(0);
    found.push(...(await axeViolations(page, 'map and explanation')));
    await page.getByRole('button', { name: 'Mode présentation' }).click();
    await page.locator('.present').waitFor();
    found.push(...(await axeViolations(page, 'presentation')));
    expect(found).toEqual([]);
  });

  it('shows the analysis panel in German and French, computed, accessible and fitting a phone', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open();
    await page.getByRole('button', { name: 'Alle ja' }).click();
    const choose = (country: string, option: string) =>
      page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true }).check();
    for (const c of ['Deutschland', 'Frankreich', 'Italien']) await choose(c, 'Nein');
    for (const c of ['Spanien', 'Polen']) await choose(c, 'Unentschieden');
    await page.getByText('Analyse: was es braucht, Wege der Unentschiedenen, Wahrscheinlichkeit, Abstimmungsmacht').click();
    await page.getByRole('heading', { name: 'Abstimmungsmacht', exact: true }).waitFor();
    expect(await page.locator('.analysis').evaluate((el) => el.closest('[lang="en"]'))).toBeNull();
    // Every view has its results: what it takes, undecided paths, probability and voting power.
    await page.getByRole('list', { name: 'unter den Unentschiedenen, die zu Nein wechseln' }).waitFor();
    await page.getByText('2 unentschiedene Mitglieder: Von den 4 Möglichkeiten').waitFor();
    expect(await page.locator('#paths-h + p').textContent()).toMatch(/führen 1 \(25,0\s%\) zur Annahme/);
    await expect.poll(() => page.locator('.analysis__big').textContent()).toMatch(/^25,00\s%$/);
    await page.getByRole('combobox', { name: 'Sperrminoritäten mit' }).selectOption({ label: 'Deutschland' });
    await page.getByText('Dagegen: Deutschland; es werden noch 3 Mitglieder gebraucht').waitFor();
    await page.locator('summary', { hasText: 'Bevölkerungszahlen bearbeiten' }).click();
    await page.getByRole('button', { name: 'Abstimmungsmacht berechnen' }).click();
    await page.getByText(/^27 Mitglieder: /).waitFor({ timeout: 20_000 });
    await page.getByText('Koalitionen nach Zahl der Mitglieder').click();
    // German's long words and the wide tables fit a phone: the tables scroll, the page does not.
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    const found = await axeViolations(page, 'analysis in German');

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
    await page.getByRole('heading', { name: 'Pouvoir de vote', exact: true }).waitFor();
    // The results stay, now in French.
    await page.getByText(/^27 membres : [\d\s]+ coalitions gagnantes/).waitFor();
    await page.getByRole('list', { name: 'parmi les indécis, passant au contre' }).waitFor();
    await page.getByRole('button', { name: 'Retirer Allemagne' }).waitFor();
    await expect.poll(() => page.locator('.analysis__big').textContent()).toMatch(/^25,00\s%$/);
    found.push(...(await axeViolations(page, 'analysis in French')));
    expect(found).toEqual([]);
  }, 60_000);
});
