// Lasting storage: the browser may clear a site's storage when space runs low unless it granted the site
// persistent storage. Asked for once the leader is signed in (Chromium grants it to installed apps and sites
// in use; Safari and Firefox decide or ask themselves); when refused, the app says so (StorageNotice).
import { useSyncExternalStore } from 'react';

/** 'granted': kept until the leader clears it; 'refused': may be cleared; 'unknown': the browser does not say. */
export type Persistence = 'granted' | 'refused' | 'unknown';

let state: Persistence = 'unknown';
let asked: Promise<Persistence> | null = null;
const listeners = new Set<() => void>();

/** Asks the browser to keep this site's storage (once per page life). */
export function requestPersistence(): Promise<Persistence> {
  asked ??= (async () => {
    const storage = navigator.storage as StorageManager | undefined;
    if (!storage?.persist || !storage.persisted) return 'unknown';
    try {
      if (await storage.persisted()) return 'granted';
      return (await storage.persist()) ? 'granted' : 'refused';
    } catch {
      return 'unknown';
    }
  })().then((answer) => {
    state = answer;
    for (const listener of listeners) listener();
    return answer;
  });
  return asked;
}

/** What the browser answered. */
export function usePersistence(): Persistence {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
