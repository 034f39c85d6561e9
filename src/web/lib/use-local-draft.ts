// State that also lives in localStorage, for input that has not become a saved change yet (a half-typed
// agreement), so a reload or a closed lid does not lose it.
import { useCallback, useState } from 'react';

/**
 * Like useState, kept on the device under `key`. Returns the value, its setter, `clear` (back to `initial`,
 * off the device) and `forget` (off the device, the value stays on screen: it has been saved).
 */
export function useLocalDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = window.localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as T) : initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Kept in memory only.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    setValue(initial);
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to clear.
    }
    // `initial` is a fresh literal on every render; the key alone decides identity.
  }, [key]);
  const forget = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to forget.
    }
  }, [key]);
  return [value, set, clear, forget];
}
