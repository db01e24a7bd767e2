import { useLayoutEffect, type RefObject } from 'react';

/** Below this the type is too small for the back of a room: the slide scrolls instead. */
const SMALLEST = 0.7;
/** Phones and portrait screens: the slide stacks and scrolls by design, at a fixed size. */
const STACKED = '(max-width: 800px), (max-aspect-ratio: 1/1)';

/**
 * Shrinks the slide's type (`--fit` on its root, 1 = full size) until it fits the screen without
 * scrolling: a long German or French line, a third line under the title. After every render of the
 * slide and on every resize, before the browser paints.
 */
export function useFitToScreen(root: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => fitToScreen(root.current));
  useLayoutEffect(() => {
    const onResize = () => fitToScreen(root.current);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [root]);
}

function fitToScreen(el: HTMLElement | null): void {
  if (!el) return;
  el.style.setProperty('--fit', '1');
  if (typeof window.matchMedia !== 'function' || window.matchMedia(STACKED).matches) return;
  // Text does not shrink in proportion (borders, padding and wrapping do not scale): a few steps.
  let scale = 1;
  for (let step = 0; step < 6 && el.scrollHeight > el.clientHeight && scale > SMALLEST; step++) {
    scale = Math.max(SMALLEST, scale * Math.min(0.98, el.clientHeight / el.scrollHeight));
    el.style.setProperty('--fit', scale.toFixed(3));
  }
}
