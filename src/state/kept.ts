/**
 * Stored data that could not be read, kept aside byte for byte under a key of its own (with where
 * it was, when, and why), listed among the kept copies until the user deletes it. Shared by the
 * saved scenarios and the added population figures.
 */
import type { KeyValueStore } from './storage';
import type { KeptCopy } from './types';

import { KEPT_PREFIX } from './workKeys';

export { KEPT_PREFIX };

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Copies `text` aside under a fresh key; null when storage refused it (quota). */
export function keepAside(store: KeyValueStore, text: string, why: string, from: string): KeptCopy | null {
  const keptAt = new Date().toISOString();
  const key = `${KEPT_PREFIX}${keptAt}.${globalThis.crypto.randomUUID().slice(0, 8)}`;
  return store.set(key, JSON.stringify({ from, keptAt, why, text })) ? { key, from, keptAt, why, text } : null;
}

/** Every kept copy, oldest first. */
export function readKept(store: KeyValueStore): KeptCopy[] {
  return store
    .keys(KEPT_PREFIX)
    .map((key): KeptCopy => {
      const text = store.get(key) ?? '';
      const p = parseJson(text);
      const v = p.ok && typeof p.value === 'object' && p.value !== null ? (p.value as Record<string, unknown>) : null;
      return v && typeof v.text === 'string'
        ? { key, from: String(v.from ?? ''), keptAt: String(v.keptAt ?? ''), why: String(v.why ?? ''), text: v.text }
        : { key, from: key, keptAt: '', why: 'the kept copy itself was changed', text };
    })
    .sort((a, b) => (a.keptAt < b.keptAt ? -1 : a.keptAt > b.keptAt ? 1 : 0));
}

/** Moves unreadable text from `key` aside; the original goes only once its copy is written. True when it was kept. */
export function moveAside(store: KeyValueStore, key: string, text: string, why: string): boolean {
  const copy = keepAside(store, text, why, key);
  if (copy) store.remove(key);
  return copy !== null;
}
