/**
 * The calculator as a user drives it: real Council files and the treaty's teaching cases
 * clicked in, keyboard-only operation, reload and share links, and a 360 px phone.
 */
import { settledAddress } from './address';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

const verdict = (page: Page) => page.getByRole('status').textContent();
const group = (page: Page, country: string) => page.getByRole('radiogroup', { name: country, exact: true });
const choose = (page: Page, country: string, option: string) =>
  group(page, country).getByRole('radio', { name: option, exact: true }).check();

async function setPositions(page: Page, base: 'All yes' | 'All undecided', changes: Record<string, string>) {
  await page.getByRole('button', { name: base }).click();
  for (const [country, option] of Object.entries(changes)) await choose(page, country, option);
}

describe('real Council files', () => {
  it('CSA Regulation, Coreper 20 June 2024: a blocking minority just over 35 % whatever the undecided do', async () => {
    const page = await app.open();
    await setPositions(page, 'All undecided', {
      Germany: 'No', Poland: 'No', Austria: 'No', Netherlands: 'No', Czechia: 'Abstain', Ireland: 'Yes', Sweden: 'Yes',
    });
    expect(await verdict(page)).toMatch(/^Not adopted/);
    const blocking = page.locator('.blocking');
    expect(await blocking.textContent()).toContain('Blocking minority formed');
    expect(await blocking.textContent()).toContain('Declared not in favour: 5 members, 35.3 % of the population');
  });

  it('Nature Restoration, 17 June 2024: adopted with 66.1 %, and Austria alone would have sunk it', async () => {
    const page = await app.open();
    await setPositions(page, 'All yes', {
      Finland: 'No', Hungary: 'No', Italy: 'No', Netherlands: 'No', Poland: 'No', Sweden: 'No', Belgium: 'Abstain',
    });
    expect(await verdict(page)).toBe('Adopted 20 members of 27, 66.1 % of the population in favour');
    expect(await group(page, 'Austria').locator('xpath=ancestor::li').textContent()).toContain('Pivotal');
    await choose(page, 'Austria', 'Abstain');
    expect(await verdict(page)).toMatch(/^Not adopted/);
    expect(await page.locator('.margins').textContent()).toContain('Population in favour is short by 0.9 percentage points');
  });

  it('Platform Work Directive: blocked on 16 February 2024, agreed on 11 March 2024', async () => {
    const page = await app.open();
    await setPositions(page, 'All yes', { France: 'No', Germany: 'Abstain', Estonia: 'Abstain', Greece: 'Abstain' });
    expect(await verdict(page)).toMatch(/^Not adopted/);
    await choose(page, 'Estonia', 'Yes');
    await choose(page, 'Greece', 'Yes');
    expect(await verdict(page)).toMatch(/^Adopted/);
    expect(await page.locator('.margins').textContent()).toContain('A blocking minority needs 2 more members and 6.1 million people more.');
  });

  it('2035 CO2 standards for cars, 28 March 2023: adopted; a German abstention would have blocked it', async () => {
    const page = await app.open();
    await setPositions(page, 'All yes', { Poland: 'No', Bulgaria: 'Abstain', Italy: 'Abstain', Romania: 'Abstain' });
    expect(await verdict(page)).toMatch(/^Adopted/);
    await choose(page, 'Germany', 'Abstain');
    expect(await verdict(page)).toMatch(/^Not adopted/);
  });
});

describe('rule-derived teaching cases', () => {
  it('the three most populous against: adopted by the four-member clause', async () => {
    const page = await app.open();
    await setPositions(page, 'All yes', { Germany: 'No', France: 'No', Italy: 'No' });
    expect(await verdict(page)).toMatch(/^Adopted/);
    expect(await page.locator('.margins').textContent()).toContain('only 3 members are not in favour and a blocking minority needs at least 4 members.');
  });

  it('thirteen not in favour: not adopted, needing one more member', async () => {
    const page = await app.open();
    const smallest = ['Malta', 'Luxembourg', 'Cyprus', 'Estonia', 'Latvia', 'Slovenia', 'Lithuania', 'Croatia', 'Ireland', 'Slovakia', 'Finland', 'Denmark', 'Bulgaria'];
    await setPositions(page, 'All yes', Object.fromEntries(smallest.map((c) => [c, 'No'])));
    expect(await verdict(page)).toMatch(/^Not adopted/);
    expect(await page.locator('.margins').textContent()).toContain('Needs 1 more member in favour.');
  });

  it('unanimity: an abstention does not block, a vote against does', async () => {
    const page = await app.open();
    await page.getByLabel('Voting rule').selectOption({ label: 'Unanimity' });
    await setPositions(page, 'All yes', { Hungary: 'Abstain' });
    expect(await verdict(page)).toMatch(/^Adopted/);
    await choose(page, 'Hungary', 'No');
    expect(await verdict(page)).toMatch(/^Not adopted/);
  });

  it('justice and home affairs: Denmark not participating, thresholds over 26 members', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await page.getByLabel('Participation').selectOption('jha');
    expect(await group(page, 'Denmark').getByRole('radio', { name: 'Not participating' }).isChecked()).toBe(true);
    expect(await verdict(page)).toBe('Adopted 26 members of 26, 100.0 % of the population in favour');
  });
});

describe('operation', () => {
  it('works from the keyboard alone: arrows move between members, letters set positions', async () => {
    const page = await app.open();
    await group(page, 'Belgium').getByRole('radio', { name: 'Undecided' }).focus();
    for (const key of ['y', 'ArrowDown', 'y', 'ArrowDown', 'n', 'ArrowDown', 'p', 'ArrowUp', 'ArrowUp', 'a']) await page.keyboard.press(key);
    const checked = async (c: string) => group(page, c).locator('input:checked').getAttribute('value');
    expect([await checked('Belgium'), await checked('Bulgaria'), await checked('Czechia'), await checked('Denmark')]).toEqual([
      'yes', 'abstain', 'no', 'absent',
    ]);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('abstain');
  });

  it('keeps the scenario across a reload and opens it from a shared link in a fresh browser', async () => {
    const page = await app.open();
    await setPositions(page, 'All yes', { Germany: 'No', France: 'No', Italy: 'No', Spain: 'Undecided' });
    const before = await verdict(page);
    expect(before).toMatch(/^Depends/);
    await settledAddress(page);
    await page.reload();
    expect(await verdict(page)).toBe(before);
    expect(await group(page, 'Spain').getByRole('radio', { name: 'Undecided' }).isChecked()).toBe(true);
    const link = await settledAddress(page);
    const fresh = await app.context().browser()!.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    expect(await other.getByRole('status').textContent()).toBe(before);
    await fresh.close();
  });

  it('says what is wrong with a broken link and keeps working', async () => {
    const page = await app.open('/#v=1&d=council-2025&r=qmv&p=yyyy');
    expect(await page.getByRole('alert').textContent()).toContain('This link cannot be opened: it has 4 positions for 27 members.');
    expect(await verdict(page)).toMatch(/^Depends/);
  });

  it('fits a 360 px phone without sideways scrolling, and still works', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'All yes' }).click();
    await choose(page, 'Germany', 'No');
    expect(await verdict(page)).toMatch(/^Adopted/);
    const box = await page.getByRole('status').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
  });
});
