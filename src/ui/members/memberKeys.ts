import type { KeyboardEvent } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { Position } from '../../core/rules/vote';
import { POSITION_BY_KEY } from './positionOptions';

/** Moves the focus to the checked radio of the member `step` rows away, in the same list. */
function focusRow(from: HTMLElement, step: 1 | -1) {
  const groups = Array.from(from.closest('ol')?.querySelectorAll<HTMLElement>('[role="radiogroup"]') ?? []);
  const here = groups.indexOf(from.closest<HTMLElement>('[role="radiogroup"]')!);
  groups[here + step]?.querySelector<HTMLInputElement>('input:checked')?.focus();
}

/**
 * The members' keyboard model on a radio group: ↑ ↓ move between members (the radios' own
 * ← → still move between positions), Y N A P U set a position.
 */
export function onMemberKey(e: KeyboardEvent<HTMLElement>, code: CountryCode, onSet: (code: CountryCode, p: Position) => void): void {
  if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement).tagName !== 'INPUT') return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    focusRow(e.target as HTMLElement, e.key === 'ArrowDown' ? 1 : -1);
    return;
  }
  const chosen = POSITION_BY_KEY[e.key.toLowerCase()];
  if (chosen) {
    e.preventDefault();
    onSet(code, chosen);
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${chosen}"]`)?.focus();
  }
}
