/**
 * Nothing the user made is lost: damaged storage is kept and exportable until deleted, and two
 * tabs saving at the same moment keep every scenario.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settledAddress } from './address';
import { setupApp, downloaded } from './browser';

const app = setupApp();
const savedNames = (page: Page) => page.locator('.saved__name').allTextContents();
const radio = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true });

/** Seeds localStorage before the app's first load only. */
async function seed(entries: Record<string, string>) {
  await app.context().addInitScript((e) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, entries);
}

async function exportKept(page: Page, n: number): Promise<{ text: string; why: string }> {
  const group = page.getByRole('group', { name: /^Unreadable data kept/ }).nth(n);
  const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'Export' }).click()]);
  return JSON.parse(await downloaded(file).then((b) => b.toString('utf8'))) as { text: string; why: string };
}

describe('nothing is lost', () => {
  it('keeps a corrupted store exportable, byte for byte, after dismissing, saving and reloading, until deleted', async () => {
    const damaged = '{"version":1,"scenarios":[{"id":"\uD800';
    await seed({ 'council-vote.library': damaged });
    const page = await app.open();
    expect(await page.getByRole('alert').textContent()).toContain('Your saved scenarios could not be read (the stored data is not valid JSON)');
    expect((await exportKept(page, 0)).text).toBe(damaged);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.reload();
    await expect.poll(() => savedNames(page)).toEqual(['Untitled scenario']);
    expect((await exportKept(page, 0)).text).toBe(damaged);
    // A second, different corruption is kept beside the first, never over it.
    await page.evaluate(() => localStorage.setItem('council-vote.scenario.x', '{"id":"x"}'));
    await page.reload();
    await expect.poll(() => page.getByRole('group', { name: /^Unreadable data kept/ }).count()).toBe(2);
    expect((await exportKept(page, 0)).text).toBe(damaged);
    expect((await exportKept(page, 1)).text).toBe('{"id":"x"}');
    await page.getByRole('group', { name: /^Unreadable data kept/ }).first().getByRole('button', { name: 'Delete' }).click();
    await page.reload();
    await expect.poll(() => page.getByRole('group', { name: /^Unreadable data kept/ }).count()).toBe(1);
    await expect.poll(() => savedNames(page)).toEqual(['Untitled scenario']);
  });

  it('keeps all 80 scenarios when two tabs each save 40 at the same moment', async () => {
    const a = await app.open();
    const b = await app.context().newPage();
    await b.goto(app.baseUrl);
    await a.getByLabel('Scenario name').fill('Tab A');
    await b.getByLabel('Scenario name').fill('Tab B');
    const at = Date.now() + 500;
    const burst = (page: Page) =>
      page.evaluate(
        (at) =>
          new Promise<void>((done) =>
            setTimeout(() => {
              const save = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Save as new')!;
              for (let i = 0; i < 40; i++) save.click();
              done();
            }, at - Date.now()),
          ),
        at,
      );
    await Promise.all([burst(a), burst(b)]);
    for (const page of [a, b]) await expect.poll(() => page.locator('.saved__name').count()).toBe(80);
    await a.reload();
    await expect.poll(() => a.locator('.saved__name').count()).toBe(80);
    const names = await savedNames(a);
    expect(names.filter((n) => n === 'Tab A')).toHaveLength(40);
    expect(names.filter((n) => n === 'Tab B')).toHaveLength(40);
  });

  it('undoes and redoes from the keyboard and the buttons, and the history survives a reload', async () => {
    const page = await app.open();
    await radio(page, 'Germany', 'No').check();
    await radio(page, 'France', 'No').check();
    await page.keyboard.press('Control+z');
    expect(await radio(page, 'France', 'Undecided').isChecked()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    expect(await radio(page, 'France', 'No').isChecked()).toBe(true);
    await settledAddress(page);
    await page.reload();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await radio(page, 'Germany', 'Undecided').isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    expect(await radio(page, 'Germany', 'No').isChecked()).toBe(true);
  });

  it('keeps an edit to a saved scenario when a preset is opened, brings it back marked, and compares it with the saved version', async () => {
    const page = await app.open();
    await page.getByLabel('Scenario name').fill('Coreper');
    await page.getByRole('button', { name: 'Save as new' }).click();
    expect(await page.locator('.scenario-bar__state').textContent()).toBe('Saved as “Coreper”');
    await radio(page, 'Germany', 'No').check();
    expect(await page.locator('.scenario-bar__state').textContent()).toBe('Unsaved changes to “Coreper”');
    await page.getByLabel('Real cases and teaching cases').selectOption('eu-mercosur-2026-01-09');
    expect(await radio(page, 'Germany', 'Yes').isChecked()).toBe(true);
    await settledAddress(page);
    await page.reload(); // the draft is stored, not only held in memory
    await page.getByRole('group', { name: 'Actions for Coreper' }).getByRole('button', { name: 'Open' }).click();
    expect(await radio(page, 'Germany', 'No').isChecked()).toBe(true);
    await expect.poll(() => page.getByText('Your unsaved changes to “Coreper” were kept and are back on screen.').count()).toBe(1);
    await expect.poll(() => page.locator('.saved .badge--unsaved').count()).toBe(1);
    await page.getByRole('heading', { name: 'Compare scenarios' }).click();
    const chosen = (name: string) =>
      page.getByRole('combobox', { name, exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    expect(await chosen('Before')).toBe('Coreper');
    expect(await chosen('After')).toBe('The scenario on screen');
  });

  it('keeps changes made during a presentation when the next slide is shown', async () => {
    const page = await app.open();
    for (const name of ['First', 'Second']) {
      await page.getByLabel('Scenario name').fill(name);
      await page.getByRole('button', { name: 'Save as new' }).click();
    }
    await page.getByRole('group', { name: 'Actions for First' }).getByRole('button', { name: 'Open' }).click();
    await radio(page, 'Germany', 'No').check();
    await page.keyboard.press('F2');
    expect(await page.locator('.present__meta').textContent()).toContain('modified, not saved');
    await page.keyboard.press('PageUp'); // First is last in the library: Second comes before it
    expect(await page.locator('.present__title').textContent()).toBe('Second');
    expect(await page.locator('.present__meta').textContent()).not.toContain('modified');
    await page.keyboard.press('PageDown');
    expect(await page.locator('.present__title').textContent()).toBe('First');
    expect(await page.locator('.present__meta').textContent()).toContain('modified, not saved');
    await page.keyboard.press('Escape');
    expect(await radio(page, 'Germany', 'No').isChecked()).toBe(true);
  });
});
