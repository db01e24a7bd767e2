/**
 * The tile map and the compact table load on demand: the list is the first screen's view. The
 * view a user left the app in starts loading with the app (see main.tsx), so it is usually there
 * by the first render; a view once loaded renders at once, without a loading state.
 */
import { createElement, type ComponentType, type ReactNode } from 'react';
import type { MemberView } from '../../state/types';

type OnDemand = Exclude<MemberView, 'list'>;

const loaders: Record<OnDemand, () => Promise<ComponentType>> = {
  map: () => import('../map/MapView').then((m) => m.MapView),
  table: () => import('../table/MemberTable').then((m) => m.MemberTable),
};
const loaded: Partial<Record<OnDemand, ComponentType>> = {};
const pending: Partial<Record<OnDemand, Promise<ComponentType>>> = {};
const failed = new Set<OnDemand>();

/** Loads a view's code once (again after a failure, such as being offline before it was cached). */
export function loadView(view: OnDemand): Promise<ComponentType> {
  if (!pending[view]) failed.delete(view);
  pending[view] ??= loaders[view]().then(
    (c) => (loaded[view] = c),
    (e: unknown) => {
      delete pending[view];
      failed.add(view);
      throw e;
    },
  );
  return pending[view];
}

/** The view, rendered, when its code is there; else null. */
export function viewElement(view: OnDemand): ReactNode {
  const View = loaded[view];
  return View ? createElement(View) : null;
}

/** Whether the last try to load the view's code failed (offline before it was cached). */
export function viewFailed(view: OnDemand): boolean {
  return failed.has(view);
}

/** Starts loading the view on screen, if it is one loaded on demand. */
export function preloadView(view: MemberView): void {
  if (view !== 'list') loadView(view).catch(() => undefined);
}
