/**
 * The Council's voting record: loaded only when opened, filtered ("Poland against" in 2023), a
 * vote opened as a scenario and found adopted beside its recorded outcome, and a member's record
 * chart with the votes behind a bar. Screenshots of the panel for review.
 */
import type { Locator, Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { setupApp } from './browser';
import { SCREENSHOT_DIR } from './shots';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const app = setupApp({ bypassCSP: true });

async function openVotes(page: Page) {
  await page.getByText('Council votes: the public voting record, 2010–2023').click();
  await page.getByText(/^1,438 votes match$/).waitFor();
}

async function filterPolandAgainstIn2023(page: Page) {
  await page.getByRole('combobox', { name: 'Member', exact: true }).selectOption({ label: 'Poland' });
  await page.getByRole('combobox', { name: 'Its vote' }).selectOption({ label: 'against' });
  await page.getByLabel('From date').fill('2023-01-01');
  await page.getByLabel('To date').fill('2023-12-31');
  await page.getByText(/^12 votes match$/).waitFor();
}

/** Scrolls the list of matches down, as a reader would, until vote `id` is drawn, then opens it. */
async function openListed(page: Page, id: number) {
  const button = page.getByRole('button', { name: new RegExp(`^Open as scenario: vote ${id} of `) });
  const box = page.locator('.votes__scroller');
  for (let i = 0; i < 40 && !(await button.count()); i++) {
    await box.evaluate(async (el) => {
      el.scrollTop += el.clientHeight / 2;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
  }
  await button.click();
}

describe('the voting record', () => {
  it('loads the record only when opened, filters Poland against in 2023 and opens the CO2 standards for cars, adopted', async () => {
    const page = app.page();
    // The record is whichever response carries its source title (its own JSON asset; names vary by build).
    const corpusLoads: string[] = [];
    const pending: Promise<void>[] = [];
    const onResponse = (r: Response) => {
      if (!['script', 'fetch'].includes(r.request().resourceType())) return;
      pending.push(
        r
          .text()
          .then((body) => {
            if (body.includes('Public Voting Data of the Council of the EU'))
              corpusLoads.push(new URL(r.url()).pathname);
          })
          .catch(() => undefined),
      );
    };
    page.on('response', onResponse);
    await app.open();
    await page.getByRole('status').first().waitFor();
    await Promise.all(pending);
    expect(corpusLoads).toEqual([]);
    await openVotes(page);
    await Promise.all(pending);
    expect(corpusLoads).toHaveLength(1);
    page.off('response', onResponse);

    await filterPolandAgainstIn2023(page);
    // The rows in view are in the page, each saying its place among the 12.
    const list = page.getByRole('list', { name: 'Matching votes' });
    expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe('12');
    const t0 = Date.now();
    await page.getByLabel('Search title or procedure code').fill('2021/0197(COD)');
    await page.getByText(/^1 vote matches$/).waitFor();
    expect(Date.now() - t0).toBeLessThan(2000);
    const item = list.getByRole('listitem');
    expect(await item.textContent()).toMatch(/Against: Poland.*Abstained: Bulgaria, Italy,? and Romania/);

    await page.getByRole('button', { name: /^Open as scenario: vote 4818 of / }).click();
    const opened = page.getByRole('region', { name: /^Recorded vote 4818 of / });
    await opened.waitFor();
    expect(await opened.textContent()).toContain(
      'Recorded outcome: adopted. Our verdict under Qualified majority: adopted.',
    );
    // The figures are stated once, beside the verdict, for the vote's date.
    expect(await page.locator('#period-notice-title').textContent()).toMatch(
      /^⚠ No figures for \d{1,2} \w+ 20\d\d in the app: using Council 2022 \(EU-27\) .*, the nearest\./,
    );
    expect(await opened.textContent()).not.toMatch(/the nearest the app has/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Adopted/);
    const checked = (country: string, option: string) =>
      page
        .getByRole('radiogroup', { name: country, exact: true })
        .getByRole('radio', { name: option, exact: true })
        .isChecked();
    expect(await checked('Poland', 'No')).toBe(true);
    for (const c of ['Bulgaria', 'Italy', 'Romania']) expect(await checked(c, 'Abstain')).toBe(true);
    expect(await checked('Germany', 'Yes')).toBe(true);

    // Changing a position keeps the recorded outcome on screen but says the vote was edited.
    await page
      .getByRole('radiogroup', { name: 'Germany', exact: true })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await opened.getByText('The positions on screen have been changed since the vote was opened.').waitFor();

    // The probability analysis can take each member's P(yes) from its record in the vote's area.
    await page.getByText('Analysis: what it takes, undecided paths, probability, voting power').click();
    await page.getByRole('button', { name: 'From the voting record…' }).click();
    expect(await page.getByRole('combobox', { name: 'Policy area of the past votes' }).inputValue()).toBe(
      'Environment',
    );
    await page.getByRole('button', { name: 'Use the voting record' }).click();
    await page.getByText('From the voting record (Environment): history, not a prediction.').waitFor();
    const poland = page.getByRole('row', { name: /^Poland / });
    expect(await poland.textContent()).toMatch(/\d+ yes of \d+/);
    const p = Number(await page.getByLabel('Poland: probability of voting yes (%)').inputValue());
    expect(p).toBeGreaterThan(50);
    expect(p).toBeLessThan(100);
  });

  it('keeps every match in one list a keyboard reaches: scrolled far down, Tab lands there and walks on, Enter opens; no gap while scrolling', async () => {
    const page = await app.open();
    await openVotes(page);
    const box = page.locator('.votes__scroller');
    // Wherever the box is scrolled, its rows cover it: no blank stretch between or around them.
    for (const at of [0.2, 0.5, 0.9]) {
      const gaps = await box.evaluate(async (el, at) => {
        el.scrollTop = el.scrollHeight * at;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const view = el.getBoundingClientRect();
        const rows = [...el.querySelectorAll('li')].map((li) => li.getBoundingClientRect()).sort((a, b) => a.top - b.top);
        const shown = rows.filter((r) => r.bottom > view.top && r.top < view.bottom);
        return {
          above: shown[0]!.top - view.top,
          between: Math.max(0, ...shown.slice(1).map((r, i) => r.top - shown[i]!.bottom)),
          below: view.bottom - shown.at(-1)!.bottom,
        };
      }, at);
      // At most the space between two rows (0.4rem) anywhere.
      expect(gaps.above).toBeLessThanOrEqual(8);
      expect(gaps.between).toBeLessThanOrEqual(8);
      expect(gaps.below).toBeLessThanOrEqual(8);
    }
    // From the link just before the list, Tab goes to a row where the list was scrolled, not to the first.
    await page.getByRole('link', { name: 'doi:10.7802/2560' }).locator('xpath=following-sibling::a[1]').focus();
    await page.keyboard.press('Tab');
    const place = () =>
      page.evaluate(() => {
        const row = document.activeElement?.closest('li');
        return { at: Number(row?.getAttribute('aria-posinset')), of: Number(row?.getAttribute('aria-setsize')) };
      });
    const first = await place();
    expect(first.of).toBe(1438);
    expect(first.at).toBeGreaterThan(1000);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await place()).toEqual({ at: first.at + 6, of: 1438 });
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const id = /vote (\d+) of/.exec(label)?.[1];
    expect(id).toBeDefined();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: new RegExp(`^Recorded vote ${id} of `) }).waitFor();
  });

  it("renders a member's record chart, with the votes behind a bar one click away", async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const page = await app.open();
    await openVotes(page);
    await page.getByRole('combobox', { name: 'Member whose record to show' }).selectOption({ label: 'Poland' });
    await page.getByRole('button', { name: 'Show the record' }).click();
    const chart = page.getByRole('img', { name: /how often Poland voted against or abstained/ });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(5);
    await page.getByRole('button', { name: '2023: Against 12' }).click();
    const behind = page.getByRole('region', { name: /^Votes behind “2023”: Poland against/ });
    expect(await behind.getByRole('listitem').count()).toBe(12);
    await behind.getByRole('button', { name: /^Open as scenario: vote 4818 of / }).waitFor();
    // A click on a bar does the same.
    await page.getByRole('button', { name: 'By policy area' }).click();
    await chart.locator('.recharts-bar-rectangle path').first().click();
    await page.getByRole('region', { name: /^Votes behind “/ }).waitFor();
    expect(await axeViolations(page, 'voting record')).toEqual([]);
    await page.getByRole('button', { name: 'By year' }).click();
    await page.locator('.record').screenshot({ path: resolve(SCREENSHOT_DIR, 'votes-record-chart-laptop.png') });
  });

  it('renders the Council as a whole: contested votes by year and who votes with whom', async () => {
    const page = await app.open();
    await openVotes(page);
    await page.getByRole('button', { name: 'Show the Council as a whole' }).click();
    const chart = page.getByRole('img', { name: /^Bar chart: all votes and contested votes/ });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByRole('combobox', { name: 'Member to compare with the others' }).selectOption({ label: 'Poland' });
    const table = page.getByRole('table', { name: 'How often each member voted as Poland on contested votes' });
    expect(await table.getByRole('row').count()).toBe(28);
    expect(await axeViolations(page, 'the Council as a whole')).toEqual([]);
  });

  it('sets the share published for the copyright directive (2019) beside ours, with the figures each used', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const page = await app.open();
    await openVotes(page);
    await page.getByLabel('Search title or procedure code').fill('4393');
    await page.getByText(/^1 vote matches$/).waitFor();
    await page.getByRole('button', { name: /^Open as scenario: vote 4393 of / }).click();
    const opened = page.getByRole('region', { name: /^Recorded vote 4393 of / });
    const shares = opened.getByRole('table', { name: 'Population in favour' });
    await shares.waitFor();
    expect(await shares.getByRole('row', { name: /^Published at the time/ }).textContent()).toMatch(
      /71\.26 %.*Annex III figures for 2019 \(EU-28\)/,
    );
    expect(await shares.getByRole('row', { name: /^Ours/ }).textContent()).toMatch(
      /7\d\.\d\d %.*Council 2016 \(EU-28 with the United Kingdom\)/,
    );
    // 2019: the double majority alone; EU-28 with the United Kingdom.
    expect(await opened.textContent()).toContain('Our verdict under Qualified majority: adopted.');
    await opened.screenshot({ path: resolve(SCREENSHOT_DIR, 'votes-opened-share-laptop.png') });
  });

  it('lists the votes reported in the press apart from the record and opens one beside its reported outcome and sources', async () => {
    const page = await app.open();
    await openVotes(page);
    await page.getByLabel('Search title or procedure code').fill('Mercosur');
    const reported = page.getByRole('region', { name: 'Reported in the press since the record, 2024–2026' });
    await reported.getByText(/^1 reported vote matches$/).waitFor();
    await reported.getByText('Show the reported votes that match').click();
    await reported.getByRole('button', { name: /^Open as scenario: vote reported on 9 Jan 2026/ }).click();
    const opened = page.getByRole('region', { name: 'Vote reported in the press, 9 Jan 2026' });
    await opened.waitFor();
    expect(await opened.textContent()).toContain(
      'Reported outcome: adopted, 21 in favour. Our verdict under Qualified majority: adopted.',
    );
    expect(await opened.getByRole('link', { name: /^Sky TG24/ }).getAttribute('href')).toBe(
      'https://tg24.sky.it/mondo/2026/01/09/mercosur-ue-accordo-cosa-prevede',
    );
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Adopted/);
    // Opened from far down the list: the verdict is on screen, the reported outcome below it.
    const top = async (l: Locator) => (await l.boundingBox())?.y ?? -1;
    const status = page.getByRole('status').first();
    await expect.poll(() => top(status)).toBeGreaterThanOrEqual(0);
    expect(await top(opened)).toBeGreaterThan(await top(status));
  });

  it('opens offline after one visit: the service worker precached the record', async () => {
    const page = await app.open();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready; // active, so the precache is complete
    });
    await page.reload();
    await app.context().setOffline(true);
    await page.reload();
    await openVotes(page);
    await page.getByLabel('Search title or procedure code').fill('2021/0197 (COD)');
    await page.getByRole('button', { name: /^Open as scenario: vote 4818 of / }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Adopted/);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('screenshots the panel at 1366×768 and 390×844', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const page = app.page();
    for (const [name, size] of [
      ['laptop', { width: 1366, height: 768 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      await app.open();
      await openVotes(page);
      await filterPolandAgainstIn2023(page);
      await openListed(page, 4818);
      await page.getByRole('region', { name: /^Recorded vote 4818 of / }).waitFor();
      const panel = page.locator('details.votes');
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, `votes-panel-${name}.png`), animations: 'disabled' });
      await panel.screenshot({ path: resolve(SCREENSHOT_DIR, `votes-panel-full-${name}.png`), animations: 'disabled' });
      await page
        .getByRole('region', { name: /^Recorded vote 4818 of / })
        .screenshot({ path: resolve(SCREENSHOT_DIR, `votes-opened-${name}.png`) });
      await page.locator('.votes__filters').screenshot({ path: resolve(SCREENSHOT_DIR, `votes-filters-${name}.png`) });
      await page.getByRole('button', { name: 'Show the record' }).click();
      await page.locator('.record__chart .recharts-bar-rectangle').first().waitFor();
      await page.locator('.record__chart').screenshot({ path: resolve(SCREENSHOT_DIR, `votes-chart-${name}.png`) });
    }
  });
});
