import { POSITIONS, type Position } from '../../core/vote';
import { POSITION_OPTIONS } from '../positionOptions';

/** Clicking a tile moves it on: yes → no → abstain → not participating → undecided → yes. */
export function nextPosition(p: Position): Position {
  return POSITIONS[(POSITIONS.indexOf(p) + 1) % POSITIONS.length]!;
}

export function positionOption(p: Position) {
  return POSITION_OPTIONS.find((o) => o.value === p)!;
}
