import { lazy, Suspense, type ComponentType } from 'react';
import { useStore } from '../../state/store';
import type { StoreState } from '../../state/types';

/**
 * A component whose code loads only once `shown` holds: a banner most sessions never see does
 * not weigh on the first screen. Until its code is there, nothing is shown.
 */
export function lazyWhen(shown: (s: StoreState) => boolean, load: () => Promise<ComponentType>) {
  const Content = lazy(() => load().then((c) => ({ default: c })));
  return function WhenShown() {
    const on = useStore(shown);
    return on ? (
      <Suspense fallback={null}>
        <Content />
      </Suspense>
    ) : null;
  };
}
