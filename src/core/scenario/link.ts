/**
 * Share links: the whole scenario in the URL fragment, compact and versioned:
 * `#v=3&d=council-2025&r=qmv&p=yyynnauu…&n=Name&t=Note&m={"DE":{"text":"…","position":"no"}}`, one letter per member in
 * the dataset's order. Links made by earlier versions are migrated, step by step.
 */
import { findDataset } from '../data/datasets';
import { err, ok, type Result } from '../result';
import { notesGainPositions } from './migrate';
import { restoreScenario, type Scenario } from './scenario';
import type { Position } from '../rules/vote';

export const LINK_VERSION = 3;

const LETTER: Readonly<Record<Position, string>> = { yes: 'y', no: 'n', abstain: 'a', absent: 'p', undecided: 'u' };
const FROM_LETTER: Readonly<Record<string, Position>> = Object.fromEntries(
  Object.entries(LETTER).map(([p, l]) => [l, p as Position]),
);

/**
 * Numbered migrations: `LINK_MIGRATIONS[n]` turns the parameters of a version-n link into
 * those of version n + 1.
 * 1 -> 2: links gained a name (`n`), a note (`t`) and member notes (`m`); a v1 link has none.
 * 2 -> 3: each member note records the position it was written for: a v2 note is taken to be
 * written for the member's position in the link ({@link notesGainPositions}).
 */
export const LINK_MIGRATIONS: Readonly<Record<number, (p: URLSearchParams) => URLSearchParams>> = {
  1: (p) => {
    const next = new URLSearchParams(p);
    next.set('v', '2');
    return next;
  },
  2: (p) => {
    const next = new URLSearchParams(p);
    next.set('v', '3');
    const notes = p.get('m');
    const ds = findDataset(p.get('d') ?? '');
    if (notes === null || !ds.ok) return next;
    let memberNotes: unknown;
    try {
      memberNotes = JSON.parse(notes);
    } catch {
      return next; // the decoder reports the garbled notes
    }
    const letters = p.get('p') ?? '';
    const positions = Object.fromEntries(ds.value.members.map((m, i) => [m.code, FROM_LETTER[letters[i] ?? '']]));
    next.set('m', JSON.stringify(notesGainPositions({ positions, memberNotes }).memberNotes));
    return next;
  },
};

/** @example encodeLink(scenario) // "v=3&d=council-2025&r=qmv&p=yyyy…" */
export function encodeLink(s: Scenario): string {
  const ds = findDataset(s.datasetId);
  if (!ds.ok) throw new Error(ds.error.message);
  const letters = ds.value.members.map((m) => LETTER[s.positions[m.code] ?? 'undecided']).join('');
  const params = new URLSearchParams({ v: String(LINK_VERSION), d: s.datasetId, r: s.rule, p: letters });
  if (s.name) params.set('n', s.name);
  if (s.note) params.set('t', s.note);
  if (s.memberNotes && Object.keys(s.memberNotes).length) params.set('m', JSON.stringify(s.memberNotes));
  return params.toString();
}

const bad = (message: string): Result<never> => err({ code: 'link.invalid', message: `This link cannot be opened: ${message}` });

function migrate(params: URLSearchParams): Result<URLSearchParams> {
  let p = params;
  for (;;) {
    const raw = p.get('v');
    const v = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (v === LINK_VERSION) return ok(p);
    const step = LINK_MIGRATIONS[v];
    if (!step) return bad(raw === null ? 'it has no version.' : `version "${raw}" is not known.`);
    p = step(p);
  }
}

function parseMemberNotes(text: string | null): Result<unknown> {
  if (text === null) return ok(undefined);
  try {
    return ok(JSON.parse(text));
  } catch {
    return bad('its member notes are garbled.');
  }
}

/**
 * Reads a link fragment (with or without the leading `#`) back into a scenario, or says
 * exactly what is wrong with it. Never throws.
 */
export function decodeLink(fragment: string): Result<Scenario> {
  const migrated = migrate(new URLSearchParams(fragment.replace(/^#/, '')));
  if (!migrated.ok) return migrated;
  const params = migrated.value;
  const ds = findDataset(params.get('d') ?? '');
  if (!ds.ok) return bad(`the population figures "${params.get('d') ?? ''}" are not known.`);
  const letters = params.get('p') ?? '';
  if (letters.length !== ds.value.members.length) {
    return bad(`it has ${letters.length} positions for ${ds.value.members.length} members.`);
  }
  const positions: Record<string, Position> = {};
  for (const [i, m] of ds.value.members.entries()) {
    const p = FROM_LETTER[letters[i]!];
    if (!p) return bad(`"${letters[i]}" is not a position (at ${m.code}).`);
    positions[m.code] = p;
  }
  const memberNotes = parseMemberNotes(params.get('m'));
  if (!memberNotes.ok) return memberNotes;
  const restored = restoreScenario({
    datasetId: ds.value.id,
    rule: params.get('r'),
    positions,
    name: params.get('n') ?? undefined,
    note: params.get('t') ?? undefined,
    memberNotes: memberNotes.value,
  });
  return restored.ok ? restored : bad(restored.error.message);
}
