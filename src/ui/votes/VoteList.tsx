import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
} from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { RecordedVote } from '../../core/votes/record';
import { VoteListItem } from './VoteListItem';

/**
 * A row's height before it is measured (px): a date line, two title lines and a positions line;
 * on a narrow screen the lines wrap and the button goes below.
 */
const ESTIMATE = { wide: 130, narrow: 200 } as const;
const NARROW = '(max-width: 40rem)';
/** The space between rows (px), as the short lists have (0.4rem). */
const GAP = 6;
/** Rows drawn beyond each edge of the box, so Tab and a quick scroll land on rows already there. */
const OVERSCAN = 2;

interface Props {
  readonly votes: readonly RecordedVote[];
  readonly onOpen: (vote: RecordedVote) => void;
  readonly label: string;
}

/**
 * Every matching vote in one scrolling box, of which only the rows in view are in the page: a
 * filter change redraws a screenful, whatever the count. Still a list to assistive technology
 * (each row says its place among all), and the row holding the focus stays in the page while it does.
 */
export const VoteList = memo(function VoteList({ votes, onOpen, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focused = useMemo(
    () => (focusedId === null ? -1 : votes.findIndex((v) => v.id === focusedId)),
    [votes, focusedId],
  );
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (focused < 0 || rows.includes(focused)) return rows;
      return [...rows, focused].sort((a, b) => a - b);
    },
    [focused],
  );
  const [estimate] = useState(() => (window.matchMedia?.(NARROW).matches ? ESTIMATE.narrow : ESTIMATE.wide));
  const virtualizer = useVirtualizer({
    count: votes.length,
    getScrollElement: () => box.current,
    // Stable between renders, so a scroll does not recompute the place of every match.
    estimateSize: useCallback(() => estimate, [estimate]),
    getItemKey: useCallback((i: number) => votes[i]!.id, [votes]),
    gap: GAP,
    overscan: OVERSCAN,
    rangeExtractor,
  });
  // New results are read from the top, as a fresh list would be.
  useLayoutEffect(() => {
    if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0);
  }, [votes, virtualizer]);
  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const row = (e.target as Element).closest<HTMLElement>('li[data-index]');
    const vote = row ? votes[Number(row.dataset.index)] : undefined;
    if (vote) setFocusedId(vote.id);
  };
  const onBlur = (e: FocusEvent<HTMLUListElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setFocusedId(null);
  };
  const height = virtualizer.getTotalSize();
  return (
    <div className="votes__scroller" ref={box} style={{ '--rows': `${height}px` } as CSSProperties}>
      <ul
        role="list"
        className="votes__list votes__list--virtual"
        aria-label={label}
        style={{ height }}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <VoteListItem
            key={row.key}
            ref={virtualizer.measureElement}
            vote={votes[row.index]!}
            onOpen={onOpen}
            index={row.index}
            of={votes.length}
            start={row.start}
          />
        ))}
      </ul>
    </div>
  );
});
