/**
 * Share links: the whole scenario in the URL fragment, short and checked:
 * `#v=3&z=<the scenario's JSON, deflate-raw, base64url>&c=<CRC-32 of that JSON>`. The JSON is
 * what {@link restoreScenario} reads (positions packed as one letter per member in the
 * dataset's order), so a new scenario field travels in links with no change here. Figures the
 * user added travel with the scenario (`figures`, the dataset file's JSON), so a receiver who
 * lacks them sees the same verdict; older versions of the app ignore that part and say the
 * figures are unknown, as before. A cut link (mail programs cut long addresses) is detected and
 * what survived is offered; links of versions 1 and 2 still open (see linkLegacy.ts).
 */
import { addedDatasetJson } from '../data/addedFigures';
import { admitFigures, isAddedDataset, type CarriedFigures } from '../data/carriedFigures';
import type { Dataset } from '../data/dataset';
import { allDatasets, findDataset } from '../data/datasets';
import { ok, type Result } from '../result';
import { quote } from '../format';
import type { Position } from '../rules/vote';
import { readCutObject } from './cutJson';
import { crc32Hex, deflate, fromBase64Url, inflate, isBase64Url, toBase64Url } from './linkBytes';
import { readLegacyLink, type LinkPayload } from './linkLegacy';
import { lostMessage, refused, splitLink, versionOf, type PartSpecs } from './linkParts';
import { type Scenario } from './scenario';
import { restoreScenario } from './scenarioGate';

export { LINK_MIGRATIONS } from './linkLegacy';

export const LINK_VERSION = 3;
/**
 * The scenario version a version-3 link packs (member notes with the position they were written
 * for). Old links' payloads say their own; a later scenario version needs link version 4.
 */
export const PACKED_SCENARIO_VERSION = 2;
/** Far above any scenario (texts are capped at a few thousand characters each). */
const UNPACKED_MAX = 1 << 20;
const FRAGMENT_MAX = 4 << 20;

const CURRENT_PARTS: PartSpecs = {
  v: { one: 'version', many: 'version numbers', required: true },
  z: { one: 'scenario', many: 'scenarios' },
  c: { one: 'checksum', many: 'checksums' },
};

const LETTER: Readonly<Record<Position, string>> = { yes: 'y', no: 'n', abstain: 'a', absent: 'p', undecided: 'u' };
const FROM_LETTER: ReadonlyMap<string, Position> = new Map(Object.entries(LETTER).map(([p, l]) => [l, p as Position]));
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a link lost, said in one sentence. `partial`: the rest was opened; `cut`: what survived is offered. */
export interface LinkDamage {
  readonly kind: 'partial' | 'cut';
  readonly message: string;
}

export interface OpenedLink {
  readonly scenario: Scenario;
  /**
   * Added figures the link carried (its scenario uses them): `new` to the receiver — not stored
   * by decoding, the caller decides — or the `same` as a table the receiver has.
   */
  readonly figures?: CarriedFigures;
  /** Absent when the link opened exactly as it was made. */
  readonly damage?: LinkDamage;
  /**
   * Links of versions 1 and 2 carry no checksum: a cut one opens as a different scenario and
   * nothing can tell. What such a link held, for the receiver to compare with what was meant.
   */
  readonly unchecked?: UncheckedLink;
}

/** What an old-format link held: how many members had a position, and whether it had notes. */
export interface UncheckedLink {
  readonly version: 1 | 2;
  /** Members with a position other than undecided. */
  readonly members: number;
  /** A note on the scenario or on a member. */
  readonly notes: boolean;
  /** Says the same in English (the command line's warning). */
  readonly message: string;
}

/**
 * What an old link opened, said plainly: it cannot be checked, and what it held.
 * @example uncheckedOf(scenario, 2).message // "This link is in an old format (version 2) that carries no check: …"
 */
export function uncheckedOf(s: Scenario, version: 1 | 2): UncheckedLink {
  const members = Object.values(s.positions).filter((p) => p !== undefined && p !== 'undecided').length;
  const notes = Boolean(s.note) || Object.keys(s.memberNotes ?? {}).length > 0;
  const message = `This link is in an old format (version ${version}) that carries no check: had it been cut short, what opened could differ from what was sent, and no one could tell. It held the positions of ${members} members and ${notes ? 'notes' : 'no notes'}. Share it again for a link in the current format.`;
  return { version, members, notes, message };
}

/** @example await encodeLink(scenario) // "v=3&z=q1ZKSSxJzEtxSU1WslJKzs8pzUs1MjA…&c=1c291ca3" */
export async function encodeLink(s: Scenario): Promise<string> {
  const ds = findDataset(s.datasetId);
  if (!ds.ok) throw new Error(ds.error.message);
  const { datasetId, rule, positions, date, ...rest } = s;
  const letters = ds.value.members.map((m) => LETTER[positions[m.code] ?? 'undecided']).join('');
  // Date and figures before the texts: a link cut in a note still carries them whole.
  const figures = isAddedDataset(ds.value) ? { figures: linkFigures(ds.value) } : {};
  const bytes = new TextEncoder().encode(JSON.stringify({ datasetId, rule, positions: letters, date, ...figures, ...rest }));
  return `v=${LINK_VERSION}&z=${toBase64Url(await deflate(bytes))}&c=${crc32Hex(bytes)}`;
}

/**
 * The figures as a link carries them: the dataset file without the sender's note ("Added by you
 * on …"), which is not true for the receiver, who keeps a note of their own (receivedFigures).
 */
function linkFigures(ds: Dataset): object {
  const file = addedDatasetJson(ds) as { provenance: { note?: string } };
  const { note: _note, ...provenance } = file.provenance;
  return { ...file, provenance };
}

const NOTE_IN_LINK = 'Came with a shared link; who made it cannot be known.';

interface Restored {
  readonly scenario: Scenario;
  readonly figures?: CarriedFigures;
}

/** Figures carried by a link, checked against the receiver's tables and the scenario's dataset. */
function carriedBy(payload: LinkPayload, known: readonly Dataset[]): Result<CarriedFigures | undefined> {
  if (payload.figures === undefined) return ok(undefined);
  const raw = payload.figures;
  const withNote = isObject(raw) && isObject(raw.provenance) && raw.provenance.note === undefined ? { ...raw, provenance: { ...raw.provenance, note: NOTE_IN_LINK } } : raw;
  const carried = admitFigures(withNote, { via: 'link', where: 'the population figures in this link', known });
  if (!carried.ok) return refused(carried.error.message);
  const id = carried.value.dataset.id;
  if (id !== payload.datasetId) return refused(`its population figures (${quote(id)}) are not those of its scenario (${quote(payload.datasetId)}).`);
  return carried;
}

/** A payload through the one gate, positions unpacked from their letters first. */
function restorePayload(payload: LinkPayload, known: readonly Dataset[]): Result<Restored> {
  const carried = carriedBy(payload, known);
  if (!carried.ok) return carried;
  const figures = carried.value;
  const extra = figures ? [figures.dataset] : [];
  let positions = payload.positions;
  if (typeof positions === 'string') {
    const id = typeof payload.datasetId === 'string' ? payload.datasetId : '';
    const ds = findDataset(id, extra);
    if (!ds.ok) return refused(`the population figures ${quote(id)} are not known.`);
    const letters = positions;
    if (letters.length !== ds.value.members.length) return refused(`it has ${letters.length} positions for ${ds.value.members.length} members.`);
    const unpacked: Record<string, Position> = {};
    for (const [i, m] of ds.value.members.entries()) {
      const p = FROM_LETTER.get(letters[i]!);
      if (!p) return refused(`${quote(letters[i])} is not a position (at ${m.code}).`);
      unpacked[m.code] = p;
    }
    positions = unpacked;
  }
  const { figures: _carried, ...scenario } = payload;
  const restored = restoreScenario({ version: PACKED_SCENARIO_VERSION, ...scenario, positions }, extra);
  if (!restored.ok) return refused(restored.error.message);
  return ok(figures ? { scenario: restored.value, figures } : { scenario: restored.value });
}

function opened(restored: Result<Restored>, lost: readonly string[]): Result<OpenedLink> {
  if (!restored.ok) return restored;
  return ok(lost.length ? { ...restored.value, damage: { kind: 'partial', message: lostMessage(lost) } } : restored.value);
}

const LABELS: Readonly<Record<string, string>> = {
  datasetId: 'the dataset',
  rule: 'the rule',
  positions: 'the positions',
  name: 'the name',
  note: 'the note',
  memberNotes: 'the notes on members',
  figures: 'the population figures',
  date: 'the date of the vote',
};
const label = (key: string) => LABELS[key] ?? `the part ${quote(key, 20)}`;
const list = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const CUT = 'This link was cut short (mail programs sometimes cut long addresses)';

/** A link whose checksum did not arrive: what survived, offered with a message, or a refusal. */
function survivors(unpacked: Uint8Array, lost: readonly string[], known: readonly Dataset[]): Result<OpenedLink> {
  const cut = readCutObject(new TextDecoder().decode(unpacked));
  const restored = restorePayload(cut.members, known);
  if (!restored.ok) {
    // Whole figures that are refused say why; anything else is too little to open.
    if (cut.members.figures !== undefined && !carriedBy(cut.members, known).ok) return restored;
    if (cut.cutIn === 'figures') return refused('it was cut short (mail programs sometimes cut long addresses) inside the population figures it carries, so its scenario cannot be opened.');
    return refused('it was cut short (mail programs sometimes cut long addresses), and too little of it survived to open.');
  }
  const message = cut.whole
    ? `${CUT} at its very end: everything in it arrived, but its checksum did not, so it could not be checked.`
    : `${CUT}. What survived: ${list(Object.keys(cut.members).map((k) => (k === 'name' && typeof cut.members.name === 'string' ? `the name ${quote(cut.members.name, 60)}` : label(k))))}. ${cut.cutIn === undefined ? 'Whatever followed was lost.' : `${label(cut.cutIn).replace(/^t/, 'T')} and whatever followed were lost.`}`;
  const more = lost.length ? ` ${lostMessage(lost)}` : '';
  return ok({ ...restored.value, damage: { kind: 'cut', message: message + more } });
}

async function readCurrent(fragment: string, known: readonly Dataset[]): Promise<Result<OpenedLink>> {
  const parts = splitLink(fragment, CURRENT_PARTS);
  if (!parts.ok) return parts;
  const z = parts.value.fields.get('z');
  const c = parts.value.fields.get('c');
  if (z === undefined) return refused(c === undefined ? 'it was cut short (mail programs sometimes cut long addresses), and none of the scenario survived.' : 'it has no scenario.');
  if (!isBase64Url(z)) return refused(`its scenario is damaged: it holds characters a link never has (${quote(z.replace(/[A-Za-z0-9_-]/g, ''), 10)}).`);
  const checked = c !== undefined && /^[0-9a-f]{8}$/.test(c);
  if (c !== undefined && !checked && !/^[0-9a-f]{0,7}$/.test(c)) return refused(`its checksum is damaged (${quote(c, 10)}).`);
  const unpacked = await inflate(fromBase64Url(z), UNPACKED_MAX);
  if (unpacked.tooLarge) return refused('it unpacks to far more than any scenario needs.');
  if (!checked) return survivors(unpacked.bytes, parts.value.lost, known);
  if (!unpacked.complete || crc32Hex(unpacked.bytes) !== c) return refused('it is damaged (its checksum does not match), so nothing in it can be trusted.');
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(unpacked.bytes));
  } catch {
    return refused('its scenario is garbled.');
  }
  if (!isObject(payload)) return refused('its scenario is not an object.');
  return opened(restorePayload(payload, known), parts.value.lost);
}

/**
 * Reads a link fragment (with or without the leading `#`) back into a scenario, or says
 * exactly what is wrong with it: a part given twice, a part it does not know, a damaged `%`
 * escape, a cut or damaged link. Never throws, never changes anything silently. Figures the
 * link carries are checked against `known` (the receiver's tables) and returned, not stored.
 * @example await decodeLink('#v=2&d=council-2025&d=council-2020&…') // refused: "it has two datasets (…)"
 */
export async function decodeLink(fragment: string, known: readonly Dataset[] = allDatasets()): Promise<Result<OpenedLink>> {
  if (fragment.length > FRAGMENT_MAX) return refused(`it is ${fragment.length} characters long, far more than any scenario needs.`);
  const v = versionOf(fragment);
  if (!v.ok) return v;
  if (v.value === '1' || v.value === '2') {
    const version = v.value === '1' ? 1 : 2;
    const legacy = readLegacyLink(fragment, version);
    if (!legacy.ok) return legacy;
    const r = opened(restorePayload(legacy.value.payload, known), legacy.value.lost);
    return r.ok ? ok({ ...r.value, unchecked: uncheckedOf(r.value.scenario, version) }) : r;
  }
  if (v.value !== String(LINK_VERSION)) return refused(`version ${quote(v.value)} is not known.`);
  return readCurrent(fragment, known);
}
