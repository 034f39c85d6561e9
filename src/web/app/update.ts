/// <reference types="vite-plugin-pwa/vanillajs" />
// The service worker (built by vite-plugin-pwa, see vite.config.ts): registered once the app runs; a new
// version waits until the leader agrees to reload (UpdatePrompt), and the app looks for one when it comes
// back to the foreground or online, and every hour.
import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { currentStore } from '../offline/device.ts';

const CHECK_EVERY_MS = 60 * 60 * 1000;
let waiting = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/** Registers the service worker (where the browser has them). */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const listener of listeners) listener();
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      window.setInterval(check, CHECK_EVERY_MS);
      window.addEventListener('online', check);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
    },
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when a new version is installed and waits for the leader's yes. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(subscribe, () => waiting);
}

/** Puts the new version in place and reloads, after everything typed is in the device's store. */
export async function applyUpdate(): Promise<void> {
  await currentStore()?.settled();
  await update?.(true);
}

/** Lets the waiting version wait: the leader carries on (it takes over at the next start). */
export function postponeUpdate(): void {
  waiting = false;
  for (const listener of listeners) listener();
}
