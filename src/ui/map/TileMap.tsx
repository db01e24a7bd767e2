import { useCallback, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import { tileGrid, tileNeighbour, type Direction } from '../../core/data/tileLayout';
import { useDataset, usePivotalCodes } from '../../state/selectors';
import { useStore } from '../../state/store';
import { POSITION_BY_KEY } from '../members/positionOptions';
import { nextPosition } from './cycle';
import { Tile } from './Tile';
import { useT } from '../i18n/useT';
import './map.css';
import '../../i18n/later/register';

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The member states as equal tiles at their rough place in Europe. A click moves a tile to the
 * next position; on a focused tile, Y N A P U set it and the arrow keys move between tiles
 * (one tab stop for the whole map).
 */
export function TileMap({ label }: { readonly label?: string }) {
  const tr = useT();
  const dataset = useDataset();
  const positions = useStore((s) => s.scenario.positions);
  const positionSet = useStore((s) => s.positionSet);
  const pivotal = usePivotalCodes();
  const grid = useMemo(() => tileGrid(dataset.members.map((m) => m.code)), [dataset]);
  const [active, setActive] = useState<CountryCode | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const pivotHintId = useId();
  const current = active && grid.tiles.some((t) => t.code === active) ? active : (grid.tiles[0]?.code ?? null);

  const onCycle = useCallback(
    (code: CountryCode) => positionSet(code, nextPosition(useStore.getState().scenario.positions[code] ?? 'undecided')),
    [positionSet],
  );
  const onKey = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>, code: CountryCode) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const dir = ARROWS[e.key];
      if (dir) {
        e.preventDefault();
        const to = tileNeighbour(grid, code, dir);
        if (to) {
          setActive(to);
          ref.current?.querySelector<HTMLButtonElement>(`[data-code="${to}"]`)?.focus();
        }
        return;
      }
      const chosen = POSITION_BY_KEY[e.key.toLowerCase()];
      if (chosen && !e.shiftKey) {
        e.preventDefault();
        positionSet(code, chosen);
      }
    },
    [grid, positionSet],
  );

  const style = { '--cols': grid.cols, '--rows': grid.rows } as CSSProperties;
  return (
    <div ref={ref} className="tilemap" style={style} role="group" aria-label={label ?? tr.t('map.tiles')}>
      {grid.tiles.map((t) => (
        <Tile
          key={t.code}
          code={t.code}
          label={`${tr.country(t.code)}: ${tr.t(`position.${positions[t.code] ?? 'undecided'}`)}`}
          pivotalLabel={tr.t('map.tilePivotal', { label: '{label}' })}
          position={positions[t.code] ?? 'undecided'}
          pivotal={pivotal.has(t.code)}
          row={t.row}
          col={t.col}
          interactive
          tabbable={t.code === current}
          pivotHintId={pivotHintId}
          onCycle={onCycle}
          onKey={onKey}
          onFocus={setActive}
        />
      ))}
      <span id={pivotHintId} hidden>
        {tr.t('map.pivotHint')}
      </span>
    </div>
  );
}
