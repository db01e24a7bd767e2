/**
 * Files followed over time (dossiers): a named series of dated snapshots of one Council file,
 * each snapshot a scenario. Everything loaded (browser storage, an imported file) passes through
 * {@link restoreDossier}, which admits every snapshot through `restoreScenario`.
 */
import { clip, quote } from '../format';
import { isCalendarDay } from '../data/period';
import { ordinal } from '../order';
import { err, ok, type Result } from '../result';
import { NAME_MAX, restoreScenario, SCENARIO_VERSION, type Scenario } from './scenario';

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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));
const invalid = (message: string, path?: string): Result<never> => err({ code: 'import.invalid', message, ...(path ? { path } : {}) });

/** Snapshots by date; a stable sort keeps same-day snapshots in the order they were added. */
export function byDate(snapshots: readonly Snapshot[]): Snapshot[] {
  return [...snapshots].sort((a, b) => ordinal(a.date, b.date));
}

/**
 * The gate for one file (stored on its own, or imported): checks the name, dates and ids, admits
 * every snapshot through the scenario gate, and orders the snapshots by date. Names the snapshot
 * and field at fault.
 * @example restoreDossier(JSON.parse(storedText))
 */
export function restoreDossier(raw: unknown): Result<Dossier> {
  if (!isObject(raw)) return invalid('The file is not an object.');
  if (raw.version !== undefined && raw.version !== DOSSIER_VERSION) return invalid(`The file has version ${quote(raw.version)}; this app reads version ${DOSSIER_VERSION}.`, 'version');
  if (typeof raw.id !== 'string' || !raw.id) return invalid('The file has no id.', 'id');
  if (typeof raw.name !== 'string' || !raw.name.trim()) return invalid('The file has no name.', 'name');
  if (raw.name.length > NAME_MAX) return invalid(`The file's name is longer than ${NAME_MAX} characters.`, 'name');
  if (!isTime(raw.createdAt) || !isTime(raw.updatedAt)) return invalid('The file’s dates are missing or malformed.', 'updatedAt');
  if (!Array.isArray(raw.snapshots)) return invalid('The file has no list of snapshots.', 'snapshots');
  if (raw.snapshots.length > SNAPSHOTS_MAX) return invalid(`The file has more than ${SNAPSHOTS_MAX} snapshots.`, 'snapshots');
  const snapshots: Snapshot[] = [];
  for (const [i, item] of raw.snapshots.entries()) {
    const where = `snapshot ${i + 1}`;
    if (!isObject(item)) return invalid(`The ${where} is not an object.`, `snapshots[${i}]`);
    if (typeof item.id !== 'string' || !item.id) return invalid(`The ${where} has no id.`, `snapshots[${i}].id`);
    if (snapshots.some((s) => s.id === item.id)) return invalid(`The ${where} repeats the id ${quote(clip(item.id))}.`, `snapshots[${i}].id`);
    if (!isCalendarDay(item.date)) return invalid(`The ${where} has no date (YYYY-MM-DD).`, `snapshots[${i}].date`);
    const s = restoreScenario(item.scenario);
    if (!s.ok) return invalid(`In the ${where} (${item.date}): ${s.error.message}`, `snapshots[${i}].scenario${s.error.path ? `.${s.error.path}` : ''}`);
    snapshots.push({ id: item.id, date: item.date, scenario: s.value });
  }
  return ok({ id: raw.id, name: raw.name.trim(), snapshots: byDate(snapshots), createdAt: raw.createdAt, updatedAt: raw.updatedAt });
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
 * A file as an exported JSON document, which {@link parseDossierFile} reads back.
 * @example dossierFile(csaFile) // '{ "format": "council-vote-file", "version": 1, … }'
 */
export function dossierFile(d: Dossier): string {
  return JSON.stringify({ format: DOSSIER_FORMAT, ...dossierJson(d) }, null, 2);
}

/**
 * Reads an exported file (see {@link dossierFile}); changes nothing.
 * @example parseDossierFile(await upload.text())
 */
export function parseDossierFile(text: string): Result<Dossier> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return invalid(`The file is not valid JSON (${e instanceof Error ? clip(e.message) : 'parse error'}).`);
  }
  if (!isObject(raw) || raw.format !== DOSSIER_FORMAT) return invalid(`This is not a file of snapshots exported by this app (its "format" is not "${DOSSIER_FORMAT}").`, 'format');
  return restoreDossier(raw);
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
