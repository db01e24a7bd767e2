/**
 * Share links that went wrong on the way, as a user meets them: a key given twice, a part the
 * app does not know, a link cut by a mail program (what survived is offered), and a bad link
 * opened over a scenario on screen (the address bar gets the scenario back, so a reload keeps it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';
import { settledAddress } from './address';
import { shoot } from './shots';
import { axeViolations } from './axe';

// bypassCSP only lets the test inject axe-core; the app's own policy is tested in privacy.e2e.ts.
const app = setupApp({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const verdict = (page: Page) => page.getByRole('status').textContent();
const radio = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true });
const hashOf = (url: string) => new URL(url).hash;
const P27 = 'nuuununuauyuunuuuuyuuuuuuuu';

describe('share links that went wrong', () => {
  it('refuses a link with a duplicated key, names it, and keeps the scenario on screen', async () => {
    const page = await app.open(`/#v=2&d=council-2020&r=qmv&p=${P27}&d=council-2025`);
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain(
      'This link cannot be opened: it has two datasets ("council-2020" and "council-2025"). The scenario on screen was kept.',
    );
    expect(await page.getByLabel('Population figures').inputValue()).toBe('council-2025');
    expect(await radio(page, 'Germany', 'Undecided').isChecked()).toBe(true);
    expect(hashOf(await settledAddress(page))).toMatch(/^#v=3&z=/);
  });

  it('opens the rest of a link with an unknown key and says the part was left out', async () => {
    const page = await app.open(`/#v=2&d=council-2025&r=qmv&p=${P27}&n=CSA&u=Coreper%208%20October`);
    expect(await page.getByRole('alert').textContent()).toContain(
      'In this link, a part this app does not know was left out ("u=Coreper%208%20October"): the rest was opened.',
    );
    expect(await page.getByLabel('Scenario name').inputValue()).toBe('CSA');
    expect(await radio(page, 'Germany', 'No').isChecked()).toBe(true);
  });

  it('offers what survived of a cut link, with a message, and opens it when asked', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await radio(page, 'Germany', 'No').check();
    await radio(page, 'France', 'Abstain').check();
    await page.getByLabel('Scenario name').fill('CSA regulation, Coreper 8 October');
    // The note is folded to its summary until opened.
    await page.locator('summary', { hasText: 'Note on this scenario' }).click();
    await page.getByLabel('Note on this scenario').fill(
      'Presidency compromise of 3 October. Delegations confirm their positions at the working party on Thursday; the legal service opinion on Article 10 is expected first.',
    );
    const link = await settledAddress(page);
    expect(link.length - new URL(link).origin.length).toBeLessThan(600);
    const before = await verdict(page);
    const cut = link.slice(0, link.indexOf('&c=') - 40); // a mail program cut the address inside the note

    const other = await (await app.context().browser()!.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true })).newPage();
    await other.goto(cut);
    const alert = other.getByRole('alert');
    expect(await alert.textContent()).toContain(
      'This link was cut short (mail programs sometimes cut long addresses). What survived: the dataset, the rule, the positions, the date of the vote and the name "CSA regulation, Coreper 8 October". The note and whatever followed were lost.',
    );
    expect(await alert.textContent()).toContain('The scenario on screen is unchanged until you choose.');
    await shoot(other, 'link-cut-banner', 'laptop');
    expect(await axeViolations(other, 'cut link banner')).toEqual([]);
    expect(await other.getByLabel('Scenario name').inputValue()).toBe(''); // nothing changed yet
    await alert.getByRole('button', { name: 'Open what survived' }).click();
    expect(await other.getByRole('alert').count()).toBe(0);
    expect(await other.getByLabel('Scenario name').inputValue()).toBe('CSA regulation, Coreper 8 October');
    expect(await other.getByLabel('Note on this scenario').inputValue()).toBe('');
    expect(await verdict(other)).toBe(before);
    await other.context().close();
  });

  it('puts the scenario on screen back in the address bar after a bad link, so a reload keeps it', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await radio(page, 'Germany', 'No').check();
    await page.getByLabel('Scenario name').fill('Kept');
    const good = await settledAddress(page);
    const before = await verdict(page);
    await page.evaluate(() => {
      location.hash = '#v=2&d=council-2025&r=qmv&p=yyyy';
    });
    expect(await page.getByRole('alert').textContent()).toContain('it has 4 positions for 27 members. The scenario on screen was kept.');
    expect(await settledAddress(page)).toBe(good);
    await page.reload();
    expect(await page.getByLabel('Scenario name').inputValue()).toBe('Kept');
    expect(await radio(page, 'Germany', 'No').isChecked()).toBe(true);
    expect(await verdict(page)).toBe(before);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
