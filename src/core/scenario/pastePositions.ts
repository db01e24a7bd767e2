/**
 * Positions pasted in one go, as analysts keep them in notes, e-mails and spreadsheets: one member
 * and one position per line ("Germany: against", "FR pour", "Italy<TAB>abstain",
 * "Netherlands – undecided", or two spreadsheet columns), member names or codes in English,
 * French or German, position words in the three languages. Nothing is guessed: a line that is not
 * exactly a member and a position is named, and so is a member named twice.
 */
import { COUNTRY_NAMES, type CountryCode, type KnownCode } from '../rules/countries';
import { POSITIONS, type Position, type Positions } from '../rules/vote';
import { MEMBER_NAMES, OTHER_MEMBER_NAMES, POSITION_WORDS } from './pasteWords';

/**
 * Why a line was not read: `unread` (no member and position found), `member` (a position word,
 * but no member by that name), `position` (a member, but no position by that word),
 * `not_member` (a member of another Council than the scenario's).
 */
export type PasteProblemKind = 'unread' | 'member' | 'position' | 'not_member';

export interface PasteProblem {
  /** 1-based line number in the pasted text. */
  readonly line: number;
  /** The line as pasted, trimmed. */
  readonly text: string;
  readonly kind: PasteProblemKind;
  /** The part that was not understood (`member`, `position`) or the member (`not_member`). */
  readonly part?: string;
}

export interface PastedPosition {
  readonly line: number;
  readonly code: CountryCode;
  readonly position: Position;
}

/** A member named on more than one line: none of its lines is applied. */
export interface PastedDuplicate {
  readonly code: CountryCode;
  readonly lines: readonly number[];
}

export interface PastedPositions {
  /** One per member named exactly once, in the order pasted. */
  readonly positions: readonly PastedPosition[];
  readonly problems: readonly PasteProblem[];
  readonly duplicates: readonly PastedDuplicate[];
}

/** A position that differs from the scenario's. */
export interface PasteChange {
  readonly code: CountryCode;
  readonly from: Position;
  readonly to: Position;
  readonly line: number;
}

/** Case, accents, curly quotes and spacing do not matter: "Enthält sich" = "enthalt sich". */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function table<T>(entries: Iterable<readonly [string, T]>): ReadonlyMap<string, T> {
  const m = new Map<string, T>();
  for (const [word, value] of entries) m.set(normaliseWord(word), value);
  return m;
}

const CODES = Object.keys(COUNTRY_NAMES) as KnownCode[];

const MEMBERS = table<KnownCode>(
  CODES.flatMap((code) => [
    [code, code] as const,
    [COUNTRY_NAMES[code], code] as const,
    ...MEMBER_NAMES.fr[code].map((n) => [n, code] as const),
    ...MEMBER_NAMES.de[code].map((n) => [n, code] as const),
    ...(OTHER_MEMBER_NAMES[code] ?? []).map((n) => [n, code] as const),
  ]),
);

const WORDS = table<Position>(
  Object.values(POSITION_WORDS).flatMap((byPosition) => POSITIONS.flatMap((p) => byPosition[p].map((w) => [w, p] as const))),
);

/** Words of a heading row ("Member state | Position"), skipped when it is the first line. */
const HEADING = new Set(['member', 'members', 'member state', 'state', 'country', 'position', 'vote', 'code', 'pays', 'etat', 'etat membre', 'membre', 'mitgliedstaat', 'land', 'staat', 'stimme', 'haltung']);

/** The member of a name or code ("Pays-Bas", "nl"), if any. */
export function memberOfWord(text: string): KnownCode | undefined {
  return MEMBERS.get(normaliseWord(text));
}

/** The position of a word in English, French or German ("dagegen"), if any. */
export function positionOfWord(text: string): Position | undefined {
  return WORDS.get(normaliseWord(text));
}

/** The words of a line, with separators (tab, colon, semicolon, comma, =, |, arrows, dashes between spaces) as spaces. */
function wordsOf(line: string): string[] {
  return line
    .replace(/["“”«»]/g, ' ')
    .replace(/[\t:;,=|→]/g, ' ')
    .replace(/(^|\s)[-–—]+(?=\s|$)/g, ' ')
    .replace(/[–—]/g, ' ')
    .replace(/\.\s*$/, '')
    .split(/\s+/)
    .filter(Boolean);
}

type LineReading = { readonly ok: true; readonly code: KnownCode; readonly position: Position } | { readonly ok: false; readonly kind: 'unread' | 'member' | 'position'; readonly part?: string };

/** A line is a member then a position, or a position then a member; every way of cutting it is tried. */
function readLine(words: readonly string[]): LineReading {
  for (let i = 1; i < words.length; i++) {
    const left = words.slice(0, i).join(' ');
    const right = words.slice(i).join(' ');
    const code = memberOfWord(left) ?? memberOfWord(right);
    const position = memberOfWord(left) ? positionOfWord(right) : positionOfWord(left);
    if (code && position) return { ok: true, code, position };
  }
  for (let i = 1; i < words.length; i++) {
    const left = words.slice(0, i).join(' ');
    const right = words.slice(i).join(' ');
    if (memberOfWord(left)) return { ok: false, kind: 'position', part: right };
    if (positionOfWord(right)) return { ok: false, kind: 'member', part: left };
  }
  return { ok: false, kind: 'unread' };
}

/**
 * Reads pasted positions for the members of one Council (`members`). Blank lines and a first
 * heading row are skipped; every other line must name one member and one position. A member
 * named on two lines is reported and applied from neither, since the paste contradicts itself or
 * repeats itself and the analyst should decide.
 * Not a treaty rule: the input side of Art. 16(4) TEU and Art. 238 TFEU evaluations.
 * @example readPastedPositions('Germany: against\nFR pour', eu27).positions // [{ line: 1, code: 'DE', position: 'no' }, { line: 2, code: 'FR', position: 'yes' }]
 */
export function readPastedPositions(text: string, members: readonly CountryCode[]): PastedPositions {
  const inCouncil = new Set<string>(members);
  const found: PastedPosition[] = [];
  const problems: PasteProblem[] = [];
  let first = true;
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = i + 1;
    const words = wordsOf(raw);
    if (words.length === 0) continue;
    const wasFirst = first;
    first = false;
    const r = readLine(words);
    const shown = raw.trim();
    if (!r.ok) {
      if (wasFirst && words.every((w) => HEADING.has(normaliseWord(w)))) continue;
      problems.push({ line, text: shown, kind: r.kind, ...(r.part === undefined ? {} : { part: r.part }) });
    } else if (!inCouncil.has(r.code)) problems.push({ line, text: shown, kind: 'not_member', part: r.code });
    else found.push({ line, code: r.code as string as CountryCode, position: r.position });
  }
  const lines = new Map<CountryCode, number[]>();
  for (const p of found) lines.set(p.code, [...(lines.get(p.code) ?? []), p.line]);
  const duplicates = [...lines].filter(([, ls]) => ls.length > 1).map(([code, ls]) => ({ code, lines: ls }));
  const twice = new Set(duplicates.map((d) => d.code));
  return { positions: found.filter((p) => !twice.has(p.code)), problems, duplicates };
}

/**
 * The pasted positions that differ from `current`, in the order pasted.
 * @example pasteChanges({ DE: 'yes' }, reading) // [{ code: 'DE', from: 'yes', to: 'no', line: 1 }]
 */
export function pasteChanges(current: Positions, pasted: PastedPositions): PasteChange[] {
  return pasted.positions
    .map((p) => ({ code: p.code, from: current[p.code] ?? 'undecided', to: p.position, line: p.line }))
    .filter((c) => c.from !== c.to);
}

/** The positions after the paste: `current` with every pasted position applied. */
export function withPasted(current: Positions, pasted: PastedPositions): Positions {
  return { ...current, ...Object.fromEntries(pasted.positions.map((p) => [p.code, p.position])) };
}

/**
 * A problem in plain English, for the command line (the app words the same problems from its
 * catalogues, in the language on screen).
 * @example pasteProblemText({ line: 3, text: 'Fance pour', kind: 'member', part: 'Fance' }) // 'line 3 ("Fance pour"): no member is called "Fance"'
 */
export function pasteProblemText(p: PasteProblem): string {
  const at = `line ${p.line} ("${p.text}")`;
  switch (p.kind) {
    case 'unread':
      return `${at}: not a member and a position`;
    case 'member':
      return `${at}: no member is called "${p.part ?? ''}"`;
    case 'position':
      return `${at}: "${p.part ?? ''}" is not a position (yes, no, abstain, not participating, undecided)`;
    case 'not_member':
      return `${at}: ${COUNTRY_NAMES[p.part as KnownCode] ?? p.part} is not a member of this Council`;
  }
}

/** A member named twice, in plain English (see {@link pasteProblemText}). */
export function pasteDuplicateText(d: PastedDuplicate): string {
  return `${COUNTRY_NAMES[d.code as string as KnownCode]} is named on lines ${d.lines.join(', ')}: its position is not changed`;
}
