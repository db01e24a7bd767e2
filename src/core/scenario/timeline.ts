/**
 * A file's timeline: for each snapshot the figures that decide a vote (members and population in
 * favour, with the range the undecided span; the population not in favour against the blocking
 * line), and between consecutive snapshots what moved and which moves carried the verdict or the
 * blocking minority. All figures come from the engine's evaluation of each snapshot.
 */
import { findDataset } from '../data/datasets';
import { protocolIndex, type CountryCode } from '../rules/countries';
import type { Outcome, Verdict } from '../rules/outcome';
import type { Position } from '../rules/vote';
import { err, ok, type Result } from '../result';
import type { Dossier, Snapshot } from './dossier';
import { outcomeOf, type Scenario } from './scenario';

/** `formed`: blocked even if every undecided member votes yes; `possible`: only if enough vote no. */
export type BlockingState = 'formed' | 'possible' | 'none';

/** A best-to-worst range: `declared` counts only declared positions, `possible` adds every undecided member. */
export interface Span {
  readonly declared: number;
  readonly possible: number;
}

export interface TimelinePoint {
  readonly snapshotId: string;
  readonly date: string;
  readonly name: string;
  readonly rule: Scenario['rule'];
  readonly verdict: Verdict;
  readonly blocking: BlockingState;
  readonly undecided: number;
  /** Members in favour: declared yes, and if every undecided member joined them. */
  readonly membersInFavour: Span;
  readonly membersParticipating: number;
  /** Persons in favour, as members in favour. */
  readonly populationInFavour: Span;
  /** Persons not in favour: declared against or abstaining, and if every undecided member joined them. */
  readonly populationNotInFavour: Span;
  readonly populationParticipating: number;
}

function blockingOf(o: Outcome): BlockingState {
  return o.best.blockingMinority.exists ? 'formed' : o.worst.blockingMinority.exists ? 'possible' : 'none';
}

function pointOf(s: Snapshot, o: Outcome): TimelinePoint {
  const { worst, best } = o;
  const participating = worst.population.participating;
  return {
    snapshotId: s.id,
    date: s.date,
    name: s.scenario.name ?? '',
    rule: s.scenario.rule,
    verdict: o.verdict,
    blocking: blockingOf(o),
    undecided: o.undecided.length,
    membersInFavour: { declared: worst.members.inFavour, possible: best.members.inFavour },
    membersParticipating: worst.members.participating,
    populationInFavour: { declared: worst.population.inFavour, possible: best.population.inFavour },
    populationNotInFavour: { declared: participating - best.population.inFavour, possible: participating - worst.population.inFavour },
    populationParticipating: participating,
  };
}

/**
 * The timeline figures of every snapshot, in date order; an error names the first snapshot the
 * engine cannot evaluate (figures no longer known).
 * Art. 16(4) TEU (qualified majority and blocking minority), Art. 238 TFEU.
 * @example timelineOf(csa).value.map((p) => p.blocking) // ['formed', 'formed', …]
 */
export function timelineOf(d: Dossier): Result<TimelinePoint[]> {
  const out: TimelinePoint[] = [];
  for (const s of d.snapshots) {
    const o = outcomeOf(s.scenario);
    if (!o.ok) return err({ ...o.error, message: `The snapshot of ${s.date}: ${o.error.message}` });
    out.push(pointOf(s, o.value));
  }
  return ok(out);
}

/** One member's change of position between two consecutive snapshots. */
export interface Move {
  readonly code: CountryCode;
  readonly from: Position;
  readonly to: Position;
  /** The later snapshot's note on this member, if any. */
  readonly note?: string;
  /** Undoing this move alone in the later snapshot would give another verdict. */
  readonly carriedVerdict: boolean;
  /** Undoing this move alone in the later snapshot would change the blocking minority (formed, possible, none). */
  readonly carriedBlocking: boolean;
}

export interface Step {
  readonly from: { readonly snapshotId: string; readonly date: string; readonly verdict: Verdict; readonly blocking: BlockingState };
  readonly to: { readonly snapshotId: string; readonly date: string; readonly verdict: Verdict; readonly blocking: BlockingState; readonly note?: string };
  readonly moves: readonly Move[];
}

/**
 * What moved between each pair of consecutive snapshots: every member (of both Councils) whose
 * position changed, with the later snapshot's note on it, and whether that move alone carried the
 * later verdict or blocking minority (undone on its own in the later snapshot, they would differ).
 * @example whatMoved(csa).value[0].moves // [{ code: 'NL', from: 'undecided', to: 'abstain', … }]
 */
export function whatMoved(d: Dossier): Result<Step[]> {
  const steps: Step[] = [];
  for (let i = 1; i < d.snapshots.length; i++) {
    const a = d.snapshots[i - 1]!;
    const b = d.snapshots[i]!;
    const oa = outcomeOf(a.scenario);
    const ob = outcomeOf(b.scenario);
    if (!oa.ok) return oa;
    if (!ob.ok) return ob;
    const ds = findDataset(b.scenario.datasetId);
    if (!ds.ok) return ds;
    const moves: Move[] = [];
    for (const code of ds.value.members.map((m) => m.code).sort((x, y) => protocolIndex(x) - protocolIndex(y))) {
      const from = a.scenario.positions[code];
      const to = b.scenario.positions[code] ?? 'undecided';
      if (from === undefined || from === to) continue;
      const undone = outcomeOf({ ...b.scenario, positions: { ...b.scenario.positions, [code]: from } });
      if (!undone.ok) return undone;
      const note = b.scenario.memberNotes?.[code]?.text;
      moves.push({
        code,
        from,
        to,
        ...(note ? { note } : {}),
        carriedVerdict: undone.value.verdict !== ob.value.verdict,
        carriedBlocking: blockingOf(undone.value) !== blockingOf(ob.value),
      });
    }
    steps.push({
      from: { snapshotId: a.id, date: a.date, verdict: oa.value.verdict, blocking: blockingOf(oa.value) },
      to: { snapshotId: b.id, date: b.date, verdict: ob.value.verdict, blocking: blockingOf(ob.value), ...(b.scenario.note ? { note: b.scenario.note } : {}) },
      moves,
    });
  }
  return ok(steps);
}
