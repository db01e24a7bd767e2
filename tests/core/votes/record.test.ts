/**
 * The whole shipped voting record: every vote parses, opens as a scenario on the members and
 * rule of its date, and evaluates as adopted — the recorded outcome. Exceptions are listed with why.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { voteRecord, findVote } from '../../../src/core/votes/corpus';
import { recordFromCsv } from '../../../src/core/votes/csvImport';
import { parseVoteRecord } from '../../../src/core/votes/record';
import { evaluateVote, voteScenario } from '../../../src/core/votes/voteScenario';
import { encodeLink, decodeLink } from '../../../src/core/scenario/link';

const votes = voteRecord().votes;

describe('the shipped record', () => {
  it('holds 1,438 votes: the 1,440 of the source less the two the register contradicts', () => {
    expect(votes).toHaveLength(1438);
    expect(voteRecord().excluded.map((e) => e.id)).toEqual(['4637', '4782']);
    expect(findVote('4637')).toBeUndefined();
    expect(votes.filter((v) => v.rule === 'qmv')).toHaveLength(1324);
    expect(votes.filter((v) => v.rule === 'unanimity')).toHaveLength(113);
    expect(votes.filter((v) => v.rule === 'reinforced').map((v) => v.id)).toEqual(['4658']);
    expect(votes[0]!.date).toBe('2010-02-15');
    expect(votes.at(-1)!.date).toBe('2023-09-18');
  });

  it('is what the import script makes of the CSV shipped beside it', () => {
    const csv = readFileSync(resolve(__dirname, '../../../data/votes/ceu-public-votes-2010-2023.csv'), 'utf8');
    const shipped = JSON.parse(readFileSync(resolve(__dirname, '../../../data/votes/council-votes.json'), 'utf8'));
    const made = recordFromCsv(csv, shipped.source, shipped.excluded);
    expect(made.ok).toBe(true);
    expect(made.ok && made.value).toEqual(shipped);
  });

  it('writes members as the Council does (EL for Greece, UK)', () => {
    const codes = new Set(votes.flatMap((v) => [...v.lists.yes, ...v.lists.no, ...v.lists.abstain, ...v.lists.absent]));
    expect(codes.has('EL' as never)).toBe(true);
    expect(codes.has('UK' as never)).toBe(true);
    expect(codes.has('GR' as never)).toBe(false);
  });
});

describe('every recorded vote opened and evaluated under the rule of its date', () => {
  const opened = votes.map((v) => ({ v, vs: voteScenario(v)! }));

  it('opens on the members of its date', () => {
    for (const { v, vs } of opened) {
      expect(vs, v.id).toBeDefined();
      const members = v.date < '2013-07-01' ? 27 : v.date < '2020-02-01' ? 28 : 27;
      expect(vs.membership.members, v.id).toHaveLength(members);
      expect(vs.membership.members.includes('HR'), v.id).toBe(v.date >= '2013-07-01');
      expect(vs.membership.members.includes('UK'), v.id).toBe(v.date < '2020-02-01');
    }
  });

  it('uses the Nice weights before 1 Nov 2014, both rules until 31 Mar 2017, the double majority after', () => {
    const qmv = opened.filter(({ v }) => v.rule === 'qmv');
    for (const { v, vs } of qmv) {
      const expected = v.date < '2014-11-01' ? ['nice'] : v.date <= '2017-03-31' ? ['qmv', 'nice'] : ['qmv'];
      expect(vs.rules, v.id).toEqual(expected);
    }
    expect(opened.find(({ v }) => v.id === '4658')!.vs.rules).toEqual(['reinforced']);
  });

  it('is adopted under every rule of its date — no exception in the shipped record', () => {
    const notAdopted: string[] = [];
    let evaluations = 0;
    for (const { v, vs } of opened) {
      const results = evaluateVote(vs);
      if (!results.ok) {
        notAdopted.push(`${v.id}: ${results.error.message}`);
        continue;
      }
      for (const { rule, outcome } of results.value) {
        evaluations++;
        if (outcome.verdict !== 'adopted') notAdopted.push(`${v.id} ${v.date} ${rule}: ${outcome.verdict}`);
      }
    }
    expect(notAdopted).toEqual([]);
    expect(evaluations).toBeGreaterThan(1438);
  }, 60_000);

  it('names the records that do not list every member of their date, and the one that lists a non-member', () => {
    const gaps = opened
      .filter(({ vs }) => vs.notListed.length > 0)
      .map(({ v, vs }) => `${v.id}: ${vs.notListed.join(' ')}`);
    expect(gaps).toEqual(['4179: DK IE HU MT NL PL SE UK', '4624: DK IE', '4649: DK IE', '4735: DK IE', '4751: DK']);
    const strangers = opened
      .filter(({ vs }) => vs.listedNonMembers.length > 0)
      .map(({ v, vs }) => `${v.id}: ${vs.listedNonMembers.join(' ')}`);
    // Vote 4345 is dated 18 Dec 2012 but lists Croatia (a member from 1 Jul 2013) and procedure 2014/032.
    expect(strangers).toEqual(['4345: HR']);
  });

  it('before Croatia joined, uses the nearest EU-28 figures with Croatia not participating, labelled as such', () => {
    const vs = voteScenario(findVote('266')!)!;
    expect(vs.dataset.id).toBe('council-2016');
    expect(vs.inForce).toBe(false);
    expect(vs.nonMembers).toEqual(['HR']);
    expect(vs.scenario.positions.HR).toBe('absent');
    expect(vs.scenario.memberNotes?.HR?.text).toMatch(/Not a member of the Council on 2010-02-15/);
    expect(vs.scenario.note).toMatch(/not the figures in force that day/);
    expect(vs.scenario.note).toMatch(/HR was not yet a member/);
  });

  it('round-trips positions, rule and participation through a share link', async () => {
    for (const { v, vs } of opened) {
      const back = await decodeLink(await encodeLink(vs.scenario));
      expect(back.ok, v.id).toBe(true);
      if (!back.ok) continue;
      expect(back.value.scenario, v.id).toEqual(vs.scenario);
    }
  }, 30_000);
});

describe('the CO2 standards for cars, 28 March 2023 (vote 4818)', () => {
  it('opens with Poland against, Bulgaria, Italy and Romania abstaining, on the 2022 figures (the nearest), adopted', () => {
    const vs = voteScenario(findVote('4818')!)!;
    expect(vs.dataset.id).toBe('council-2022');
    expect(vs.inForce).toBe(false);
    const p = vs.scenario.positions;
    expect(p.PL).toBe('no');
    expect([p.BG, p.IT, p.RO]).toEqual(['abstain', 'abstain', 'abstain']);
    expect(Object.values(p).filter((x) => x === 'yes')).toHaveLength(23);
    expect(vs.rules).toEqual(['qmv']);
    const r = evaluateVote(vs);
    expect(r.ok && r.value[0]!.outcome.verdict).toBe('adopted');
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- a parsed JSON file, spoiled field by field */
describe('parseVoteRecord names what is wrong', () => {
  const base = () => JSON.parse(readFileSync(resolve(__dirname, '../../../data/votes/council-votes.json'), 'utf8'));
  it.each([
    ['a Greek vote written GR', (r: any) => (r.votes[0][7] = 'GR'), /votes\[0\] \(vote 266\)\.no has "GR"/],
    ['a member in two lists', (r: any) => (r.votes[0][7] = 'BE'), /names BE, already listed under yes/],
    ['an impossible date', (r: any) => (r.votes[0][1] = '2021-02-30'), /votes\[0\] \(vote 266\)\.date/],
    ['an unknown rule', (r: any) => (r.votes[0][2] = 'majority'), /\.rule must be one of qmv, unanimity, reinforced/],
    ['a repeated id', (r: any) => (r.votes[1][0] = '266'), /votes\[1\]\.id repeats vote 266/],
    ['an area out of range', (r: any) => (r.votes[0][3] = 99), /\.area must be null or an index/],
    ['no attribution', (r: any) => delete r.source.attribution, /source\.attribution is missing/],
  ])('%s', (_, spoil, message) => {
    const r = base();
    spoil(r);
    const parsed = parseVoteRecord(r);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toMatch(message);
  });
});
