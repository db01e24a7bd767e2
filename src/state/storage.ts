/**
 * The one door to browser storage. Survives private mode, disabled storage and a full quota:
 * every call reports failure as a value instead of throwing.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  /** False when the value could not be written (quota full, storage disabled). */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key that starts with `prefix`, in no particular order. */
  keys(prefix: string): string[];
}

export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return {
    get: (k) => m.get(k) ?? null,
    set: (k, v) => (m.set(k, v), true),
    remove: (k) => void m.delete(k),
    keys: (prefix) => [...m.keys()].filter((k) => k.startsWith(prefix)),
  };
}

function attempt<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** `localStorage` (kept across sessions) or `sessionStorage` (this tab only, kept across reloads). */
export function browserStore(kind: 'local' | 'session' = 'local'): KeyValueStore {
  let s: Storage;
  try {
    s = kind === 'local' ? window.localStorage : window.sessionStorage; // throws in some private modes
  } catch {
    return memoryStore();
  }
  return {
    get: (k) => attempt(() => s.getItem(k), null),
    set: (k, v) => attempt(() => (s.setItem(k, v), true), false),
    remove: (k) => attempt(() => s.removeItem(k), undefined),
    keys: (prefix) =>
      attempt(() => {
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k?.startsWith(prefix)) out.push(k);
        }
        return out;
      }, []),
  };
}
