/**
 * `npm run bench:ui`: the production build in Chromium with the CPU throttled 4x (a mid-range
 * phone), timed where the user feels it:
 * - click to verdict: a member's position clicked, until the verdict text changes (~30 clicks);
 * - cold load to interactive: an empty cache, until the verdict and the member controls are in
 *   the page and a frame has passed; the same for a shared link (a scenario in the address);
 * - Council votes filter: a filter changed until the results count updates (votesLatency.ts).
 * Timing happens inside the page (performance.now, MutationObserver), so Playwright's own
 * round trips are not counted. Informational: exits 0 whatever the numbers.
 *
 * It drives the UI through this contract: one radio group per member, named with the country's
 * English short name ("Germany"), with radios "Yes", "No", "Abstain", "Not participating",
 * "Undecided"; the verdict is a role="status" element whose text begins with "Adopted",
 * "Not adopted" or "Depends".
 */
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { launchChromium, launchOptions, newContext } from '../e2e/chromium';
import { servePreview } from '../e2e/server';
import { formatBudget, formatMs, formatTable, median } from './harness';
import { measureVotesFilter, openVotesPanel, VOTES_TARGET_MS, type VotesMeasures } from './votesLatency';

const THROTTLE = 4;
const CLICKS = 30;
const COLD_LOADS = 5;
const CLICK_TARGET_MS = 10;
const LOAD_TARGET_MS = 1000;
const FIND_TIMEOUT_MS = 10_000;
const CLICK_TIMEOUT_MS = 2_000;
/** Matches the verdict status text (the contract); kept as source so the page can rebuild it. */
const VERDICT_SOURCE = '^\\s*(Adopted|Not adopted|Depends)';
/** `BENCH_VIEW=table npm run bench:ui` measures the compact table instead of the default list. */
const VIEW = process.env.BENCH_VIEW;

/** A fresh context that starts in the member view asked for (through the app's stored choice). */
async function benchContext(browser: Browser) {
  const context = await newContext(browser);
  if (VIEW) await context.addInitScript((v) => localStorage.setItem('council-vote.view', v), VIEW);
  return context;
}

/** The contract's verdict element, when the page shows one. */
function verdictElement(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: new RegExp(VERDICT_SOURCE) })
    .first();
}

function member(page: Page, name: string) {
  return page.getByRole('radiogroup', { name, exact: true });
}

function option(page: Page, memberName: string, label: string) {
  return member(page, memberName).getByRole('radio', { name: label, exact: true });
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

async function hasCalculator(page: Page): Promise<boolean> {
  try {
    await verdictElement(page).waitFor({ timeout: FIND_TIMEOUT_MS });
    await option(page, 'Germany', 'Yes').waitFor({ timeout: FIND_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}

/**
 * One cold load in a fresh context (empty cache): milliseconds from navigation start until the
 * verdict and a member radio group are in the DOM and the next frame has run.
 */
async function coldLoad(browser: Browser, url: string): Promise<number> {
  const context = await benchContext(browser);
  try {
    const page = await context.newPage();
    await throttle(page);
    await page.addInitScript((source: string) => {
      const verdict = new RegExp(source);
      const ready = () =>
        Array.from(document.querySelectorAll('[role="status"]')).some((s) => verdict.test(s.textContent ?? '')) &&
        document.querySelector('[role="radiogroup"] input[type="radio"], [role="radiogroup"] [role="radio"]') !== null;
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => ((window as unknown as { __interactiveAt: number }).__interactiveAt = performance.now())),
        );
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }, VERDICT_SOURCE);
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(
      () => (window as unknown as { __interactiveAt?: number }).__interactiveAt,
      undefined,
      {
        timeout: 30_000,
      },
    );
    return (await at.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/**
 * Clicks `first` and `second` in turn and times, in the page, each click until the verdict
 * text changes. Throws if a click leaves the text as it was.
 */
async function clickToVerdict(
  page: Page,
  first: ElementHandle,
  second: ElementHandle,
  clicks: number,
): Promise<number[]> {
  return page.evaluate(
    async ({ radios, clicks, source, timeoutMs }) => {
      const verdict = new RegExp(source);
      const text = () =>
        Array.from(document.querySelectorAll('[role="status"]'))
          .map((s) => s.textContent ?? '')
          .find((t) => verdict.test(t));
      const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
      const times: number[] = [];
      for (let i = 0; i < clicks; i++) {
        const before = text();
        const changed = new Promise<number>((resolve, reject) => {
          // The whole body: the status element may be re-rendered rather than updated.
          const observer = new MutationObserver(() => {
            if (text() === before) return;
            const at = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            resolve(at);
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the verdict text stayed "${before}"`));
          }, timeoutMs);
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        const start = performance.now();
        (radios[i % 2] as HTMLElement).click();
        times.push((await changed) - start);
        await settle();
      }
      return times;
    },
    { radios: [first, second], clicks, source: VERDICT_SOURCE, timeoutMs: CLICK_TIMEOUT_MS },
  );
}

async function setAll(page: Page, label: string): Promise<void> {
  const groups = page
    .getByRole('radiogroup')
    .filter({ has: page.getByRole('radio', { name: 'Undecided', exact: true }) });
  for (const group of await groups.all()) await group.getByRole('radio', { name: label, exact: true }).click();
}

async function radio(page: Page, memberName: string, label: string): Promise<ElementHandle> {
  return (await option(page, memberName, label).elementHandle())!;
}

/**
 * Germany between Yes and No with everyone else in favour: the verdict stays "Adopted" but its
 * figures change. If the status shows no figures, falls back to a toggle that flips the verdict
 * itself: with Germany, France and Italy against, Spain completes a blocking minority or not.
 */
async function measureClicks(page: Page): Promise<{ times: number[]; scenario: string }> {
  await setAll(page, 'Yes');
  await throttle(page);
  const scenario = 'Germany Yes/No, all others Yes';
  try {
    return {
      times: await clickToVerdict(
        page,
        await radio(page, 'Germany', 'No'),
        await radio(page, 'Germany', 'Yes'),
        CLICKS,
      ),
      scenario,
    };
  } catch (e) {
    console.log(`Note: ${scenario}: ${(e as Error).message}; toggling Spain against DE, FR, IT instead.`);
  }
  await option(page, 'Germany', 'Yes').click();
  for (const name of ['Germany', 'France', 'Italy']) await option(page, name, 'No').click();
  const times = await clickToVerdict(page, await radio(page, 'Spain', 'No'), await radio(page, 'Spain', 'Yes'), CLICKS);
  return { times, scenario: 'Spain Yes/No, DE FR IT No, all others Yes' };
}

export const UI_BUDGETS = {
  clickMs: CLICK_TARGET_MS,
  loadMs: LOAD_TARGET_MS,
  votesMs: VOTES_TARGET_MS,
  throttle: THROTTLE,
} as const;

export interface UiMeasures {
  readonly browser: string;
  /** Cold loads to interactive, in milliseconds. */
  readonly loads: readonly number[];
  /** Cold loads of a shared link (Germany against, in the address) to interactive, in milliseconds. */
  readonly linkLoads: readonly number[];
  /** Clicks to verdict, in milliseconds, and the scenario they toggled. */
  readonly clicks: readonly number[];
  readonly scenario: string;
  /** Council votes: Member any ↔ Poland and search "" ↔ "climate", throttled and not, or why not measured. */
  readonly votes: VotesMeasures | { readonly skipped: string };
}

/** The votes panel in its own page, opened unthrottled, then timed throttled. */
async function measureVotes(browser: Browser, url: string): Promise<UiMeasures['votes']> {
  const context = await benchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await openVotesPanel(page);
    const unthrottled = await measureVotesFilter(page);
    await throttle(page);
    return { ...(await measureVotesFilter(page)), unthrottled };
  } catch (e) {
    return { skipped: (e as Error).message.split('\n')[0]! };
  } finally {
    await context.close();
  }
}

/** Serves `root`'s dist/ (this project's by default), measures in Chromium, and returns the samples, or why it could not. */
export async function measureUi(root?: string): Promise<UiMeasures | { readonly skipped: string }> {
  let server: Awaited<ReturnType<typeof servePreview>>;
  try {
    server = await servePreview(root);
  } catch (e) {
    return { skipped: (e as Error).message };
  }
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await (await benchContext(browser)).newPage();
    await page.goto(server.url);
    if (!(await hasCalculator(page))) return { skipped: 'calculator screen not found' };
    const loads: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) loads.push(await coldLoad(browser, server.url));
    // A shared link: the address holds the scenario on screen once a position is set.
    await option(page, 'Germany', 'No').click();
    await page.waitForFunction(() => location.hash.length > 1);
    const link = page.url();
    const linkLoads: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) linkLoads.push(await coldLoad(browser, link));
    const { times, scenario } = await measureClicks(page);
    const votes = await measureVotes(browser, server.url);
    return {
      votes,
      browser: `Chromium ${browser.version()} (${launchOptions.executablePath})`,
      loads,
      linkLoads,
      clicks: times,
      scenario,
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

export async function main(): Promise<void> {
  const m = await measureUi();
  if ('skipped' in m) {
    console.log(m.skipped);
    return;
  }
  if ('skipped' in m.votes) console.log(`Council votes not measured: ${m.votes.skipped}`);
  console.log(`${m.browser}, CPU throttled ${THROTTLE}x${VIEW ? `, ${VIEW} view` : ''}\n`);
  const row = (name: string, xs: readonly number[], target: number) => [
    name,
    formatMs(median(xs)),
    String(xs.length),
    formatMs(Math.min(...xs)),
    formatMs(Math.max(...xs)),
    formatBudget(median(xs), target, formatMs),
  ];
  console.log(
    formatTable(
      ['measure', 'median', 'samples', 'min', 'max', 'target'],
      [
        row(`click to verdict (${m.scenario})`, m.clicks, CLICK_TARGET_MS),
        row('cold load to interactive', m.loads, LOAD_TARGET_MS),
        row('cold load of a shared link', m.linkLoads, LOAD_TARGET_MS),
        ...('skipped' in m.votes
          ? []
          : [
              row('votes: Member any/Poland, to count', m.votes.member.count, VOTES_TARGET_MS),
              row('votes: Member any/Poland, to next frame', m.votes.member.frame, VOTES_TARGET_MS),
              row('votes: search ""/"climate", to count', m.votes.search.count, VOTES_TARGET_MS),
              row('votes: search ""/"climate", to next frame', m.votes.search.frame, VOTES_TARGET_MS),
              row('votes, no throttling: Member, to next frame', m.votes.unthrottled.member.frame, VOTES_TARGET_MS),
              row('votes, no throttling: search, to next frame', m.votes.unthrottled.search.frame, VOTES_TARGET_MS),
            ]),
      ],
    ),
  );
}
