import type { CountryCode } from '../../core/rules/countries';
import type { Position } from '../../core/rules/vote';

/** What a member's row shows and does, in the list and in the compact table alike. */
export interface MemberRowProps {
  readonly code: CountryCode;
  readonly name: string;
  readonly share: string;
  readonly position: Position;
  readonly pivotal: boolean;
  readonly note: string;
  /** The position the note was written for, when the member has another one now. */
  readonly noteFor?: Position | undefined;
  readonly onSet: (code: CountryCode, position: Position) => void;
  readonly onNote: (code: CountryCode, text: string) => void;
}
