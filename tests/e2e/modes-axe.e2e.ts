/**
 * axe-core on the screens beyond the calculator: the map view, the teaching panel with an exercise
 * running, the analysis with its results, and the presentation, at phone and projector widths. Any violation fails.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { setupApp } from './browser';

const app = setupApp({ bypassCSP: true });

describe.each([
  ['phone', { width: 360, height: 740 }],
  ['projector', { width: 1920, height: 1080 }],
] as const)('accessibility of the map, teaching and presentation screens (%s)', (_name, viewport) => {
  it('has no accessibility violations', async () => {
    const page = app.page();
    await page.setViewportSize(viewport);
    await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await page.getByRole('radiogroup', { name: 'Germany', exact: true }).getByRole('radio', { name: 'Undecided', exact: true }).check();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    const found = await axeViolations(page, 'map view');
    await page.getByRole('button', { name: 'Explain this result' }).click();
    await page.getByRole('button', { name: 'Start exercise: The smallest change that passes' }).click();
    await page.locator('[data-exercise]').waitFor();
    found.push(...(await axeViolations(page, 'teaching panel with an exercise')));
    await page.getByText(/^Analysis:/).click();
    await page.getByRole('combobox', { name: 'Blocking coalitions with' }).selectOption({ label: 'France' });
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    await page.getByText(/^27 members: /).waitFor({ timeout: 20_000 });
    await page.getByText('Coalitions by number of members').click();
    found.push(...(await axeViolations(page, 'analysis with results')));
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.present').waitFor();
    found.push(...(await axeViolations(page, 'presentation')));
    expect(found).toEqual([]);
  });
});
