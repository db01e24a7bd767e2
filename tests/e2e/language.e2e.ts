/**
 * Languages in a real browser: a German browser gets German, a switch to French survives a
 * reload, the explanation is French, and the French screen passes axe (serious and critical
 * findings fail).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp({ locale: 'de-DE', bypassCSP: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const verdict = (page: Page) => page.getByRole('status').textContent();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

async function serious(page: Page, state: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `[${state}] ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

describe('languages', () => {
  it('opens in German for a German browser, switches to French, and keeps French after a reload', async () => {
    const page = await app.open();
    await page.getByRole('combobox', { name: 'Sprache' }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    await page.getByRole('button', { name: 'Alle ja' }).click();
    expect(await verdict(page)).toMatch(/^Angenommen 27 Mitglieder von 27 und 100,0\s% der Bevölkerung dafür/);
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

    await page.reload({ waitUntil: 'load' });
    await page.getByRole('combobox', { name: 'Langue' }).waitFor();
    expect(await htmlLang(page)).toBe('fr');
    expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
    // The scenario came back from the link, in French.
    expect(await verdict(page)).toMatch(/^Adopté/);
  });

  it('has no serious or critical accessibility violations in French', async () => {
    const page = await app.open();
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
    await page.getByRole('combobox', { name: 'Langue' }).waitFor();
    await page.getByRole('button', { name: 'Tous pour' }).click();
    await page.getByRole('radiogroup', { name: 'Allemagne', exact: true }).getByRole('radio', { name: 'Indécis', exact: true }).check();
    const found = await serious(page, 'list');
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
    found.push(...(await serious(page, 'map and explanation')));
    await page.getByRole('button', { name: 'Mode présentation' }).click();
    await page.locator('.present').waitFor();
    found.push(...(await serious(page, 'presentation')));
    expect(found).toEqual([]);
  });
});
