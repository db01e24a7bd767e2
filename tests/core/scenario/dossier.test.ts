/**
 * Files followed over time: the gate, the export round trip, the shipped files, the timeline
 * against an independent count of each snapshot, and what moved in the CSA Regulation.
 * fast-check prints the seed and the shrunk counterexample on failure.
 */
import fc from 'fast-check';
import { findDataset } from '../../../src/core/data/datasets';
import { dossierFile, withSnapshot, withoutSnapshot, type Dossier } from '../../../src/core/scenario/dossier';
import { parseDossierFile, restoreDossier } from '../../../src/core/scenario/dossierGate';
import { outcomeOf } from '../../../src/core/scenario/scenario';
import { SHIPPED_DOSSIERS, shippedDossier } from '../../../src/core/scenario/shippedDossiers';
import { timelineOf, whatMoved } from '../../../src/core/scenario/timeline';
import { scenarioArb } from './linkFixtures';

const csa = shippedDossier(SHIPPED_DOSSIERS[0]!);
const NOW = '2026-01-01T00:00:00.000Z';

const dossierArb: fc.Arbitrary<Dossier> = fc
  .array(fc.record({ scenario: scenarioArb, day: fc.integer({ min: 0, max: 3000 }) }), { minLength: 1, maxLength: 5 })
  .map((xs) => ({
    id: 'f',
    name: 'A file',
    createdAt: NOW,
    updatedAt: NOW,
    snapshots: xs.map((x, i) => ({ id: `s${i}`, date: new Date(Date.UTC(2017, 0, 1) + x.day * 86_400_000).toISOString().slice(0, 10), scenario: x.scenario })),
  }));

describe('a file of snapshots', () => {
  it('ships the CSA Regulation as its four presets in date order, and the Platform Work Directive as its two', () => {
    expect(csa.snapshots.map((s) => s.date)).toEqual(['2024-06-20', '2024-10-01', '2025-10-08', '2025-11-26']);
    expect(shippedDossier(SHIPPED_DOSSIERS[1]!).snapshots.map((s) => s.id)).toEqual(['platform-work-2024-02-16', 'platform-work-2024-03-11']);
  });

  it('survives its own export and import, whatever its snapshots', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        const back = parseDossierFile(dossierFile(d));
        expect(back.ok && back.value.snapshots.map((s) => s.date)).toEqual([...d.snapshots.map((s) => s.date)].sort());
        expect(back.ok && restoreDossier(JSON.parse(dossierFile(back.value))).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('admits every snapshot through the scenario gate, naming the one at fault', () => {
    const raw = JSON.parse(dossierFile(csa));
    raw.snapshots[2].scenario.positions.DE = 'maybe';
    expect(restoreDossier(raw)).toMatchObject({ ok: false, error: { message: 'In the snapshot 3 (2025-10-08): Unknown position "maybe" for DE.', path: 'snapshots[2].scenario.positions.DE' } });
    expect(parseDossierFile('{"format":"council-vote-scenario"}')).toMatchObject({ ok: false });
    raw.snapshots[2].scenario.positions.DE = 'no';
    raw.snapshots[1].date = '2024-13-01';
    expect(restoreDossier(raw)).toMatchObject({ ok: false, error: { path: 'snapshots[1].date' } });
  });

  it('keeps snapshots in date order as they are added and removed', () => {
    const added = withSnapshot(csa, { id: 'x', date: '2025-01-15', scenario: csa.snapshots[0]!.scenario }, NOW);
    expect(added.snapshots.map((s) => s.id)).toEqual(['csa-2024-06-20', 'csa-2024-10-early', 'x', 'csa-2025-10-08', 'csa-2025-11-26']);
    expect(withoutSnapshot(added, 'csa-2024-10-early', NOW).snapshots.map((s) => s.id)).toEqual(['csa-2024-06-20', 'x', 'csa-2025-10-08', 'csa-2025-11-26']);
  });
});

describe('the timeline', () => {
  it('equals, snapshot by snapshot, the engine’s verdict and a count of the positions and populations', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        const t = timelineOf(d);
        if (!t.ok) return; // a rule the engine refuses for these members (Nice weights) is refused here too
        for (const [i, p] of t.value.entries()) {
          const s = d.snapshots[i]!.scenario;
          const o = outcomeOf(s);
          expect(o.ok && o.value.verdict).toBe(p.verdict);
          const ds = findDataset(s.datasetId);
          if (!ds.ok) throw new Error('dataset');
          const sum = (...ps: string[]) => ds.value.members.filter((m) => ps.includes(s.positions[m.code] ?? 'undecided'));
          const persons = (...ps: string[]) => sum(...ps).reduce((n, m) => n + m.population, 0);
          expect(p.membersInFavour).toEqual({ declared: sum('yes').length, possible: sum('yes', 'undecided').length });
          expect(p.membersParticipating).toBe(ds.value.members.length - sum('absent').length);
          expect(p.populationInFavour).toEqual({ declared: persons('yes'), possible: persons('yes', 'undecided') });
          expect(p.populationNotInFavour).toEqual({ declared: persons('no', 'abstain'), possible: persons('no', 'abstain', 'undecided') });
          expect(p.populationParticipating).toBe(persons('yes', 'no', 'abstain', 'undecided'));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('follows the CSA Regulation from a blocking minority to a Council position', () => {
    const t = timelineOf(csa);
    expect(t.ok && t.value.map((p) => [p.verdict, p.blocking])).toEqual([
      ['not_adopted', 'formed'],
      ['undetermined', 'possible'],
      ['not_adopted', 'formed'],
      ['adopted', 'none'],
    ]);
  });

  it('says what moved, with the later note, and which moves carried the verdict or the blocking minority', () => {
    const w = whatMoved(csa);
    if (!w.ok) throw new Error(w.error.message);
    expect(w.value.map((s) => [s.from.date, s.to.date])).toEqual([['2024-06-20', '2024-10-01'], ['2024-10-01', '2025-10-08'], ['2025-10-08', '2025-11-26']]);
    const nl = w.value[0]!.moves.find((m) => m.code === 'NL');
    expect(nl).toMatchObject({ from: 'no', to: 'abstain', note: expect.stringContaining('Abstention announced by the Dutch government'), carriedVerdict: false });
    const carried = (i: number) => w.value[i]!.moves.filter((m) => m.carriedVerdict).map((m) => m.code);
    expect(carried(1)).toEqual(['CZ', 'AT']);
    expect(carried(2)).toEqual(['DE']);
    expect(w.value[2]!.moves.find((m) => m.code === 'DE')).toMatchObject({ from: 'no', to: 'yes', carriedBlocking: true });
  });
});
