/**
 * The one door to browser storage. Survives private mode, disabled storage and a full quota:
 * every call reports failure as a value instead of throwing.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  /** False when the value could not be written (quota full, storage disabled). */
  set(key: string, value: string): boolean;
}

export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { get: (k) => m.get(k) ?? null, set: (k, v) => (m.set(k, v), true) };
}

export function browserStore(): KeyValueStore {
  let s: Storage;
  try {
    s = window.localStorage; // throws in some private modes and when storage is disabled
  } catch {
    return memoryStore();
  }
  return {
    get: (k) => {
      try {
        return s.getItem(k);
      } catch {
        return null;
      }
    },
    set: (k, v) => {
      try {
        s.setItem(k, v);
        return true;
      } catch {
        return false;
      }
    },
  };
}
