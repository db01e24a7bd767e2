/**
 * Every sentence agrees with the verdict: a member note written for another position says so on
 * screen and after a shared link is opened; the CSV opens with the verdict; preset sources are
 * titled links; the French verdict line reads as a sentence. Screenshots for review at 1366×768.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp, downloaded } from './browser';
import { shoot, VIEWPORTS } from './shots';

const app = setupApp({ permissions: ['clipboard-read', 'clipboard-write'], viewport: VIEWPORTS.laptop });

const radio = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true });
const row = (page: Page, country: string) => page.locator('li.row', { has: page.getByRole('radiogroup', { name: country, exact: true }) });

async function openPreset(page: Page, id: string) {
  await page.getByLabel('Real cases and teaching cases').selectOption(id);
}

describe('notes written for another position', () => {
  it('marks the note in the row, and again after the copied link is opened in a new page', async () => {
    const page = await app.open();
    await openPreset(page, 'csa-2025-10-08');
    const germany = row(page, 'Germany');
    await expect.poll(() => germany.locator('.row__note-text').textContent()).toMatch(/^Did not back the text at Coreper on 8 October.*Confidence: high\.$/);
    expect(await germany.getByText(/Written for/).count()).toBe(0);

    await radio(page, 'Germany', 'Yes').check();
    expect(await germany.locator('.row__note-stale').textContent()).toBe('Written for “No”');
    expect(await germany.locator('.row__note-text').textContent()).toMatch(/^Did not back the text/);
    await germany.scrollIntoViewIfNeeded();
    await shoot(page, 'stale-note-row', 'laptop');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Link copied.').count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#v=3&/);

    const other = await app.context().newPage();
    await other.goto(link);
    const there = row(other, 'Germany');
    expect(await radio(other, 'Germany', 'Yes').isChecked()).toBe(true);
    expect(await there.locator('.row__note-stale').textContent()).toBe('Written for “No”');
    expect(await there.locator('.row__note-text').textContent()).toMatch(/^Did not back the text/);
    expect(await other.getByRole('status').textContent()).toBe(await page.getByRole('status').textContent());
    // The other members' notes still fit their positions.
    expect(await other.locator('.row__note-stale').count()).toBe(1);
    await other.close();
  });

  it('downloads a CSV headed by the verdict, rule, dataset and both conditions', async () => {
    const page = await app.open();
    await openPreset(page, 'eu-mercosur-2026-01-09');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Adopted/);
    await radio(page, 'Italy', 'No').check();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const lines = (await downloaded(csv).then((b) => b.toString('utf8'))).split('\r\n');
    expect(lines.slice(0, 9)).toEqual([
      'field,value,detail',
      'verdict,not adopted,the act would not be adopted',
      'rule,qmv,Qualified majority',
      'dataset,council-2025,Council 2025 (EU-27) (confidence high)',
      'date,2026-01-09,"No figures for 9 January 2026 in the app: using Council 2025 (EU-27) (applied 1 January 2025 to 31 December 2025), the nearest."',
      expect.stringMatching(/^blocking_minority,formed,a blocking minority of \d+ members/),
      'condition,case,label,status,reached,required,out_of,standing',
      // No member is undecided: not deemed met, and the standing is the declared one.
      'members,declared,"at least 55 % of members, at least 15",met,20,15,27,met',
      expect.stringMatching(/^population,declared,at least 65 % of the population,not met,\d+,293168773,451028881,not met$/),
    ]);
    expect(lines[9]).toBe('');
    expect(lines[10]).toBe('code,member,position,population,population_basis,share_percent,pivotal,note,note_written_for,note_for_another_position');
    expect(lines.find((l) => l.startsWith('IT,Italy,no,'))).toMatch(/,Switched to yes late; reported as decisive\. Confidence: medium\.,yes,yes$/);
  });

  it('lists preset sources as links under their titles', async () => {
    const page = await app.open();
    await openPreset(page, 'nature-restoration-2024-06-17');
    // The case's prose and sources are folded until asked for.
    await page.getByText('About this case: what happened, figures and sources').click();
    const sources = page.getByRole('list', { name: 'Sources' });
    const links = sources.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'EOS: Environment Council, Nature Restoration Regulation, 17 June 2024',
      'Italy24 Press News: report on the Environment Council vote of 17 June 2024',
    ]);
    expect(await links.first().getAttribute('rel')).toBe('noopener noreferrer');
    expect(await links.first().getAttribute('href')).toBe('https://eos-oes.eu/2024/06/18/environment-council-nature-restoration-regulation-17-june-2024');
    const panel = page.getByRole('region', { name: 'Presets' });
    expect(await panel.textContent()).not.toMatch(/scenarios\.md|<https?:|our rating|not read/);
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, 'preset-panel', 'laptop');
  });

  it('reads the French verdict line without a doubled word', async () => {
    const page = await app.open();
    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('button', { name: 'Tous pour' }).click();
    for (const c of ['Allemagne', 'France', 'Italie', 'Espagne']) await radio(page, c, 'Contre').check();
    await radio(page, 'Pologne', 'Indécis').check();
    const line = (await page.getByRole('status').textContent()) ?? '';
    expect(line).toMatch(/^Non adopté /);
    expect(line).not.toMatch(/(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/iu);
    expect(line).toContain('indécis non compris');
    await page.getByLabel('Cas réels et cas d’école').selectOption('csa-2025-10-08');
    await radio(page, 'Allemagne', 'Pour').check();
    const germany = row(page, 'Allemagne');
    expect(await germany.locator('.row__note-stale').textContent()).toBe('Écrite pour « Contre »');
    expect(await germany.locator('.row__note-text').textContent()).toMatch(/^N’a pas soutenu le texte.*Fiabilité : élevée\.$/);
    const panel = page.getByRole('region', { name: 'Cas' });
    // The case's prose and sources are folded until asked for.
    await panel.getByText('À propos de ce cas').click();
    expect(await panel.getByRole('link').count()).toBe(3);
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, 'preset-panel-fr', 'laptop');
  });
});
