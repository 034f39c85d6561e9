// State that also lives on the device, for input that has not become a saved change yet (a half-typed
// agreement), so a reload or a closed lid does not lose it. It is kept in the signed-in user's own store
// (src/web/offline), never in localStorage: another user of the browser does not see it, and signing out
// removes it.
import { useCallback, useState } from 'react';
import { userStorage } from '../offline/device.ts';

/**
 * Like useState, kept on the device under `key` for the signed-in user. Returns the value, its setter, `clear` (back to `initial`,
 * off the device) and `forget` (off the device, the value stays on screen: it has been saved).
 */
export function useLocalDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = userStorage().getItem(key);
      return raw ? (JSON.parse(raw) as T) : initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        userStorage().setItem(key, JSON.stringify(next));
      } catch {
        // Kept in memory only.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    setValue(initial);
    userStorage().removeItem(key);
    // `initial` is a fresh literal on every render; the key alone decides identity.
  }, [key]);
  const forget = useCallback(() => {
    try {
      userStorage().removeItem(key);
    } catch {
      // Nothing to forget.
    }
  }, [key]);
  return [value, set, clear, forget];
}
