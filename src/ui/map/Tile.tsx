import { memo, type KeyboardEvent } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { Position } from '../../core/rules/vote';
import { positionOption } from './cycle';

interface Props {
  readonly code: CountryCode;
  /** What the tile says to assistive technology: "Germany: No" (only for an interactive tile). */
  readonly label?: string;
  /** The tooltip of a pivotal tile, with {label} standing for the label. */
  readonly pivotalLabel?: string;
  readonly position: Position;
  readonly pivotal: boolean;
  readonly row: number;
  readonly col: number;
  /** False: a picture only (print), not a control. */
  readonly interactive: boolean;
  readonly tabbable?: boolean;
  readonly pivotHintId?: string;
  readonly onCycle?: (code: CountryCode) => void;
  readonly onKey?: (e: KeyboardEvent<HTMLButtonElement>, code: CountryCode) => void;
  readonly onFocus?: (code: CountryCode) => void;
}

/** One member on the tile map: its code, its position by colour and by symbol, ◆ when pivotal. */
export const Tile = memo(function Tile(p: Props) {
  const option = positionOption(p.position);
  const className = `tile tile--${p.position}${p.pivotal ? ' tile--pivotal' : ''}`;
  const style = { gridRow: p.row + 1, gridColumn: p.col + 1 };
  const face = (
    <>
      {/* Drawn by CSS from data-label: the button's name stays "Germany: No", as the map's contract says. */}
      <span className="tile__code" data-label={p.code} />
      <span className="tile__icon" data-label={option.icon} />
      {p.pivotal && <span className="tile__pivot">◆</span>}
    </>
  );
  if (!p.interactive) {
    return (
      <div className={className} style={style} aria-hidden="true">
        <span className="tile__face">{face}</span>
      </div>
    );
  }
  return (
    <button
      type="button"
      className={className}
      style={style}
      data-code={p.code}
      aria-label={p.label}
      aria-describedby={p.pivotal ? p.pivotHintId : undefined}
      title={p.pivotal && p.pivotalLabel ? p.pivotalLabel.replace('{label}', p.label ?? '') : p.label}
      tabIndex={p.tabbable ? 0 : -1}
      onClick={() => p.onCycle?.(p.code)}
      onKeyDown={(e) => p.onKey?.(e, p.code)}
      onFocus={() => p.onFocus?.(p.code)}
    >
      <span aria-hidden="true" className="tile__face">
        {face}
      </span>
    </button>
  );
});
