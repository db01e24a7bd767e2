/**
 * Splitting a link fragment (`v=2&d=…&n=…`) into its parts, strictly: a part given twice is
 * refused, a part this app does not know or a text with a damaged `%` escape is named — never
 * silently dropped, never shown as U+FFFD.
 */
import { err, ok, type Result } from '../result';
import { quote } from '../format';

export interface PartSpec {
  /** "dataset": used in "its dataset could not be read", "it has no dataset". */
  readonly one: string;
  /** "datasets": used in "it has two datasets". */
  readonly many: string;
  /** The link cannot be opened without it. */
  readonly required?: boolean;
  /** Free text: when unreadable, it is left out and the rest opens (with a message). */
  readonly text?: boolean;
}

export type PartSpecs = Readonly<Record<string, PartSpec>>;

export interface LinkParts {
  readonly fields: ReadonlyMap<string, string>;
  /** What was left out, as clauses: 'the note could not be read (a damaged "%" escape)'. */
  readonly lost: readonly string[];
}

export const refused = (problem: string): Result<never> =>
  err({ code: 'link.invalid', message: `This link cannot be opened: ${problem}` });

/** `application/x-www-form-urlencoded` decoding, or null for a damaged `%` escape or bad UTF-8. */
function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

interface Segment {
  readonly raw: string;
  readonly key: string | null;
  readonly value: string;
}

function segments(fragment: string): Segment[] {
  return fragment
    .replace(/^#/, '')
    .split('&')
    .filter((s) => s !== '')
    .map((raw) => {
      const eq = raw.indexOf('=');
      return { raw, key: decodePart(eq < 0 ? raw : raw.slice(0, eq)), value: eq < 0 ? '' : raw.slice(eq + 1) };
    });
}

const count = (n: number) => (n === 2 ? 'two' : String(n));

/** The version part (`v`) of a fragment, refused when missing, repeated or unreadable. */
export function versionOf(fragment: string): Result<string> {
  const given = segments(fragment).filter((s) => s.key === 'v');
  if (given.length === 0) return refused('it has no version.');
  if (given.length > 1) return refused(`it has ${count(given.length)} version numbers (${given.map((s) => quote(s.value)).join(' and ')}).`);
  const v = decodePart(given[0]!.value);
  return v === null ? refused(`its version could not be read (a damaged "%" escape in ${quote(given[0]!.value)}).`) : ok(v);
}

/**
 * The parts of a fragment under one version's specs.
 * @example splitLink('v=2&d=a&d=b', V2_PARTS) // refused: 'it has two datasets ("a" and "b").'
 */
export function splitLink(fragment: string, specs: PartSpecs): Result<LinkParts> {
  const lost: string[] = [];
  const byKey = new Map<string, string[]>();
  for (const s of segments(fragment)) {
    if (s.key === null || !Object.hasOwn(specs, s.key)) {
      lost.push(`a part this app does not know was left out (${quote(s.raw)})`);
      continue;
    }
    byKey.set(s.key, [...(byKey.get(s.key) ?? []), s.value]);
  }
  const fields = new Map<string, string>();
  for (const [key, spec] of Object.entries(specs)) {
    const values = byKey.get(key) ?? [];
    if (values.length > 1) {
      const shown = values.map((v) => quote(decodePart(v) ?? v, 40)).join(' and ');
      return refused(`it has ${count(values.length)} ${spec.many} (${shown}).`);
    }
    if (values.length === 0) {
      if (spec.required) return refused(`it has no ${spec.one}.`);
      continue;
    }
    const value = decodePart(values[0]!);
    if (value !== null) fields.set(key, value);
    else if (spec.text) lost.push(`the ${spec.one} could not be read (a damaged "%" escape)`);
    else return refused(`its ${spec.one} could not be read (a damaged "%" escape in ${quote(values[0]!)}).`);
  }
  return ok({ fields, lost });
}

/** One sentence for what a link lost: "In this link, the note could not be read (…): the rest was opened." */
export function lostMessage(lost: readonly string[]): string {
  const shown = lost.length > 3 ? [...lost.slice(0, 3), `${lost.length - 3} more parts were left out`] : lost;
  return `In this link, ${shown.join(' and ')}: the rest was opened.`;
}
