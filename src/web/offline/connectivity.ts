// Whether the server can be reached: the browser's own online flag, corrected by what the last request
// found (a captive portal or a server that is down looks "online" to the browser).
import { useSyncExternalStore } from 'react';

let browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
let serverReachable = true;
const listeners = new Set<() => void>();
const backListeners = new Set<() => void>();

function notify(wasOnline: boolean): void {
  for (const listener of listeners) listener();
  if (!wasOnline && isOnline()) for (const listener of backListeners) listener();
}

/** True when the browser has a network and the last request reached the server. */
export function isOnline(): boolean {
  return browserOnline && serverReachable;
}

/** A request got an answer from the server. */
export function reportReachable(): void {
  if (serverReachable) return;
  const was = isOnline();
  serverReachable = true;
  notify(was);
}

/** A request got no answer at all (no network, server down). */
export function reportUnreachable(): void {
  if (!serverReachable) return;
  const was = isOnline();
  serverReachable = false;
  notify(was);
  probeLater();
}

// The browser has a network but the server did not answer: nothing else may ask it again soon (nothing
// waits, or the queues wait long between tries), so the health route is asked now and then, and its answer
// ends "offline" at once. Only a JSON answer counts: a captive portal's page is no server.
const PROBE_MS = [5_000, 10_000, 30_000, 60_000];
let probeTimer: ReturnType<typeof setTimeout> | null = null;
let probes = 0;

function probeLater(): void {
  if (probeTimer !== null || typeof window === 'undefined') return;
  probeTimer = setTimeout(
    () => {
      probeTimer = null;
      void probe();
    },
    PROBE_MS[Math.min(probes, PROBE_MS.length - 1)],
  );
}

async function probe(): Promise<void> {
  if (serverReachable) return void (probes = 0);
  if (browserOnline) {
    try {
      const answer = await fetch('/api/health', { cache: 'no-store' });
      if (answer.ok && (answer.headers.get('content-type') ?? '').includes('json')) {
        probes = 0;
        reportReachable();
        return;
      }
    } catch {
      // Still no answer.
    }
  }
  probes += 1;
  probeLater();
}

/** Called whenever the connection comes back: send what waits. */
export function onConnectionBack(listener: () => void): () => void {
  backListeners.add(listener);
  return () => backListeners.delete(listener);
}

/** Subscribes to changes of `isOnline()`. */
export function subscribeConnectivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    const was = isOnline();
    browserOnline = true;
    // The browser says the network is back; the next request tells whether the server is.
    serverReachable = true;
    notify(was);
  });
  window.addEventListener('offline', () => {
    const was = isOnline();
    browserOnline = false;
    notify(was);
  });
}

/** Re-renders when the connection comes or goes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeConnectivity, isOnline);
}
