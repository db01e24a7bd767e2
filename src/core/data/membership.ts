/**
 * Who was a member of the Council on a given day: the Union of 27 before Croatia's accession
 * (1 July 2013, Treaty of Accession of Croatia), the 28 until the United Kingdom's withdrawal
 * (31 January 2020, Art. 50 TEU), the 27 since.
 */
import { PROTOCOL_ORDER, type KnownCode } from '../rules/countries';

export const MEMBERSHIP_IDS = ['eu27-2007', 'eu28', 'eu27-2020'] as const;
export type MembershipId = (typeof MEMBERSHIP_IDS)[number];

export interface Membership {
  readonly id: MembershipId;
  readonly label: string;
  /** First and last day (inclusive, YYYY-MM-DD); `to` is null while it lasts. */
  readonly from: string;
  readonly to: string | null;
  /** In protocol order. */
  readonly members: readonly KnownCode[];
}

const EU28: readonly KnownCode[] = PROTOCOL_ORDER.slice(0, PROTOCOL_ORDER.indexOf('UK') + 1);

export const MEMBERSHIPS: readonly Membership[] = [
  {
    id: 'eu27-2007',
    label: 'EU-27 (before Croatia joined)',
    from: '2007-01-01',
    to: '2013-06-30',
    members: EU28.filter((c) => c !== 'HR'),
  },
  {
    id: 'eu28',
    label: 'EU-28 (with Croatia and the United Kingdom)',
    from: '2013-07-01',
    to: '2020-01-31',
    members: EU28,
  },
  {
    id: 'eu27-2020',
    label: 'EU-27 (after the United Kingdom left)',
    from: '2020-02-01',
    to: null,
    members: EU28.filter((c) => c !== 'UK'),
  },
];

/**
 * The Council's members on a day (YYYY-MM-DD), or undefined before 2007 (no record is older).
 * @example membershipOn('2013-06-30').members.includes('HR') // false
 */
export function membershipOn(date: string): Membership | undefined {
  return MEMBERSHIPS.find((m) => m.from <= date && (m.to === null || date <= m.to));
}
