/**
 * axe-core on the screens beyond the calculator: the map view, the teaching panel with an exercise
 * running, the analysis with its results, and the presentation, at phone and projector widths. Serious and critical violations fail.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp({ bypassCSP: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

describe.each([
  ['phone', { width: 360, height: 740 }],
  ['projector', { width: 1920, height: 1080 }],
] as const)('accessibility of the map, teaching and presentation screens (%s)', (_name, viewport) => {
  it('has no serious or critical violations', async () => {
    const page = app.page();
    await page.setViewportSize(viewport);
    await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await page.getByRole('radiogroup', { name: 'Germany', exact: true }).getByRole('radio', { name: 'Undecided', exact: true }).check();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    const found = await serious(page, 'map view');
    await page.getByRole('button', { name: 'Explain this result' }).click();
    await page.getByRole('button', { name: 'Start exercise: The smallest change that passes' }).click();
    await page.locator('[data-exercise]').waitFor();
    found.push(...(await serious(page, 'teaching panel with an exercise')));
    await page.getByText(/^Analysis:/).click();
    await page.getByRole('combobox', { name: 'Blocking coalitions with' }).selectOption({ label: 'France' });
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    await page.getByText(/^27 members: /).waitFor({ timeout: 20_000 });
    await page.getByText('Coalitions by number of members').click();
    found.push(...(await serious(page, 'analysis with results')));
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.present').waitFor();
    found.push(...(await serious(page, 'presentation')));
    expect(found).toEqual([]);
  });
});
