import type { Position } from '../../core/rules/vote';
import type { Translator } from '../../i18n/translator';

/** The five options in the order shown, with their keyboard shortcut and a non-colour cue. */
export const POSITION_OPTIONS: ReadonlyArray<{ readonly value: Position; readonly label: string; readonly key: string; readonly icon: string }> = [
  { value: 'yes', label: 'Yes', key: 'y', icon: '✓' },
  { value: 'no', label: 'No', key: 'n', icon: '✕' },
  { value: 'abstain', label: 'Abstain', key: 'a', icon: '–' },
  { value: 'absent', label: 'Not participating', key: 'p', icon: '∅' },
  { value: 'undecided', label: 'Undecided', key: 'u', icon: '?' },
];

/** The option shown for a position: its (English) label, key and symbol. */
export function positionOption(p: Position) {
  return POSITION_OPTIONS.find((o) => o.value === p)!;
}

/** A position's name in the language on screen. */
export function positionLabel(p: Position, tr: Translator): string {
  return tr.t(`position.${p}`);
}

export const POSITION_BY_KEY: Readonly<Record<string, Position>> = Object.fromEntries(
  POSITION_OPTIONS.map((o) => [o.key, o.value]),
);
