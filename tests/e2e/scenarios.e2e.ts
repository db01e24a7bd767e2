/**
 * The scenario library as an analyst uses it: presets, save and reopen, links that carry names
 * and notes, export and import, and bad input that never costs the user their work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp, downloaded } from './browser';
import { settledAddress } from './address';

const app = setupApp();

const verdict = (page: Page) => page.getByRole('status').textContent();
const radio = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true });
const savedNames = (page: Page) => page.locator('.saved__name').allTextContents();

async function openPreset(page: Page, id: string) {
  await page.getByLabel('Real cases and teaching cases').selectOption(id);
}

describe('scenario library', () => {
  it('opens a preset as an editable copy, saves it, and reopens it after a reload', async () => {
    const page = await app.open();
    await openPreset(page, 'eu-mercosur-2026-01-09');
    expect(await verdict(page)).toMatch(/^Adopted 21 members of 27, 68\.5 %/);
    await page.getByRole('button', { name: 'What if Italy had stayed opposed?' }).click();
    expect(await verdict(page)).toMatch(/^Not adopted/);
    await openPreset(page, 'eu-mercosur-2026-01-09');
    expect(await radio(page, 'Italy', 'Yes').isChecked()).toBe(true); // the preset itself is intact
    await page.getByLabel('Scenario name').fill('Mercosur before the Council');
    await page.getByRole('button', { name: 'Save as new' }).click();
    await radio(page, 'Italy', 'No').check();
    await page.reload();
    await expect.poll(() => savedNames(page)).toEqual(['Mercosur before the Council']);
    await page.getByRole('button', { name: 'Open' }).click();
    expect(await radio(page, 'Italy', 'Yes').isChecked()).toBe(true);
    expect(await verdict(page)).toMatch(/^Adopted/);
  });

  it('carries the name and notes in the link to a fresh browser', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await radio(page, 'Germany', 'Abstain').check();
    await page.getByLabel('Scenario name').fill('Coreper, Wednesday');
    await page.getByRole('button', { name: 'Add note on Germany' }).click();
    await page.getByLabel('Note on Germany').fill('minister to decide on Thursday');
    await page.getByLabel('Note on Germany').press('Enter');
    const link = await settledAddress(page);
    const fresh = await app.context().browser()!.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    expect(await other.getByLabel('Scenario name').inputValue()).toBe('Coreper, Wednesday');
    expect(await other.locator('.row__note-text').allTextContents()).toEqual(['minister to decide on Thursday']);
    expect(await other.getByRole('status').textContent()).toBe(await verdict(page));
    await fresh.close();
  });

  it('deletes with undo, duplicates and renames', async () => {
    const page = await app.open();
    await page.getByLabel('Scenario name').fill('A');
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => savedNames(page)).toEqual(['A', 'A (copy)']);
    await page.getByRole('group', { name: 'Actions for A (copy)' }).getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name for A (copy)').fill('B');
    await page.getByLabel('New name for A (copy)').press('Enter');
    await page.getByRole('group', { name: 'Actions for A' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => savedNames(page)).toEqual(['B']);
    await page.locator('.undo').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => savedNames(page)).toEqual(['A', 'B']);
  });

  it('exports the library and imports it into a fresh browser', async () => {
    const page = await app.open();
    await openPreset(page, 'platform-work-2024-02-16');
    await page.getByRole('button', { name: 'Save as new' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export library' }).click()]);
    const text = await downloaded(file).then((b) => b.toString('utf8'));
    const fresh = await app.context().browser()!.newContext();
    const other = await fresh.newPage();
    await other.goto(app.baseUrl);
    await other.locator('input[type=file][accept="application/json,.json"]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => other.locator('.saved__name').allTextContents()).toEqual([await page.locator('.saved__name').textContent()]);
    await other.getByRole('button', { name: 'Open' }).click();
    expect(await other.getByRole('status').textContent()).toMatch(/^Not adopted/);
    await fresh.close();
  });

  it('refuses a broken import with a clear message and changes nothing', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'Save as new' }).click();
    const broken = { format: 'council-vote-library', version: 1, scenarios: [{ id: 'x', createdAt: '2026-01-01', updatedAt: '2026-01-01', scenario: { name: 'Bad', datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'perhaps' } } }] };
    await page.locator('input[type=file][accept="application/json,.json"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    expect(await page.getByRole('alert').textContent()).toContain('Nothing was imported. In scenario 1 ("Bad"): Unknown position "perhaps" for DE.');
    await expect.poll(() => savedNames(page)).toEqual(['Untitled scenario']);
  });

  it('two tabs never silently overwrite each other', async () => {
    const a = await app.open();
    const b = await app.context().newPage();
    await b.goto(app.baseUrl);
    await a.getByLabel('Scenario name').fill('From tab A');
    await a.getByRole('button', { name: 'Save as new' }).click();
    await b.locator('.saved__name', { hasText: 'From tab A' }).waitFor();
    await b.getByLabel('Scenario name').fill('From tab B');
    await b.getByRole('button', { name: 'Save as new' }).click();
    await a.locator('.saved__name', { hasText: 'From tab B' }).waitFor();
    await a.reload();
    await expect.poll(async () => (await savedNames(a)).sort()).toEqual(['From tab A', 'From tab B']);
  });

  it('compares the saved scenario with a what-if, and exports PNG and CSV', async () => {
    const page = await app.open();
    await openPreset(page, 'eu-mercosur-2026-01-09');
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByRole('button', { name: 'What if Italy had stayed opposed?' }).click();
    await page.getByText('Compare scenarios').click();
    expect(await page.getByRole('list', { name: 'Members who changed position' }).textContent()).toBe('Italy: Yes → No');
    expect(await page.getByRole('row', { name: /^Verdict/ }).textContent()).toBe('VerdictAdoptedNot adopted');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const bytes = await downloaded(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const all = (await downloaded(csv).then((b) => b.toString('utf8'))).trim().split('\r\n');
    expect(all.slice(0, 2)).toEqual(['field,value,detail', 'verdict,not adopted,the act would not be adopted']);
    const lines = all.slice(all.indexOf('') + 1);
    expect(lines).toHaveLength(28);
    expect(lines.find((l) => l.startsWith('IT,'))).toMatch(/^IT,Italy,no,/);
  });
});
