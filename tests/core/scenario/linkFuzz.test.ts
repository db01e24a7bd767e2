/**
 * Fuzzing the link decoder with mutations of real links: any string either opens exactly the
 * scenario it was made from, or comes with a specific message — never a silent change.
 * The seed is printed; rerun a failure with LINK_FUZZ_SEED=<seed>.
 */
import fc from 'fast-check';
import { decodeLink, encodeLink } from '../../../src/core/scenario/link';
import type { Scenario } from '../../../src/core/scenario/scenario';
import { scenarioArb, TYPICAL, v2Link } from './linkFixtures';

const SEED = Number(process.env.LINK_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = 10_000;

interface Source {
  readonly scenario: Scenario;
  readonly link: string;
  /** Version 2 had no checksum: a changed letter there cannot be noticed, only the strict reading. */
  readonly checked: boolean;
}

const sources: Source[] = [];
beforeAll(async () => {
  const scenarios = [TYPICAL, ...fc.sample(scenarioArb, { seed: 7, numRuns: 15 })];
  for (const s of scenarios) {
    sources.push({ scenario: s, link: await encodeLink(s), checked: true });
    sources.push({ scenario: s, link: v2Link(s), checked: false });
  }
});

type Mutation = { readonly kind: 'cut' | 'duplicate' | 'unknown' | 'escape' | 'flip'; readonly at: number; readonly pick: number };

function mutate(link: string, m: Mutation): string {
  const parts = link.split('&');
  const part = parts[m.at % parts.length]!;
  switch (m.kind) {
    case 'cut':
      return link.slice(0, m.at % link.length);
    case 'duplicate': {
      const [key, value = ''] = part.split(/=(.*)/s);
      const other = m.pick % 2 === 0 ? value : `${value.slice(0, -1)}${value.endsWith('y') ? 'n' : 'y'}`;
      return [...parts.slice(0, (m.pick % (parts.length + 1))), `${key}=${other}`, ...parts.slice(m.pick % (parts.length + 1))].join('&');
    }
    case 'unknown': {
      const key = 'uxqZ_'[m.pick % 5]!;
      return parts.map((p, i) => (i === m.at % parts.length ? p.replace(/^[^=]*/, key) : p)).join('&');
    }
    case 'escape': {
      const bad = ['%%', '%zz', '%C3x', '%FF', '%E2%82'][m.pick % 5]!;
      const at = m.at % (link.length + 1);
      return link.slice(0, at) + bad + link.slice(at);
    }
    case 'flip': {
      const at = m.at % link.length;
      return link.slice(0, at) + String.fromCharCode(link.charCodeAt(at) ^ (1 << m.pick % 7)) + link.slice(at + 1);
    }
  }
}

const mutationArb = fc.record({
  source: fc.nat(),
  kind: fc.constantFrom('cut', 'duplicate', 'unknown', 'escape', 'flip'),
  at: fc.nat(),
  pick: fc.nat(),
});

const SPECIFIC = /^(This link cannot be opened: .+|In this link, .+: the rest was opened\.|This link was cut short .+)$/s;

describe(`the link decoder, fuzzed (seed ${SEED})`, () => {
  it(`opens exactly what was encoded or says what is wrong, over ${RUNS} mutated links`, async () => {
    console.log(`link fuzz seed: ${SEED} (LINK_FUZZ_SEED=${SEED} to rerun)`);
    await fc.assert(
      fc.asyncProperty(mutationArb, async ({ source, ...m }) => {
        const { scenario, link, checked } = sources[source % sources.length]!;
        const text = mutate(link, m);
        const r = await decodeLink(text);
        const message = r.ok ? r.value.damage?.message : r.error.message;
        if (message === undefined) {
          // Opened with no message: it must be exactly the scenario the link was made from. An old
          // link has no checksum, so a changed character or a cut can go unseen there (only there).
          if (checked || (m.kind !== 'flip' && m.kind !== 'cut')) expect(r.ok && r.value.scenario).toEqual(scenario);
        } else {
          expect(message).toMatch(SPECIFIC);
          expect(message.length).toBeLessThan(600);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000);

  it('says something specific for a new link cut at every length', async () => {
    for (const { link, scenario } of sources.filter((s) => s.checked).slice(0, 4)) {
      for (let n = 0; n < link.length; n++) {
        const r = await decodeLink(link.slice(0, n));
        const message = r.ok ? r.value.damage?.message : r.error.message;
        expect(message, `cut at ${n}`).toMatch(SPECIFIC);
      }
      expect(await decodeLink(link)).toEqual({ ok: true, value: { scenario } });
    }
  });
});
