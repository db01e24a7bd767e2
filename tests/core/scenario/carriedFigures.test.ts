import { addedDatasetJson } from '../../../src/core/data/addedFigures';
import { receivedFigures, sameTable } from '../../../src/core/data/carriedFigures';
import type { Dataset } from '../../../src/core/data/dataset';
import { DATASETS, electorateOf, setAddedDatasets } from '../../../src/core/data/datasets';
import { evaluate } from '../../../src/core/rules/evaluate';
import { ruleOf } from '../../../src/core/rules/vote';
import { crc32Hex, deflate, toBase64Url } from '../../../src/core/scenario/linkBytes';
import { decodeLink, encodeLink } from '../../../src/core/scenario/link';
import type { Scenario } from '../../../src/core/scenario/scenario';
import { added2031, other2031, vote } from './figuresFixtures';

const linkOf = async (s: Scenario) => {
  setAddedDatasets([added2031]);
  try {
    return await encodeLink(s);
  } finally {
    setAddedDatasets([]);
  }
};

/** A link whose checksum is right but whose payload is `payload`: as a program would make it. */
async function handMade(payload: object): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return `v=3&z=${toBase64Url(await deflate(bytes))}&c=${crc32Hex(bytes)}`;
}
const messageOf = async (link: string, known?: readonly Dataset[]) => {
  const r = await decodeLink(link, known);
  return r.ok ? 'opened' : r.error.message;
};

afterEach(() => setAddedDatasets([]));

describe('share links with figures the user added', () => {
  it('carry the figures to a receiver who has none: the same scenario, the same verdict, nothing stored', async () => {
    const link = await linkOf(vote());
    // 27 members in persons with the decision, a name and a member note: 823 characters (measured).
    expect(link.length).toBeLessThan(900);
    const r = await decodeLink(link, DATASETS);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.scenario).toEqual(vote());
    expect(r.value.figures?.relation).toBe('new');
    const carried = r.value.figures!.dataset;
    // The receiving app's own label, confidence and note, not the sender's.
    expect(carried).toEqual({ ...added2031, label: 'Council 2031 (EU-27)', provenance: { ...added2031.provenance, confidence: 'medium', note: 'Came with a link; who made it cannot be known. Not compared with the Official Journal.' } });
    const sent = evaluate(electorateOf(added2031), vote().positions, ruleOf('qmv'));
    expect(evaluate(electorateOf(carried), r.value.scenario.positions, ruleOf('qmv'))).toEqual(sent);
    expect(DATASETS.some((d) => d.id === added2031.id)).toBe(false);
  });

  it('states the length of a link with a 27-member persons table', async () => {
    const plain = await encodeLink({ ...vote(), datasetId: 'council-2025' as Scenario['datasetId'] });
    const link = await linkOf(vote());
    // Measured: the figures add about 660 characters to a scenario's link (107 without them).
    expect(link.length - plain.length).toBeGreaterThan(500);
    expect(link.length - plain.length).toBeLessThan(750);
  });

  it('use the receiver’s own table when it is the same (label and note may differ)', async () => {
    const theirs = receivedFigures(added2031, 'link', '2031-02-01');
    const r = await decodeLink(await linkOf(vote()), [...DATASETS, theirs]);
    expect(r.ok && r.value.figures).toEqual({ dataset: theirs, relation: 'same' });
    expect(r.ok && r.value.scenario).toEqual(vote());
  });

  it('are refused, naming both tables, when the receiver has other figures under the same id', async () => {
    const message = await messageOf(await linkOf(vote()), [...DATASETS, other2031]);
    expect(message).toMatch(/^This link cannot be opened: the population figures in this link \(Council 2031 \(EU-27\) \(2031-01-01 to 2031-12-31, Council Decision \(EU, Euratom\) 2030\/9999\)\) differ from your figures under the same name, Council 2031/);
    expect(message).toMatch(/Yours were kept; to use the others, remove yours first\.$/);
  });

  it('are refused when their period overlaps other figures the receiver has, named by their label', async () => {
    const july = { ...other2031, id: 'added-2031-07-01', label: 'Council 2031 (EU-27, from 2031-07-01), added by you', period: { from: '2031-07-01', to: '2031-12-31' } } as Dataset;
    expect(await messageOf(await linkOf(vote()), [...DATASETS, july])).toMatch(/cannot sit beside figures already among yours for an overlapping period, Council 2031 \(EU-27, from 2031-07-01\), added by you \(2031-07-01 to 2031-12-31/);
    // Kept from a file: the message names it so, and does not say the receiver added it.
    const fromFile = receivedFigures(july, 'file', '2031-03-01');
    const message = await messageOf(await linkOf(vote()), [...DATASETS, fromFile]);
    expect(message).toMatch(/cannot sit beside figures already among yours for an overlapping period, Council 2031 \(EU-27, from 2031-07-01\), from a file \(2031-07-01 to 2031-12-31/);
    expect(message).not.toMatch(/you added/);
  });

  it('name damaged figures inside an otherwise valid link, and open nothing', async () => {
    const json = addedDatasetJson(added2031) as { members: { code: string; population: number }[] };
    const damaged = { ...json, members: json.members.map((m, i) => (i === 0 ? { ...m, population: m.population + 1 } : m)) };
    const link = await handMade({ datasetId: added2031.id, rule: 'qmv', positions: 'y'.repeat(27), figures: damaged });
    expect(await messageOf(link, DATASETS)).toBe(
      `This link cannot be opened: the population figures in this link are damaged (total is ${added2031.total} but the members add up to ${added2031.total + 1}), so nothing was used.`,
    );
    const long = await handMade({ datasetId: added2031.id, rule: 'qmv', positions: 'y'.repeat(27), figures: { ...json, label: 'x'.repeat(100_000) } });
    expect(await messageOf(long, DATASETS)).toBe('This link cannot be opened: the population figures in this link are damaged (their label is longer than 120 characters), so nothing was used.');
    const shipped = await handMade({ datasetId: added2031.id, rule: 'qmv', positions: 'y'.repeat(27), figures: { ...json, id: 'council-2031' } });
    expect(await messageOf(shipped, DATASETS)).toMatch(/^This link cannot be opened: the population figures in this link are damaged \(.*id must start with "added-"/);
  });

  it('are refused when they are not the figures of the link’s scenario', async () => {
    const link = await handMade({ datasetId: 'council-2025', rule: 'qmv', positions: 'y'.repeat(27), figures: addedDatasetJson(added2031) });
    expect(await messageOf(link, DATASETS)).toBe('This link cannot be opened: its population figures ("added-2031-01-01") are not those of its scenario ("council-2025").');
  });

  it('say so when the link was cut inside the figures', async () => {
    const link = await linkOf(vote());
    const cut = link.slice(0, link.indexOf('z=') + 400);
    expect(await messageOf(cut, DATASETS)).toMatch(/cut short .*inside the population figures it carries/);
  });

  it('keep the figures when a link was cut only in its notes', async () => {
    const long = { ...vote(), note: 'x'.repeat(3000).replace(/x/g, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))) };
    const link = await linkOf(long);
    const r = await decodeLink(link.slice(0, link.indexOf('&c=') - 200), DATASETS);
    expect(r.ok && r.value.damage?.kind).toBe('cut');
    expect(r.ok && r.value.figures?.relation).toBe('new');
  });

  it('are kept by a receiver under a label and note that say where they came from', () => {
    const kept = receivedFigures(added2031, 'link', '2031-02-01');
    expect(kept.label).toBe('Council 2031 (EU-27), from a link');
    expect(kept.provenance.note).toMatch(/^Came with a shared link on 2031-02-01; who made it cannot be known\. Check these figures against Council Decision \(EU, Euratom\) 2030\/9999 on EUR-Lex\./);
    expect(sameTable(kept, added2031)).toBe(true);
    expect(receivedFigures({ ...added2031, provenance: { ...added2031.provenance, address: 'https://example.org/x' } }, 'file', '2031-02-01').provenance.address).toBe('https://eur-lex.europa.eu/');
  });
});
