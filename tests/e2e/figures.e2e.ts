/**
 * Current official figures in the user's hands: the notice when the newest table's period is
 * over, and official figures added in the app (pasted in English or German), kept across a
 * reload, giving the same verdict as the command line on the same figures; a bad table refused;
 * added figures carried by a share link and an exported library to a browser that lacks them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp, downloaded } from './browser';
import { shoot } from './shots';
import { axeViolations } from './axe';
import { settledAddress } from './address';
import { crc32Hex, deflate, toBase64Url } from '../../src/core/scenario/linkBytes';
import { EU27, EU28, plain, tableJson } from '../core/data/hostileFigures';

const ROOT = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/annex', name), 'utf8');
// CSP bypassed for the injected accessibility checker only (see a11y.e2e.ts).
const app = setupApp({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const verdict = (page: Page) => page.getByRole('status').first().textContent();
const notice = (page: Page) => page.getByRole('note').filter({ hasText: /^⚠ No figures for/ });
/** The statement beside the verdict of the table it rests on, against the date of the vote. */
const figuresSaid = (page: Page) => page.locator('#period-notice-title');
const radio = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true });

async function addFigures(page: Page, text: string, from: string, decision = 'Council Decision (EU, Euratom) 2030/9999') {
  await page.getByRole('button', { name: 'Add official figures…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add official figures' });
  await dialog.getByLabel('Annex III table').fill(text);
  await dialog.getByLabel('Applies from').fill(from);
  await dialog.getByLabel('Council decision').fill(decision);
  await dialog.getByRole('button', { name: 'Check and add' }).click();
  return dialog;
}

/** The verdict word and the population share in favour, as `council-vote --figures` gives them for the stored figures. */
function cliVerdict(storedJson: string): { word: string; share: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'figures-')), 'added.json');
  writeFileSync(file, storedJson);
  const r = spawnSync(process.execPath, [join(ROOT, 'dist-cli/council-vote.js'), 'evaluate', '--rule', 'qmv', '--no', 'DE,FR,IT,PL', '--abstain', 'NL', '--others', 'yes', '--figures', file, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const out = JSON.parse(r.stdout) as { verdict: string; population: { inFavourShare: number } };
  return { word: out.verdict === 'adopted' ? 'Adopted' : 'Not adopted', share: `${(out.population.inFavourShare * 100).toFixed(1)} %` };
}

async function vote(page: Page) {
  await page.getByRole('button', { name: 'All yes' }).click();
  for (const c of ['Germany', 'France', 'Italy', 'Poland']) await radio(page, c, 'No').check();
  await radio(page, 'Netherlands', 'Abstain').check();
}

describe('the period of the newest table', () => {
  it('is said to be over when the clock is past it, with how to add the current table', async () => {
    await app.page().clock.setFixedTime(new Date('2026-11-20T10:00:00'));
    const page = await app.open();
    // A new scenario is dated today: no table for 2026, so the nearest, and how to add 2026's.
    expect(await page.getByLabel('Date of the vote').inputValue()).toBe('2026-11-20');
    await expect.poll(() => notice(page).textContent()).toMatch(
      /^⚠ No figures for 20 November 2026 in the app: using Council 2025 \(EU-27\) \(applied 1 January 2025 – 31 December 2025\), the nearest\. Add the official figures for 2026 with “Add official figures”\./,
    );
    await notice(page).getByText('How to add the figures for 2026').click();
    expect(await notice(page).textContent()).toMatch(/decision amending Annex III of its Rules of Procedure/);
    expect(await verdict(page)).toMatch(/Depends/); // informs, blocks nothing
    expect(await page.locator('#dataset-facts').textContent()).toMatch(/period ended: newer figures needed/);
    expect(await notice(page).isVisible()).toBe(true);
    await shoot(page, 'period-ended', 'laptop');
  });

  it('is not mentioned while the table is in force', async () => {
    await app.page().clock.setFixedTime(new Date('2025-06-01T10:00:00'));
    const page = await app.open();
    await expect.poll(() => verdict(page)).toMatch(/Depends/);
    expect(await page.getByText('No figures for').count()).toBe(0);
    expect(await figuresSaid(page).textContent()).toBe('Figures in force on 1 June 2025: Council 2025 (EU-27).');
    expect(await page.locator('#dataset-facts').textContent()).not.toMatch(/period ended/);
  });
});

describe('the date of the vote', () => {
  it('switches to the table of the date, says when it is only the nearest, and picks figures added for that year', async () => {
    const page = await app.open();
    const date = page.getByLabel('Date of the vote');
    const figures = page.getByLabel('Population figures');
    await date.fill('2019-06-01');
    await expect.poll(() => figures.inputValue()).toBe('council-2016');
    await expect.poll(() => figuresSaid(page).textContent()).toBe(
      '⚠ No figures for 1 June 2019 in the app: using Council 2016 (EU-28 with the United Kingdom) (applied 1 January 2016 – 31 December 2016), the nearest. Add the official figures for 2019 with “Add official figures”.',
    );
    expect(await page.getByRole('radiogroup', { name: 'United Kingdom', exact: true }).count()).toBe(1);
    expect(await verdict(page)).toMatch(/Depends/);
    // Next to the choice too, where the date and the figures are chosen.
    expect(await page.locator('#dataset-facts').textContent()).toMatch(/⚠ not in force on 1 June 2019: the nearest available$/);

    await date.fill('2025-03-01');
    await expect.poll(() => figures.inputValue()).toBe('council-2025');
    await expect.poll(() => figuresSaid(page).textContent()).toBe('Figures in force on 1 March 2025: Council 2025 (EU-27).');
    expect(await page.locator('#dataset-facts').textContent()).toMatch(/· in force on 1 March 2025$/);
    expect(await page.getByRole('radiogroup', { name: 'United Kingdom', exact: true }).count()).toBe(0);

    // Added figures are chosen at once; the date stays, so the app says they are not that day's.
    await addFigures(page, fixture('fictitious-2031-en.txt'), '2031-01-01');
    await expect.poll(() => figures.inputValue()).toBe('added-2031-01-01');
    await expect.poll(() => figuresSaid(page).textContent()).toBe(
      '⚠ Council 2031 (EU-27), added by you is not the table in force on 1 March 2025 (Council 2025 (EU-27) is).',
    );
    await date.fill('2031-06-15');
    await expect.poll(() => figuresSaid(page).textContent()).toBe('Figures in force on 15 June 2031: Council 2031 (EU-27), added by you.');
    await date.fill('2025-03-01');
    await expect.poll(() => figures.inputValue()).toBe('council-2025');
    await date.fill('2031-06-15');
    await expect.poll(() => figures.inputValue()).toBe('added-2031-01-01');
    await shoot(page, 'vote-date', 'laptop');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => date.inputValue()).toBe('2025-03-01');
    expect(await figures.inputValue()).toBe('council-2025');
  });

  it('picks the rule of the date: Nice in 2012, the choice in the transition (one undo step), the 2022 table in 2022', async () => {
    const page = await app.open();
    const date = page.getByLabel('Date of the vote');
    const rule = page.getByLabel('Voting rule');
    const ruleSaid = page.locator('.rule-date-notice');
    await date.fill('2012-05-01');
    await expect.poll(() => rule.inputValue()).toBe('nice');
    await expect.poll(() => ruleSaid.textContent()).toMatch(/^On 1 May 2012 a qualified majority meant the Nice weighted votes/);
    expect(await page.locator('.verdict .cond').first().textContent()).toMatch(/345/);
    await shoot(page, 'rule-of-date-2012', 'laptop');
    await date.fill('2016-03-01');
    await expect.poll(() => rule.inputValue()).toBe('qmv');
    await page.getByRole('button', { name: 'Evaluate under the Nice rule' }).click();
    await expect.poll(() => rule.inputValue()).toBe('nice');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => rule.inputValue()).toBe('qmv');
    await date.fill('2022-06-01');
    await expect.poll(() => page.getByLabel('Population figures').inputValue()).toBe('council-2022');
    await expect.poll(() => figuresSaid(page).textContent()).toBe('Figures in force on 1 June 2022: Council 2022 (EU-27).');
    await shoot(page, 'table-2022', 'laptop');
  });

  it('opens a vote reported in the press on the table added for its year (test figures), in force', async () => {
    const page = await app.open();
    await addFigures(page, fixture('fictitious-2031-en.txt'), '2024-01-01');
    await page.getByText('Council votes: the public voting record, 2010–2023').click();
    await page.getByLabel('Search title or procedure code').fill('nature');
    await page.getByText('Show the reported votes that match').click();
    await page.getByRole('button', { name: /^Open as scenario: vote reported on 17 Jun 2024/ }).click();
    await expect.poll(() => figuresSaid(page).textContent()).toBe('Figures in force on 17 June 2024: Council 2024 (EU-27), added by you.');
  });
});

describe('adding official figures', () => {
  it('adds a table pasted in English and one in German; both are kept, chosen and agree with the command line', async () => {
    const page = await app.open();
    await addFigures(page, fixture('fictitious-2031-en.txt'), '2031-01-01');
    await expect.poll(() => page.getByLabel('Population figures').inputValue()).toBe('added-2031-01-01');
    expect(await page.getByText('Added: Council 2031 (EU-27), added by you.').count()).toBe(1);
    await addFigures(page, fixture('fictitious-2032-de.txt'), '2032-01-01', 'Beschluss (EU, Euratom) 2031/9999 des Rates');
    await expect.poll(() => page.getByLabel('Population figures').inputValue()).toBe('added-2032-01-01');

    await page.reload();
    const options = () => page.getByLabel('Population figures').locator('option').allTextContents();
    await expect.poll(async () => (await options()).slice(0, 2)).toEqual(['Council 2032 (EU-27), added by you', 'Council 2031 (EU-27), added by you']);
    expect(await page.getByLabel('Population figures').inputValue()).toBe('added-2032-01-01');
    expect(await page.locator('.dataset-note').textContent()).toMatch(/Beschluss \(EU, Euratom\) 2031\/9999 des Rates/);

    for (const id of ['added-2031-01-01', 'added-2032-01-01']) {
      await page.getByLabel('Population figures').selectOption(id);
      await vote(page);
      const stored = await page.evaluate((key) => localStorage.getItem(key), `council-vote.figures.${id}`);
      const cli = cliVerdict(stored!);
      const text = (await verdict(page))!;
      expect(text.startsWith(cli.word)).toBe(true);
      expect(text).toContain(cli.share);
    }
  });

  it('refuses a bad table, naming its line, and stores nothing', async () => {
    const page = await app.open();
    const dialog = await addFigures(page, fixture('broken-percentage.txt'), '2031-01-01');
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Refused; nothing was stored: line \d+: /);
    await shoot(page, 'add-figures-error', 'laptop');
    expect(await axeViolations(page, 'add official figures, refused')).toEqual([]);
    await dialog.getByRole('button', { name: 'Show line 12' }).click();
    expect(await dialog.getByLabel('Annex III table').evaluate((a: HTMLTextAreaElement) => a.value.slice(a.selectionStart, a.selectionEnd))).toMatch(/^Grèce/);
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('council-vote.figures.')));
    expect(keys).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByLabel('Population figures').locator('option', { hasText: 'added by you' }).count()).toBe(0);
  });

  it('removes added figures, going back to the default figures', async () => {
    const page = await app.open();
    await addFigures(page, fixture('fictitious-2031-en.txt'), '2031-01-01');
    await expect.poll(() => page.getByLabel('Population figures').inputValue()).toBe('added-2031-01-01');
    await page.getByRole('button', { name: 'Remove these figures' }).click();
    expect(await page.getByLabel('Population figures').inputValue()).toBe('council-2025');
    await page.reload();
    expect(await page.getByLabel('Population figures').locator('option', { hasText: 'added by you' }).count()).toBe(0);
  });
});

describe('added figures that travel', () => {
  it('go with a share link and an exported library to a fresh browser: the same verdict, the figures listed', async () => {
    const page = await app.open();
    await addFigures(page, fixture('fictitious-2031-en.txt'), '2031-01-01');
    await expect.poll(() => page.getByLabel('Population figures').inputValue()).toBe('added-2031-01-01');
    await vote(page);
    await page.getByLabel('Scenario name').fill('On the 2031 figures');
    await page.getByRole('button', { name: 'Save as new' }).click();
    const link = await settledAddress(page);
    const before = (await verdict(page))!;
    expect(link.length - new URL(link).origin.length).toBeLessThan(900);

    const fresh = await app.context().browser()!.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const other = await fresh.newPage();
    await other.goto(link);
    await expect.poll(() => verdict(other)).toBe(before);
    expect(await other.getByLabel('Population figures').inputValue()).toBe('added-2031-01-01');
    expect(await other.getByLabel('Population figures').locator('option', { hasText: 'Council 2031 (EU-27), from a link' }).count()).toBe(1);
    expect(await other.getByText('This link came with population figures you did not have: Council 2031 (EU-27), from a link (Council Decision (EU, Euratom) 2030/9999).').textContent()).toMatch(
      /Who made the link cannot be known: check the figures against that decision on EUR-Lex/,
    );
    await shoot(other, 'figures-from-link', 'laptop');
    expect(await axeViolations(other, 'figures that came with a link')).toEqual([]);
    await other.reload();
    await expect.poll(() => verdict(other)).toBe(before);
    await fresh.close();

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export library' }).click()]);
    const text = await downloaded(file).then((b) => b.toString('utf8'));
    const fresh2 = await app.context().browser()!.newContext({ viewport: { width: 1366, height: 768 } });
    const third = await fresh2.newPage();
    await third.goto(app.baseUrl);
    await third.locator('input[type=file][accept="application/json,.json"]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    // The saved list and the notice load their code once there is something to show.
    await expect.poll(() => third.locator('.saved__name').allTextContents()).toEqual(['On the 2031 figures']);
    await expect.poll(() => third.getByText('The file came with population figures you did not have').count()).toBe(1);
    expect(await third.getByLabel('Population figures').locator('option', { hasText: 'Council 2031 (EU-27), from a file' }).count()).toBe(1);
    await third.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => verdict(third)).toBe(before);
    await fresh2.close();
  });
});

describe('figures a hostile sender made', () => {
  it('are refused from a link and from a file, storing nothing; a text too long for a table never reaches the box', async () => {
    const page = await app.open();
    const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('council-vote.figures.')));
    // A link whose table drops Malta (the total adjusted to match).
    const eu26 = { ...plain, codes: EU27.filter((c) => c !== 'MT') };
    const bytes = new TextEncoder().encode(JSON.stringify({ datasetId: 'added-2031-01-01', rule: 'qmv', positions: 'u'.repeat(26), figures: tableJson(eu26) }));
    await page.goto(`${app.baseUrl}#v=3&z=${toBase64Url(await deflate(bytes))}&c=${crc32Hex(bytes)}`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/this link were refused \(no row for Malta: the Union had 27 members on 2031-01-01\); nothing was used\./);
    expect(await stored()).toEqual([]);

    // A scenario file whose table has 28 members in 2031.
    const file = JSON.stringify({ format: 'council-vote-scenario', version: 2, scenario: { datasetId: 'added-2031-01-01', rule: 'qmv', positions: {} }, figures: [tableJson({ ...plain, codes: EU28 })] });
    await page.locator('input[type=file][accept="application/json,.json"]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => page.getByText(/^Nothing was imported\./).textContent()).toMatch(/United Kingdom was not a member of the Union on 2031-01-01/);
    expect(await stored()).toEqual([]);

    await page.getByRole('button', { name: 'Add official figures…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add official figures' });
    await dialog.locator('input[type=file]').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from('x'.repeat(5_000_000)) });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/5,000,000 characters long, more than the 100,000/);
    await dialog.locator('input[type=file]').setInputFiles({ name: 'lines.txt', mimeType: 'text/plain', buffer: Buffer.from('\n'.repeat(100_000)) });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/100,001 lines, more than the 5,000/);
    expect(await dialog.getByLabel('Annex III table').inputValue()).toBe('');
  });
});
