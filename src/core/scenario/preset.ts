/**
 * Preset scenarios: real Council files and rule-derived teaching cases, each with its
 * provenance (what happened, when, the sources, a confidence per position). Shipped files live
 * in data/presets and are validated once at load by {@link parsePreset}.
 *
 * Conventions ("wrong data is worse than missing data"):
 * - A member whose position nobody reported is `undecided` with confidence `unknown` and the note
 *   "Not reported.". `unknown` is allowed only with `undecided`: it says there is no report to be
 *   confident about, which `low` (a weak report) would misstate.
 * - A reported leaning ("leaning in favour", "moving in the right direction") is not a position:
 *   the member stays `undecided`, keeping the confidence of the report and a note.
 * - Reports that disagree only between abstaining and voting against are recorded as one of the two
 *   with a note: under QMV both count as not in favour (Art. 16(4) TEU; Council: "an abstention
 *   counts as a vote against").
 * - Every text a reader sees (title, summary, notes, the what-if question, each member's note) is
 *   written for readers, in English with a French and a German translation in the file's
 *   `translations`; source titles stay as published (mostly English) and are shown as links.
 */
import { ordinal } from '../order';
import { CONFIDENCES, type Confidence, type DatasetId } from '../data/dataset';
import { findDataset } from '../data/datasets';
import { isCalendarDay } from '../data/period';
import type { CodeKey, CountryCode } from '../rules/countries';
import { ok, type Result } from '../result';
import { NAME_MAX, NOTE_MAX, type MemberNote, type Scenario } from './scenario';
import { restoreScenario } from './scenarioGate';
import { isPosition, isRuleId, POSITIONS, RULE_IDS, type Position, type RuleId } from '../rules/vote';
import { PRESET_FILES } from '../../../data/presets/index';
import { longDate } from './longDate';
import {
  CONFIDENCE_WORDS,
  fail,
  isObject,
  isText,
  oneOf,
  parseTranslations,
  PRESET_LANGUAGES,
  SOURCES_WORD,
  unknownKey,
  type PresetLanguage,
  type PresetTexts,
  type Raw,
  type TranslatedLanguage,
} from './presetText';

export { PRESET_LANGUAGES, type PresetLanguage, type PresetTexts, type TranslatedLanguage } from './presetText';

/**
 * `recorded_vote`: a vote took place (the per-country positions may still come from press reports);
 * `reported_positions`: positions reported before a vote that never took place;
 * `rule_derived`: a teaching case that follows from the treaty text alone.
 */
export const PRESET_KINDS = ['recorded_vote', 'reported_positions', 'rule_derived'] as const;
export type PresetKind = (typeof PRESET_KINDS)[number];

/** The dataset confidences, plus `unknown`: no report of this member's position exists. */
export const PRESET_CONFIDENCES = [...CONFIDENCES, 'unknown'] as const;
export type PresetConfidence = Confidence | 'unknown';

export interface PresetPosition {
  readonly position: Position;
  readonly confidence: PresetConfidence;
  readonly note?: string;
}

export interface PresetSource {
  readonly label: string;
  readonly url: string;
}

/** A single change and the question it answers ("What if Italy had stayed opposed?"). */
export interface PresetWhatIf {
  readonly question: string;
  readonly code: CountryCode;
  readonly position: Position;
}

export interface Preset {
  readonly id: string;
  readonly title: string;
  /** The procedure or act. */
  readonly file: string;
  /** YYYY-MM-DD: the vote or the report; for rule-derived cases, the first day of the figures used. */
  readonly date: string;
  readonly kind: PresetKind;
  /** What happened, in one to three sentences. */
  readonly summary: string;
  /** Anything else a reader must know (e.g. how the confidences were rated). */
  readonly note?: string;
  /** The dataset nearest the date that the app has. */
  readonly datasetId: DatasetId;
  /** Why this dataset, where it is not the figures of the preset's own year. */
  readonly datasetNote?: string;
  readonly rule: RuleId;
  readonly sources: readonly PresetSource[];
  /** Exactly one entry per member of the dataset. */
  readonly positions: Readonly<Partial<Record<CodeKey, PresetPosition>>>;
  readonly whatIf?: PresetWhatIf;
  /** The same texts in every other language, with exactly the fields the English has. */
  readonly translations: Readonly<Record<TranslatedLanguage, PresetTexts>>;
}


const TOP_KEYS = ['formatVersion', 'id', 'title', 'file', 'date', 'kind', 'summary', 'note', 'datasetId', 'datasetNote', 'rule', 'sources', 'positions', 'whatIf', 'translations'];


function isWebAddress(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  try {
    const u = new URL(x);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function optionalText(file: string, raw: Raw, key: string, max = NOTE_MAX): Result<string | undefined> {
  const v = raw[key];
  if (v === undefined) return ok(undefined);
  if (!isText(v)) return fail(file, key, 'must be non-empty text when given');
  if (v.length > max) return fail(file, key, `is longer than ${max} characters`);
  return ok(v);
}

function parseSources(file: string, raw: unknown): Result<PresetSource[]> {
  if (!Array.isArray(raw) || raw.length === 0) return fail(file, 'sources', 'must be a non-empty list');
  const out: PresetSource[] = [];
  for (const [i, s] of raw.entries()) {
    const at = `sources[${i}]`;
    if (!isObject(s)) return fail(file, at, 'is not an object');
    const extra = unknownKey(s, ['label', 'url']);
    if (extra) return fail(file, `${at}.${extra}`, 'is not a known field');
    if (!isText(s.label)) return fail(file, `${at}.label`, 'is missing');
    if (!isWebAddress(s.url)) return fail(file, `${at}.url`, `must be an http(s) address (found ${JSON.stringify(s.url)})`);
    out.push({ label: s.label, url: s.url });
  }
  return ok(out);
}

function parsePosition(file: string, code: string, raw: unknown, kind: PresetKind): Result<PresetPosition> {
  const at = `positions.${code}`;
  if (!isObject(raw)) return fail(file, at, 'must be an object { position, confidence, note? }');
  const extra = unknownKey(raw, ['position', 'confidence', 'note']);
  if (extra) return fail(file, `${at}.${extra}`, 'is not a known field');
  if (!isPosition(raw.position)) return fail(file, `${at}.position`, `must be one of ${POSITIONS.join(', ')} (found ${JSON.stringify(raw.position)})`);
  if (!oneOf(PRESET_CONFIDENCES, raw.confidence)) {
    return fail(file, `${at}.confidence`, `must be one of ${PRESET_CONFIDENCES.join(', ')} (found ${JSON.stringify(raw.confidence)})`);
  }
  if (raw.confidence === 'unknown' && raw.position !== 'undecided') {
    return fail(file, `${at}.confidence`, `is "unknown", which only an undecided member may have (position is "${raw.position}")`);
  }
  if (kind === 'recorded_vote' && raw.position === 'undecided') {
    return fail(file, `${at}.position`, 'is undecided, but in a recorded vote every member has a position');
  }
  if (raw.note !== undefined && !isText(raw.note)) return fail(file, `${at}.note`, 'must be non-empty text when given');
  return ok({ position: raw.position, confidence: raw.confidence, ...(raw.note ? { note: raw.note } : {}) });
}

function parsePositions(file: string, raw: unknown, members: readonly CountryCode[], kind: PresetKind): Result<Record<string, PresetPosition>> {
  if (!isObject(raw)) return fail(file, 'positions', 'must be an object keyed by member code');
  const known = new Set<string>(members);
  const stranger = Object.keys(raw).find((k) => !known.has(k));
  if (stranger) return fail(file, `positions.${stranger}`, 'is not a member of the dataset');
  const out: Record<string, PresetPosition> = {};
  for (const code of members) {
    if (!(code in raw)) return fail(file, `positions.${code}`, 'is missing: every member of the dataset needs a position (undecided if not reported)');
    const p = parsePosition(file, code, raw[code], kind);
    if (!p.ok) return p;
    out[code] = p.value;
  }
  return ok(out);
}

function parseWhatIf(file: string, raw: unknown, positions: Record<string, PresetPosition>): Result<PresetWhatIf | undefined> {
  if (raw === undefined) return ok(undefined);
  if (!isObject(raw)) return fail(file, 'whatIf', 'must be an object { question, code, position }');
  const extra = unknownKey(raw, ['question', 'code', 'position']);
  if (extra) return fail(file, `whatIf.${extra}`, 'is not a known field');
  if (!isText(raw.question)) return fail(file, 'whatIf.question', 'is missing');
  const code = String(raw.code ?? '');
  const current = positions[code];
  if (!current) return fail(file, 'whatIf.code', `must be a member of the dataset (found ${JSON.stringify(raw.code)})`);
  if (!isPosition(raw.position)) return fail(file, 'whatIf.position', `must be one of ${POSITIONS.join(', ')} (found ${JSON.stringify(raw.position)})`);
  if (raw.position === current.position) return fail(file, 'whatIf.position', `changes nothing: ${code} is already "${raw.position}"`);
  return ok({ question: raw.question, code: code as CountryCode, position: raw.position });
}

/** The English texts, the model every translation must match field for field. */
function englishTexts(p: Omit<Preset, 'translations'>): PresetTexts {
  const notes: Partial<Record<CodeKey, string>> = {};
  for (const [code, entry] of Object.entries(p.positions) as [CodeKey, PresetPosition][]) if (entry.note) notes[code] = entry.note;
  return {
    title: p.title,
    summary: p.summary,
    ...(p.note ? { note: p.note } : {}),
    ...(p.datasetNote ? { datasetNote: p.datasetNote } : {}),
    ...(p.whatIf ? { whatIf: p.whatIf.question } : {}),
    notes,
  };
}

/**
 * The one gate for preset files: checks every field and names the file and the field at fault.
 * @example parsePreset(JSON.parse(text), 'data/presets/eu-mercosur-2026-01-09.json')
 */
export function parsePreset(raw: unknown, file: string): Result<Preset> {
  if (!isObject(raw)) return fail(file, 'the file', 'is not a JSON object');
  const extra = unknownKey(raw, TOP_KEYS);
  if (extra) return fail(file, extra, 'is not a known field');
  if (raw.formatVersion !== 1) return fail(file, 'formatVersion', `must be 1 (found ${JSON.stringify(raw.formatVersion)})`);
  if (!isText(raw.id) || !/^[a-z0-9-]+$/.test(raw.id)) return fail(file, 'id', 'must be lower-case letters, digits and dashes');
  const base = /([^/\\]+)\.json$/.exec(file)?.[1];
  if (base !== undefined && base !== raw.id) return fail(file, 'id', `must match the file name ("${base}"), found "${raw.id}"`);
  if (!isText(raw.title)) return fail(file, 'title', 'is missing');
  if (raw.title.length > NAME_MAX) return fail(file, 'title', `is longer than ${NAME_MAX} characters`);
  if (!isText(raw.file)) return fail(file, 'file', 'is missing (the procedure or act)');
  if (!isCalendarDay(raw.date)) return fail(file, 'date', `must be a date written YYYY-MM-DD (found ${JSON.stringify(raw.date)})`);
  if (!oneOf(PRESET_KINDS, raw.kind)) return fail(file, 'kind', `must be one of ${PRESET_KINDS.join(', ')} (found ${JSON.stringify(raw.kind)})`);
  if (!isText(raw.summary)) return fail(file, 'summary', 'is missing');
  const note = optionalText(file, raw, 'note');
  if (!note.ok) return note;
  const datasetNote = optionalText(file, raw, 'datasetNote');
  if (!datasetNote.ok) return datasetNote;
  const ds = findDataset(String(raw.datasetId ?? ''));
  if (!ds.ok) return fail(file, 'datasetId', `is not a known dataset: ${ds.error.message}`);
  if (ds.value.role !== 'council') return fail(file, 'datasetId', `"${ds.value.id}" is not a Council dataset`);
  if (!isRuleId(raw.rule)) return fail(file, 'rule', `must be one of ${RULE_IDS.join(', ')} (found ${JSON.stringify(raw.rule)})`);
  const sources = parseSources(file, raw.sources);
  if (!sources.ok) return sources;
  const positions = parsePositions(file, raw.positions, ds.value.members.map((m) => m.code), raw.kind);
  if (!positions.ok) return positions;
  const whatIf = parseWhatIf(file, raw.whatIf, positions.value);
  if (!whatIf.ok) return whatIf;
  const english: Omit<Preset, 'translations'> = {
    id: raw.id,
    title: raw.title,
    file: raw.file,
    date: raw.date,
    kind: raw.kind,
    summary: raw.summary,
    ...(note.value ? { note: note.value } : {}),
    datasetId: ds.value.id,
    ...(datasetNote.value ? { datasetNote: datasetNote.value } : {}),
    rule: raw.rule,
    sources: sources.value,
    positions: positions.value,
    ...(whatIf.value ? { whatIf: whatIf.value } : {}),
  };
  const translations = parseTranslations(file, raw.translations, englishTexts(english));
  if (!translations.ok) return translations;
  const preset: Preset = { ...english, translations: translations.value };
  // The scenario it opens, in every language, must pass the scenario gate too (lengths of the texts it carries).
  for (const lang of PRESET_LANGUAGES) {
    const restored = restoreScenario(presetScenario(preset, lang));
    if (!restored.ok) return fail(file, restored.error.path ?? 'the file', `gives an invalid scenario (${lang}): ${restored.error.message}`);
  }
  return ok(preset);
}

/**
 * A preset's texts in a language.
 * @example presetTexts(findPreset('eu-mercosur-2026-01-09')!, 'de').title // "EU-Mercosur-Abkommen: …"
 */
export function presetTexts(p: Preset, lang: PresetLanguage): PresetTexts {
  return lang === 'en' ? englishTexts(p) : p.translations[lang];
}

/** The scenario's note: date, summary, notes and the sources by title (the links are in the preset panel). */
function scenarioNote(p: Preset, t: PresetTexts, lang: PresetLanguage): string {
  const date = p.kind === 'rule_derived' ? '' : `${longDate(p.date, lang)}. `;
  const sources = `${SOURCES_WORD[lang]}${p.sources.map((s) => s.label).join('; ')}.`;
  return [`${date}${t.summary}`, t.note, t.datasetNote, sources].filter(Boolean).join('\n\n');
}

function memberNote(p: PresetPosition, text: string | undefined, kind: PresetKind, lang: PresetLanguage): string | undefined {
  const c = CONFIDENCE_WORDS[lang];
  const confidence = kind === 'rule_derived' || p.confidence === 'unknown' ? '' : `${c.label}${c.words[p.confidence]}.`;
  return [text, confidence].filter(Boolean).join(' ') || undefined;
}

/**
 * An editable scenario opened from a preset, in a language: a fresh object each call, so edits
 * never reach the preset. Member notes carry each position's note and confidence in words, written
 * for the preset's position; the scenario note the date, summary and the sources' titles.
 * @example presetScenario(findPreset('eu-mercosur-2026-01-09')!).positions.IT // 'yes'
 */
export function presetScenario(p: Preset, lang: PresetLanguage = 'en'): Scenario {
  const t = presetTexts(p, lang);
  const positions: Partial<Record<CodeKey, Position>> = {};
  const memberNotes: Partial<Record<CodeKey, MemberNote>> = {};
  for (const [code, entry] of Object.entries(p.positions) as [CodeKey, PresetPosition][]) {
    positions[code] = entry.position;
    const text = memberNote(entry, t.notes[code], p.kind, lang);
    if (text) memberNotes[code] = { text, position: entry.position };
  }
  return {
    datasetId: p.datasetId,
    rule: p.rule,
    positions,
    name: t.title,
    note: scenarioNote(p, t, lang),
    ...(Object.keys(memberNotes).length ? { memberNotes } : {}),
    date: p.date,
  };
}

/**
 * The preset's "what if": the same scenario with its single change applied, or undefined.
 * @example whatIfScenario(findPreset('eu-mercosur-2026-01-09')!)?.positions.IT // 'no'
 */
export function whatIfScenario(p: Preset, lang: PresetLanguage = 'en'): Scenario | undefined {
  if (!p.whatIf) return undefined;
  const s = presetScenario(p, lang);
  const t = presetTexts(p, lang);
  return { ...s, name: `${t.title}: ${t.whatIf ?? p.whatIf.question}`.slice(0, NAME_MAX), positions: { ...s.positions, [p.whatIf.code]: p.whatIf.position } };
}

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/**
 * Every shipped preset, validated and frozen at load: real files by date, then the teaching
 * cases. A shipped file that fails validation is a build defect, so this throws naming file and field.
 */
export const PRESETS: readonly Preset[] = deepFreeze(
  Object.entries(PRESET_FILES)
    .map(([file, raw]) => {
      const parsed = parsePreset(raw, file);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return parsed.value;
    })
    .sort((a, b) => Number(a.kind === 'rule_derived') - Number(b.kind === 'rule_derived') || ordinal(a.date, b.date) || ordinal(a.id, b.id)),
);
// Ids equal file names, so they are unique within data/presets; this guards a second folder.
if (new Set(PRESETS.map((p) => p.id)).size !== PRESETS.length) throw new Error('Two shipped presets share an id.');

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
