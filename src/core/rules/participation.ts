/**
 * Who takes part in a vote (the Council's configurations as of 2026). Members outside take the position
 * `absent` and leave every denominator (Art. 238(3) TFEU).
 */
import type { KnownCode } from './countries';

export const PARTICIPATION_PRESETS = ['all', 'jha', 'euro', 'schengen', 'eppo'] as const;
export type ParticipationPreset = (typeof PARTICIPATION_PRESETS)[number];

interface PresetInfo {
  readonly label: string;
  readonly basis: string;
  /** Members outside; or, for `only`, the complete list of participants. */
  readonly outside?: readonly KnownCode[];
  readonly only?: readonly KnownCode[];
}

export const PARTICIPATION: Readonly<Record<ParticipationPreset, PresetInfo>> = {
  all: { label: 'All members', basis: 'Art. 16(4) TEU' },
  jha: { label: 'Justice and home affairs (Denmark not participating)', basis: 'Protocol No 22', outside: ['DK'] },
  euro: {
    label: 'Euro area (21 members from 2026)',
    basis: 'Art. 136 and 238(3) TFEU',
    only: ['AT', 'BE', 'BG', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'EL', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES'],
  },
  schengen: { label: 'Schengen members (without Cyprus and Ireland)', basis: 'Protocol No 19', outside: ['CY', 'IE'] },
  eppo: { label: 'EPPO participants (without Denmark, Hungary, Ireland)', basis: 'Regulation (EU) 2017/1939, Art. 330 TFEU', outside: ['DK', 'HU', 'IE'] },
};

/** Whether a member takes part under a preset. Members unknown to the preset (candidates) take part. */
export function participates(preset: ParticipationPreset, code: string): boolean {
  const p = PARTICIPATION[preset];
  if (p.only) return p.only.includes(code as KnownCode);
  return !(p.outside ?? []).includes(code as KnownCode);
}
