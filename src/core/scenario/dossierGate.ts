/**
 * The gate for files of snapshots: everything loaded (browser storage, an imported file, a link)
 * passes through {@link restoreDossier}. Apart from ./dossier.ts, whose edits the first screen
 * uses, so the gate loads only with what reads a file.
 */
import { clip, quote } from '../format';
import { isCalendarDay } from '../data/period';
import { err, ok, type Result } from '../result';
import { NAME_MAX } from './scenario';
import { restoreScenario } from './scenarioGate';
import { byDate, DOSSIER_FORMAT, DOSSIER_VERSION, SNAPSHOTS_MAX, type Dossier, type Snapshot } from './dossier';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));
const invalid = (message: string, path?: string): Result<never> => err({ code: 'import.invalid', message, ...(path ? { path } : {}) });

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

/**
 * Reads an exported file (see `dossierFile`); changes nothing.
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
