/**
 * Share links: the scenario in the URL fragment, compact and versioned:
 * `#v=1&d=council-2025&r=qmv&p=yyynnauu…` with one letter per member in the dataset's order.
 */
import { findDataset } from './datasets';
import { err, type Result } from './result';
import { restoreScenario, SCENARIO_VERSION, type Scenario } from './scenario';
import type { Position } from './vote';

const LETTER: Readonly<Record<Position, string>> = { yes: 'y', no: 'n', abstain: 'a', absent: 'p', undecided: 'u' };
const FROM_LETTER: Readonly<Record<string, Position>> = Object.fromEntries(
  Object.entries(LETTER).map(([p, l]) => [l, p as Position]),
);

/** @example encodeLink(scenario) // "v=1&d=council-2025&r=qmv&p=yyyy…" */
export function encodeLink(s: Scenario): string {
  const ds = findDataset(s.datasetId);
  if (!ds.ok) throw new Error(ds.error.message);
  const letters = ds.value.members.map((m) => LETTER[s.positions[m.code] ?? 'undecided']).join('');
  return new URLSearchParams({ v: String(SCENARIO_VERSION), d: s.datasetId, r: s.rule, p: letters }).toString();
}

const bad = (message: string): Result<never> => err({ code: 'link.invalid', message: `This link cannot be opened: ${message}` });

/**
 * Reads a link fragment (with or without the leading `#`) back into a scenario, or says
 * exactly what is wrong with it. Never throws.
 */
export function decodeLink(fragment: string): Result<Scenario> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const v = params.get('v');
  if (v !== String(SCENARIO_VERSION)) return bad(v === null ? 'it has no version.' : `version "${v}" is not known.`);
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
  const restored = restoreScenario({ version: SCENARIO_VERSION, datasetId: ds.value.id, rule: params.get('r'), positions });
  return restored.ok ? restored : bad(restored.error.message);
}
