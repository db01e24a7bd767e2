/**
 * Files followed over time (dossiers): a named series of dated snapshots of one Council file,
 * each snapshot a scenario. Everything loaded (browser storage, an imported file) passes through
 * the gate in ./dossierGate.ts, which admits every snapshot through `restoreScenario`.
 */
import { ordinal } from '../order';
import { NAME_MAX, SCENARIO_VERSION, type Scenario } from './scenario';

/** 1: the first version. */
export const DOSSIER_VERSION = 1;
export const DOSSIER_FORMAT = 'council-vote-file';
/** More snapshots than any Council file has had discussions; keeps storage and the chart sane. */
export const SNAPSHOTS_MAX = 200;

export interface Snapshot {
  readonly id: string;
  /** YYYY-MM-DD: the day the positions were reported or the vote took place. */
  readonly date: string;
  readonly scenario: Scenario;
}

export interface Dossier {
  readonly id: string;
  readonly name: string;
  /** In date order (same date: in the order added). */
  readonly snapshots: readonly Snapshot[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Snapshots by date; a stable sort keeps same-day snapshots in the order they were added. */
export function byDate(snapshots: readonly Snapshot[]): Snapshot[] {
  return [...snapshots].sort((a, b) => ordinal(a.date, b.date));
}

/** A file as stored, every scenario with its version so that a later app migrates it. */
export function dossierJson(d: Dossier): object {
  return {
    version: DOSSIER_VERSION,
    ...d,
    snapshots: d.snapshots.map((s) => ({ ...s, scenario: { version: SCENARIO_VERSION, ...s.scenario } })),
  };
}

/**
 * A file as an exported JSON document, which `parseDossierFile` (./dossierGate.ts) reads back.
 * @example dossierFile(csaFile) // '{ "format": "council-vote-file", "version": 1, … }'
 */
export function dossierFile(d: Dossier): string {
  return JSON.stringify({ format: DOSSIER_FORMAT, ...dossierJson(d) }, null, 2);
}

/**
 * The file with a snapshot added in date order. `now`: the time of the change (ISO).
 * @example withSnapshot(file, { id: 's3', date: '2025-11-26', scenario }, new Date().toISOString())
 */
export function withSnapshot(d: Dossier, snapshot: Snapshot, now: string): Dossier {
  return { ...d, snapshots: byDate([...d.snapshots, snapshot]), updatedAt: now };
}

/** The file without one snapshot. */
export function withoutSnapshot(d: Dossier, snapshotId: string, now: string): Dossier {
  return { ...d, snapshots: d.snapshots.filter((s) => s.id !== snapshotId), updatedAt: now };
}

/** The file under a new name (blank names and names over the limit are refused by the caller's input). */
export function renamed(d: Dossier, name: string, now: string): Dossier {
  const n = name.trim().slice(0, NAME_MAX);
  return n ? { ...d, name: n, updatedAt: now } : d;
}
