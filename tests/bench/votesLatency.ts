/**
 * Part of `npm run bench:ui`: the Council votes panel opened in the built app, then a filter
 * changed — Member between "any" and Poland, the search between "" and "climate" — timed in the
 * page from the change until the results count ("1,438 votes match") shows the new number, and
 * until the frame after it (the list drawn). Informational only, like the rest of bench:ui.
 *
 * Contract: the panel opens from a summary "Council votes: the public voting record, 2010–2023";
 * a select labelled "Member" and a search field labelled "Search title or procedure code"; the
 * count is an aria-live paragraph "N votes match" / "1 vote matches".
 */
import type { ElementHandle, Page } from 'playwright-core';

const CHANGES = 20;
const TIMEOUT_MS = 5_000;
/** The record's count, not the reported votes' ("5 reported votes match"). */
const COUNT_SOURCE = '^\\s*[\\d,.\\s\\u202f]+ votes? match';
export const VOTES_TARGET_MS = 50;

export interface VotesTimings {
  /** Filter change to the count text updated, ms. */
  readonly count: readonly number[];
  /** Filter change to the next frame after the count updated (the list painted), ms. */
  readonly frame: readonly number[];
}

export interface VotesMeasures {
  readonly member: VotesTimings;
  readonly search: VotesTimings;
  readonly unthrottled: { readonly member: VotesTimings; readonly search: VotesTimings };
}

export async function openVotesPanel(page: Page): Promise<void> {
  await page.getByText('Council votes: the public voting record, 2010–2023').click();
  const count = page.getByText(/^1,438 votes match$/);
  await count.waitFor({ timeout: 30_000 });
  // Where a user filtering looks: the filters, the count and the first results on screen.
  await count.evaluate((e) => e.scrollIntoView({ block: 'center' }));
}

/**
 * Sets `control` to `values[i % 2]` in turn (as React sees a user's change: the native value
 * setter, then the event) and times each change in the page.
 */
async function timeChanges(
  page: Page,
  control: ElementHandle,
  values: readonly [string, string],
): Promise<VotesTimings> {
  return page.evaluate(
    async ({ el, values, changes, source, timeoutMs }) => {
      const re = new RegExp(source);
      const text = () =>
        Array.from(document.querySelectorAll('[aria-live]'))
          .map((e) => e.textContent ?? '')
          .find((t) => re.test(t));
      const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      const setValue = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
      const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150)));
      const count: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < changes; i++) {
        const before = text();
        const changed = new Promise<number>((resolve, reject) => {
          const observer = new MutationObserver(() => {
            if (text() === before) return;
            const at = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            resolve(at);
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the count stayed "${before}"`));
          }, timeoutMs);
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        const start = performance.now();
        setValue.call(el, values[i % 2]);
        el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
        const at = await changed;
        const painted = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
        );
        count.push(at - start);
        frame.push(painted - start);
        await settle();
      }
      return { count, frame };
    },
    { el: control, values, changes: CHANGES, source: COUNT_SOURCE, timeoutMs: TIMEOUT_MS },
  );
}

/** With the panel open: Member any ↔ Poland, then search "" ↔ "climate". */
export async function measureVotesFilter(page: Page): Promise<{ member: VotesTimings; search: VotesTimings }> {
  const member = (await page.getByRole('combobox', { name: 'Member', exact: true }).elementHandle())!;
  const search = (await page.getByLabel('Search title or procedure code').elementHandle())!;
  return {
    member: await timeChanges(page, member, ['PL', '']),
    search: await timeChanges(page, search, ['climate', '']),
  };
}
