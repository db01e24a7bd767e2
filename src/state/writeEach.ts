/**
 * One storage key per item, as saved scenarios, added figures and files are kept: what writing a
 * change of any of them does, and what the user is told when storage refuses it.
 */
import type { KeyValueStore } from './storage';
import type { Notice } from './types';

export const STORAGE_FULL: Notice = {
  kind: 'error',
  text: 'Could not save: browser storage is full or disabled. Export your library to keep it.',
  message: { key: 'notice.storageFull' },
};

/**
 * Writes under `prefix` + id each item of `next` that `prev` did not hold as it is (new, or
 * another object), and removes the keys of items gone. False when storage refused a write.
 */
export function writeEach<T extends { readonly id: string }>(
  store: KeyValueStore,
  prefix: string,
  next: readonly T[],
  prev: readonly T[],
  text: (item: T) => string,
): boolean {
  const before = new Map(prev.map((x) => [x.id, x]));
  let written = true;
  for (const x of next) if (before.get(x.id) !== x && !store.set(prefix + x.id, text(x))) written = false;
  const now = new Set(next.map((x) => x.id));
  for (const x of prev) if (!now.has(x.id)) store.remove(prefix + x.id);
  return written;
}
