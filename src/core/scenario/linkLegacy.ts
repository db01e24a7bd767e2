/**
 * Links of versions 1 and 2 (`#v=2&d=council-2025&r=qmv&p=yyynnauu…&n=Name&t=Note&m={…}`, one
 * letter per member in the dataset's order), read as strictly as today's, and migrated step by
 * step to today's payload: the scenario's own JSON.
 */
import { err, ok, type Result } from '../result';
import { refused, splitLink, type LinkParts, type PartSpecs } from './linkParts';

const VOTE_PARTS: PartSpecs = {
  v: { one: 'version', many: 'version numbers', required: true },
  d: { one: 'dataset', many: 'datasets', required: true },
  r: { one: 'rule', many: 'rules', required: true },
  p: { one: 'list of positions', many: 'lists of positions', required: true },
};

/** The parts each old version may have; any other is named, not silently dropped. */
export const LEGACY_PARTS: Readonly<Record<1 | 2, PartSpecs>> = {
  1: VOTE_PARTS,
  2: {
    ...VOTE_PARTS,
    n: { one: 'name', many: 'names', text: true },
    t: { one: 'note', many: 'notes', text: true },
    m: { one: 'member notes', many: 'sets of member notes', text: true },
  },
};

/** A link's payload in today's form: the scenario's JSON, positions packed as letters. */
export type LinkPayload = Readonly<Record<string, unknown>>;

function memberNotesOf(text: string | undefined): Result<unknown> {
  if (text === undefined) return ok(undefined);
  try {
    return ok(JSON.parse(text));
  } catch {
    return refused('its member notes are garbled.');
  }
}

/**
 * Numbered migrations: `LINK_MIGRATIONS[n]` turns the parts of a version-n link into those of
 * version n + 1.
 * 1 -> 2: links gained a name (`n`), a note (`t`) and member notes (`m`); a v1 link has none.
 * 2 -> 3: the parts become the scenario's own JSON (what a version-3 link packs and checks).
 */
export const LINK_MIGRATIONS = {
  1: (parts: LinkParts): LinkParts => parts,
  2: (parts: LinkParts): Result<LinkPayload> => {
    const f = parts.fields;
    const memberNotes = memberNotesOf(f.get('m'));
    if (!memberNotes.ok) return memberNotes;
    // Notes in old links are plain text: scenario version 1, whose migration gives each note
    // the position it was written for (the member's position in the link).
    return ok({
      version: 1,
      datasetId: f.get('d'),
      rule: f.get('r'),
      positions: f.get('p'),
      ...(f.has('n') ? { name: f.get('n') } : {}),
      ...(f.has('t') ? { note: f.get('t') } : {}),
      ...(memberNotes.value === undefined ? {} : { memberNotes: memberNotes.value }),
    });
  },
} as const;

/** A version-1 or -2 fragment as today's payload, with what it lost on the way. */
export function readLegacyLink(fragment: string, version: 1 | 2): Result<{ payload: LinkPayload; lost: readonly string[] }> {
  const parts = splitLink(fragment, LEGACY_PARTS[version]);
  if (!parts.ok) return parts;
  const v2 = version === 1 ? LINK_MIGRATIONS[1](parts.value) : parts.value;
  const payload = LINK_MIGRATIONS[2](v2);
  return payload.ok ? ok({ payload: payload.value, lost: parts.value.lost }) : err(payload.error);
}
