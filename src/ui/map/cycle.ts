import { POSITIONS, type Position } from '../../core/rules/vote';

/** Clicking a tile moves it on: yes → no → abstain → not participating → undecided → yes. */
export function nextPosition(p: Position): Position {
  return POSITIONS[(POSITIONS.indexOf(p) + 1) % POSITIONS.length]!;
}

export { positionOption } from '../members/positionOptions';
