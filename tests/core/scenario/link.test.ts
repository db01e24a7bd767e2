import fc from 'fast-check';
import { decodeLink, encodeLink, LINK_MIGRATIONS, PACKED_SCENARIO_VERSION, uncheckedOf } from '../../../src/core/scenario/link';
import { noteWrittenFor, SCENARIO_VERSION, uniformScenario } from '../../../src/core/scenario/scenario';
import type { CodeKey } from '../../../src/core/rules/countries';
import { scenarioArb, TYPICAL, v2Link } from './linkFixtures';

const csa = () => {
  const s = uniformScenario('council-2025', 'undecided');
  return { ...s, positions: { ...s.positions, DE: 'no', PL: 'no', AT: 'no', NL: 'no', CZ: 'abstain', IE: 'yes', SE: 'yes' } } as const;
};
const problem = async (link: string) => {
  const r = await decodeLink(link);
  return r.ok ? (r.value.damage?.message ?? 'opened') : r.error.message;
};

describe('share links', () => {
  it('are version 3: the scenario packed and checked, and open back exactly', async () => {
    const link = await encodeLink(csa());
    expect(link).toMatch(/^v=3&z=[A-Za-z0-9_-]+&c=[0-9a-f]{8}$/);
    expect(await decodeLink(`#${link}`)).toEqual({ ok: true, value: { scenario: csa() } });
  });

  it('are short: a typical scenario with notes fits in 600 characters, one without in 120', async () => {
    const withNotes = await encodeLink(TYPICAL);
    expect(withNotes.length).toBeLessThan(600);
    expect(withNotes.length).toBeLessThan(v2Link(TYPICAL).length);
    expect((await encodeLink(csa())).length).toBeLessThan(120);
  });

  it('carry the date of the vote; a link without one opens with no date set; a bad date is refused', async () => {
    const dated = { ...csa(), date: '2019-06-01' };
    expect(await decodeLink(await encodeLink(dated))).toEqual({ ok: true, value: { scenario: dated } });
    const undated = await decodeLink(await encodeLink(csa()));
    expect(undated.ok && 'date' in undated.value.scenario).toBe(false);
    expect(await problem(await encodeLink({ ...csa(), date: '2024-02-30' }))).toMatch(/^This link cannot be opened: .*The date of the vote "2024-02-30" is not a calendar day/);
  });

  it('say a cut link lost the date of the vote by name, and keep the date whole when a later text is cut', async () => {
    const cutEnd = async (link: string) => {
      const cut = link.replace(/&c=.*$/, '');
      return decodeLink(cut.slice(0, cut.length - 4));
    };
    const r = await cutEnd(await encodeLink({ ...csa(), date: '2019-06-01' }));
    expect(r.ok && r.value.damage?.kind).toBe('cut');
    expect(r.ok && r.value.damage?.message).toMatch(/The date of the vote and whatever followed were lost\.$/);
    // What survived opens with no date set, on the figures the link named.
    expect(r.ok && r.value.scenario).toMatchObject({ datasetId: 'council-2025' });
    expect(r.ok && 'date' in r.value.scenario).toBe(false);
    // The date travels before the texts: a link cut in its name still has the date.
    const named = await cutEnd(await encodeLink({ ...csa(), name: 'CSA on Coreper', date: '2019-06-01' }));
    expect(named.ok && named.value.damage?.message).toMatch(/The name and whatever followed were lost\.$/);
    expect(named.ok && named.value.scenario.date).toBe('2019-06-01');
  });

  it('carry the name, the note and member notes, whatever characters they hold', async () => {
    const s = { ...uniformScenario('council-2020', 'yes'), name: 'CSA & <Coreper> #2 %zz', note: '50 % = half? é 😀', memberNotes: { DE: { text: 'scrutiny reservation', position: 'yes' as const } } };
    expect(await decodeLink(await encodeLink(s))).toEqual({ ok: true, value: { scenario: s } });
  });

  it('carry the position a member note was written for, so a note for another position stays marked', async () => {
    const s = { ...uniformScenario('council-2025', 'yes'), memberNotes: { DE: { text: 'Against. Confidence: fairly low.', position: 'no' as const } } };
    const back = await decodeLink(await encodeLink(s));
    expect(back).toEqual({ ok: true, value: { scenario: s } });
    expect(back.ok && noteWrittenFor(back.value.scenario, 'DE' as CodeKey)).toBe('no');
  });

  it('pack the current scenario version: a new scenario version needs a new link version', () => {
    expect(PACKED_SCENARIO_VERSION).toBe(SCENARIO_VERSION);
  });

  it('give a note from an old link the position the member had in it', async () => {
    const s = { ...uniformScenario('council-2025', 'yes'), memberNotes: { DE: { text: 'x', position: 'yes' as const } } };
    expect(await decodeLink(`v=2&d=council-2025&r=qmv&p=${'y'.repeat(27)}&m=${encodeURIComponent('{"DE":"x"}')}`)).toEqual({ ok: true, value: { scenario: s, unchecked: uncheckedOf(s, 2) } });
  });

  it('round-trip every scenario exactly', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        expect(await decodeLink(`#${await encodeLink(s)}`)).toEqual({ ok: true, value: { scenario: s } });
      }),
      { numRuns: 200 },
    );
  });

  it('carry scenario fields through the restore gate, not the codec: unknown fields are dropped there', async () => {
    const s = { ...csa(), future: { DE: 'kept by a newer app' } };
    const r = await decodeLink(await encodeLink(s));
    expect(r.ok && r.value.scenario).toEqual(csa());
  });
});

describe('links of versions 1 and 2 (shared before) still open', () => {
  it('opens the CSA link of version 2 and of version 1', async () => {
    expect(await decodeLink('#v=2&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu')).toEqual({ ok: true, value: { scenario: csa(), unchecked: uncheckedOf(csa(), 2) } });
    expect(await decodeLink('v=1&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu')).toEqual({ ok: true, value: { scenario: csa(), unchecked: uncheckedOf(csa(), 1) } });
  });

  it('say that they carry no check, and what they held', () => {
    expect(uncheckedOf(csa(), 2)).toEqual({
      version: 2,
      members: 7,
      notes: false,
      message: 'This link is in an old format (version 2) that carries no check: had it been cut short, what opened could differ from what was sent, and no one could tell. It held the positions of 7 members and no notes. Share it again for a link in the current format.',
    });
  });

  it('opens every version-2 link exactly as it was written', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        expect(await decodeLink(v2Link(s))).toEqual({ ok: true, value: { scenario: s, unchecked: uncheckedOf(s, 2) } });
      }),
      { numRuns: 200 },
    );
  });

  it('migrates step by step: 1 -> 2 keeps the parts, 2 -> 3 makes the scenario JSON', () => {
    const parts = { fields: new Map([['v', '1'], ['d', 'council-2025'], ['r', 'qmv'], ['p', 'yyy']]), lost: [] };
    expect(LINK_MIGRATIONS[1](parts)).toBe(parts);
    const v2 = { fields: new Map([['v', '2'], ['d', 'council-2025'], ['r', 'qmv'], ['p', 'yyy'], ['n', 'N'], ['t', 'T'], ['m', '{"DE":"x"}']]), lost: [] };
    expect(LINK_MIGRATIONS[2](v2)).toEqual({ ok: true, value: { version: 1, datasetId: 'council-2025', rule: 'qmv', positions: 'yyy', name: 'N', note: 'T', memberNotes: { DE: 'x' } } });
    expect(LINK_MIGRATIONS[2]({ ...v2, fields: new Map([...v2.fields, ['m', '{']]) })).toMatchObject({ ok: false });
  });
});

describe('a damaged link is refused or named, never opened silently changed', () => {
  const p27 = 'nuuununuauyuunuuuuyuuuuuuuu';

  it('refuses a duplicated key and names both values ("this link has two datasets")', async () => {
    expect(await problem(`v=2&d=council-2020&r=qmv&p=${p27}&d=council-2025`)).toBe(
      'This link cannot be opened: it has two datasets ("council-2020" and "council-2025").',
    );
    expect(await problem(`v=2&d=council-2025&r=qmv&p=${p27}&r=simple`)).toMatch(/it has two rules/);
    expect(await problem(`v=2&d=council-2025&r=qmv&p=${p27}&t=a&t=b`)).toMatch(/it has two notes/);
    const link = await encodeLink(csa());
    expect(await problem(`${link}&${link.split('&')[1]}`)).toMatch(/it has two scenarios/);
    expect(await problem(`${link}&v=3`)).toMatch(/it has two version numbers/);
  });

  it('opens the rest of a link with an unknown key and says what was left out', async () => {
    const r = await decodeLink(`v=2&d=council-2025&r=qmv&p=${p27}&n=CSA&u=Coreper%208%20October`);
    expect(r.ok && r.value.scenario).toEqual({ ...csa(), name: 'CSA' });
    expect(r.ok && r.value.damage).toEqual({
      kind: 'partial',
      message: 'In this link, a part this app does not know was left out ("u=Coreper%208%20October"): the rest was opened.',
    });
  });

  it('never shows U+FFFD for a damaged escape: the text is left out and named', async () => {
    const r = await decodeLink(`v=2&d=council-2025&r=qmv&p=${p27}&n=Caf%C3&t=Fine`);
    expect(r.ok && r.value.scenario).toEqual({ ...csa(), note: 'Fine' });
    expect(r.ok && r.value.damage?.message).toBe('In this link, the name could not be read (a damaged "%" escape): the rest was opened.');
    expect(await problem(`v=2&d=council-2025&r=qmv&p=${p27}&t=50%zz`)).toBe(
      'In this link, the note could not be read (a damaged "%" escape): the rest was opened.',
    );
    expect(await problem(`v=2&d=council%E2-2025&r=qmv&p=${p27}`)).toBe(
      'This link cannot be opened: its dataset could not be read (a damaged "%" escape in "council%E2-2025").',
    );
  });

  it('offers what survived of a cut link, and says what was lost', async () => {
    const link = await encodeLink(TYPICAL);
    const cut = link.slice(0, Math.floor(link.length * 0.7));
    const r = await decodeLink(cut);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.damage?.kind).toBe('cut');
    expect(r.value.damage?.message).toMatch(/^This link was cut short \(mail programs sometimes cut long addresses\)\. What survived: the dataset, the rule, the positions, the name "CSA regulation — Coreper 8 October" and the note\. Whatever followed was lost\.$/);
    expect(r.value.scenario).toEqual({ datasetId: TYPICAL.datasetId, rule: TYPICAL.rule, positions: TYPICAL.positions, name: TYPICAL.name, note: TYPICAL.note });
  });

  it('refuses a cut link when too little survived, and a link whose checksum does not match', async () => {
    const link = await encodeLink(TYPICAL);
    expect(await problem(link.slice(0, 40))).toBe(
      'This link cannot be opened: it was cut short (mail programs sometimes cut long addresses), and too little of it survived to open.',
    );
    expect(await problem('v=3&')).toMatch(/cut short .* none of the scenario survived/);
    const flipped = link.replace(/c=(.)/, (_, d: string) => `c=${d === '0' ? '1' : '0'}`);
    expect(await problem(flipped)).toBe('This link cannot be opened: it is damaged (its checksum does not match), so nothing in it can be trusted.');
  });

  it('quotes at most about 80 characters of a huge link', async () => {
    const huge = 'x'.repeat(1_000_000);
    for (const link of [`v=${huge}`, `v=2&d=${huge}&r=qmv&p=${p27}`, `v=2&d=council-2025&r=qmv&p=${p27}&${huge}=1`, `v=2&d=a&d=${huge}&r=qmv&p=y`, `v=3&z=${huge}!`]) {
      expect((await problem(link)).length).toBeLessThan(250);
    }
  });

  it.each([
    ['', 'This link cannot be opened: it has no version.'],
    ['v=9&d=council-2025&r=qmv&p=y', 'This link cannot be opened: version "9" is not known.'],
    [`v=2&d=council-2025&r=qmv&p=${'y'.repeat(27)}&m={`, 'This link cannot be opened: its member notes are garbled.'],
    [`v=2&d=council-2025&r=qmv&p=${'y'.repeat(27)}&m={"UK":"x"}`, 'This link cannot be opened: A note is attached to UK, which is not a member.'],
    ['v=1&d=council-1999&r=qmv&p=y', 'This link cannot be opened: the population figures "council-1999" are not known.'],
    ['v=1&d=council-2025&r=qmv&p=yyy', 'This link cannot be opened: it has 3 positions for 27 members.'],
    ['v=1&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyx', 'This link cannot be opened: "x" is not a position (at MT).'],
    ['v=1&d=council-2025&r=maybe&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy', 'This link cannot be opened: Unknown voting rule "maybe".'],
    ['v=1&d=council-2025&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy', 'This link cannot be opened: it has no rule.'],
    [`v=1&d=council-2025&r=qmv&p=${'y'.repeat(27)}&n=Name`, 'In this link, a part this app does not know was left out ("n=Name"): the rest was opened.'],
  ])('names what is wrong with %j', async (link, message) => {
    expect(await problem(link)).toBe(message);
  });
});
