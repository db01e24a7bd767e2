/**
 * Every sentence agrees with the verdict, in real Chromium: the three presets whose words once
 * contradicted the engine — the declared vote stated first and the best case named (CSA, 20 June
 * 2024), one meaning for the blocking-minority step (formed / not formed), and the four-member
 * clause saying "deemed met" with no spare population. Screenshots of the CSA explanation at
 * 1366×768 go to test-results/screenshots/ for review.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';
import { shoot, VIEWPORTS } from './shots';

const app = setupApp();

const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`).innerText();
const verdictPanel = (page: Page) => page.locator('.verdict').first().innerText();

async function openPreset(page: Page, id: string) {
  await page.getByLabel('Real cases and teaching cases').selectOption(id);
  await page.locator('.preset__info').waitFor();
}

async function openExplain(page: Page) {
  const button = page.getByRole('button', { name: 'Explain this result' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByRole('heading', { name: 'Step by step' }).waitFor();
}

describe('every sentence agrees with the verdict', () => {
  it('CSA Regulation, Coreper 20 June 2024: the declared vote first, then the best case in every line', async () => {
    const page = await app.open();
    await page.setViewportSize(VIEWPORTS.laptop);
    await openPreset(page, 'csa-2024-06-20');
    await openExplain(page);
    expect(await page.getByRole('status').first().textContent()).toMatch(/^Not adopted\s*2 members of 27/);
    const members = await step(page, 'members');
    expect(members).toContain('As declared: 2 members vote yes, and 20 members are undecided.');
    expect(members).toContain('Even if all 20 undecided members voted yes, 22 members would vote yes: met, 7 members to spare.');
    expect(members).not.toMatch(/^22 members vote yes/m);
    // The same standing as the panel's bar: ◐, not ✓.
    expect(members).toContain('Condition 1: members in favour — met only if the undecided vote yes');
    expect(await step(page, 'population')).toContain('Even if all 20 undecided members voted yes, the members in favour would represent 292.0 million people');
    const blocking = await step(page, 'blocking');
    expect(blocking).toContain('The blocking minority — formed');
    expect(blocking).toContain('That is a blocking minority, even if the undecided all vote yes');
    expect(await verdictPanel(page)).toContain('Blocking minority formed');
    expect(await verdictPanel(page)).toContain('Even if all 20 undecided members voted yes:');
    // The condition bars: the declared figure, how far the undecided could take it, and the case named.
    const bars = await page.locator('.verdict__conditions').first().innerText();
    expect(bars).toContain('2 of 27 (up to 22 of 27)');
    expect(bars).toContain('Met only if the undecided vote yes.');
    expect(bars).toContain('Not met even if all 20 undecided vote yes.');
    await page.locator('[data-step="members"]').scrollIntoViewIfNeeded();
    await shoot(page, 'words-csa-explain', 'laptop');
    await page.locator('[data-step="verdict"]').scrollIntoViewIfNeeded();
    await shoot(page, 'words-csa-explain-end', 'laptop');
  });

  it('Three most populous against: no blocking minority, the population condition deemed met, no spare population', async () => {
    const page = await app.open();
    await openPreset(page, 'teaching-three-most-populous-against');
    await openExplain(page);
    const blocking = await step(page, 'blocking');
    expect(blocking).toContain('The blocking minority — not formed');
    expect(blocking).toContain('there is no blocking minority');
    const panel = await verdictPanel(page);
    expect(panel).toContain('No blocking minority');
    expect(panel).toContain('The population condition is deemed met');
    expect(panel).toContain('Spare: 9 members above the member threshold.');
    expect(panel).not.toMatch(/Spare:.*percentage points/);
    expect(panel).not.toContain('0 people');
    expect(panel).toContain('Not met, but deemed met');
  });

  it('Thirteen not in favour: no blocking minority (9.6 % ≤ 35 %), not adopted on the members condition, in the panel and in the explanation alike', async () => {
    const page = await app.open();
    await openPreset(page, 'teaching-thirteen-not-in-favour');
    await openExplain(page);
    const panel = await verdictPanel(page);
    expect(panel).toContain('No blocking minority (9.6 % ≤ 35 %)');
    expect(panel).toContain('Not adopted on the members condition: 14 in favour, 15 needed — 13 members not in favour are enough to stop it.');
    expect(panel).not.toContain('Blocking minority formed');
    const blocking = await step(page, 'blocking');
    expect(blocking).toContain('The blocking minority — not formed');
    expect(blocking).toContain('Not adopted on the members condition');
  });
});
