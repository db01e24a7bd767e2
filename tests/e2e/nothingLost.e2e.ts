/**
 * Nothing the user made is lost: damaged storage is kept and exportable until deleted, and two
 * tabs saving at the same moment keep every scenario.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();
const savedNames = (page: Page) => page.locator('.saved__name').allTextContents();

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
  return JSON.parse(await readFile((await file.path())!, 'utf8')) as { text: string; why: string };
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
    expect(await savedNames(page)).toEqual(['Untitled scenario']);
    expect((await exportKept(page, 0)).text).toBe(damaged);
    // A second, different corruption is kept beside the first, never over it.
    await page.evaluate(() => localStorage.setItem('council-vote.scenario.x', '{"id":"x"}'));
    await page.reload();
    expect(await page.getByRole('group', { name: /^Unreadable data kept/ }).count()).toBe(2);
    expect((await exportKept(page, 0)).text).toBe(damaged);
    expect((await exportKept(page, 1)).text).toBe('{"id":"x"}');
    await page.getByRole('group', { name: /^Unreadable data kept/ }).first().getByRole('button', { name: 'Delete' }).click();
    await page.reload();
    expect(await page.getByRole('group', { name: /^Unreadable data kept/ }).count()).toBe(1);
    expect(await savedNames(page)).toEqual(['Untitled scenario']);
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
    const names = await savedNames(a);
    expect(names.filter((n) => n === 'Tab A')).toHaveLength(40);
    expect(names.filter((n) => n === 'Tab B')).toHaveLength(40);
  });
});
