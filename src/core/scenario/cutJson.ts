/**
 * Reading what survived of a JSON object whose text was cut off: every member that arrived
 * whole, in order, and the name of the one the cut fell in.
 */

export interface CutObject {
  /** The members that arrived whole. */
  readonly members: Readonly<Record<string, unknown>>;
  /** The name of the member the text stopped in, when its name arrived. */
  readonly cutIn?: string;
  /** The object's closing brace arrived: nothing was lost. */
  readonly whole: boolean;
}

/** Index just past the JSON string starting at `i` (a `"`), or -1 when the text ends first. */
function stringEnd(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === '"') return k + 1;
  }
  return -1;
}

/** Index just past the JSON value starting at `i`, or -1 when the text ends first. */
function valueEnd(text: string, i: number): number {
  if (text[i] === '"') return stringEnd(text, i);
  if (text[i] !== '{' && text[i] !== '[') {
    const m = /^[^,}\]\s]+/.exec(text.slice(i, i + 40));
    const end = m ? i + m[0].length : i;
    return end < text.length ? end : -1;
  }
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const c = text[k];
    if (c === '"') {
      const e = stringEnd(text, k);
      if (e < 0) return -1;
      k = e - 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/**
 * The members of a (possibly cut) compact JSON object that arrived whole.
 * @example readCutObject('{"a":1,"b":"x') // { members: { a: 1 }, cutIn: 'b', whole: false }
 */
export function readCutObject(text: string): CutObject {
  const found: [string, unknown][] = [];
  // fromEntries defines own properties, so a member named "__proto__" stays a plain member.
  const done = (whole: boolean, cutIn?: string): CutObject => ({ members: Object.fromEntries(found), whole, ...(cutIn === undefined ? {} : { cutIn }) });
  if (text[0] !== '{') return done(false);
  let i = 1;
  while (i < text.length) {
    if (text[i] === '}') return done(i === text.length - 1);
    const keyEnd = text[i] === '"' ? stringEnd(text, i) : -1;
    if (keyEnd < 0) break;
    const key = parse(text.slice(i, keyEnd));
    if (!key.ok || typeof key.value !== 'string' || text[keyEnd] !== ':') break;
    const end = valueEnd(text, keyEnd + 1);
    const value = end < 0 ? { ok: false as const } : parse(text.slice(keyEnd + 1, end));
    if (!value.ok) return done(false, key.value);
    found.push([key.value, value.value]);
    i = end;
    if (text[i] === ',') i++;
    else if (text[i] !== '}') break;
  }
  return done(false);
}
