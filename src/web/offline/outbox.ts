// Everything that waits on this device to reach the server, over all the user's conversations (also those
// of their other tabs): what the header says ("Offline — 4 wijzigingen wachten") and what signing out asks
// about. Read from the user's store, so it is right after a reload too.
import { useSyncExternalStore } from 'react';
import { isHeld, type Op } from '../closing/sync.ts';
import { currentStore, onStoreChange, userStorage } from './device.ts';
import { isPreference } from './user-store.ts';

const PENDING_PREFIX = 'sluitstuk:pending:';

/** What waits on this device, counted. */
export interface Waiting {
  /** Changes not on the server yet (conflicts included). */
  changes: number;
  /** Changes held because another device changed the same thing. */
  conflicts: number;
  /** Changes held back or refused, waiting for the leader to mend or discard them. */
  refused: number;
  /** Text typed but not made into a change yet (a half-typed agreement). */
  drafts: number;
  /** Conversations with a conflict, to go to. */
  conflictIn: string[];
}

const NOTHING: Waiting = { changes: 0, conflicts: 0, refused: 0, drafts: 0, conflictIn: [] };
let current: Waiting = NOTHING;
const listeners = new Set<() => void>();
let unfollow: (() => void) | null = null;

/** Counts what waits in the signed-in user's store now. */
export function countWaiting(): Waiting {
  const storage = userStorage();
  const result: Waiting = { changes: 0, conflicts: 0, refused: 0, drafts: 0, conflictIn: [] };
  for (const key of storage.keys('sluitstuk:')) {
    if (isPreference(key)) continue;
    if (!key.startsWith(PENDING_PREFIX)) {
      result.drafts += 1;
      continue;
    }
    try {
      const parsed = JSON.parse(storage.getItem(key) ?? '{}') as {
        pending?: Op[];
        rejected?: unknown[];
      };
      const pending = parsed.pending ?? [];
      const conflicts = pending.filter((op) => op.conflict).length;
      result.changes += pending.length;
      result.conflicts += conflicts;
      // An earlier version of the app kept refused changes beside the queue.
      result.refused += pending.filter(isHeld).length + (parsed.rejected?.length ?? 0);
      if (conflicts > 0) result.conflictIn.push(key.slice(PENDING_PREFIX.length));
    } catch {
      result.changes += 1;
    }
  }
  return result;
}

function same(a: Waiting, b: Waiting): boolean {
  return (
    a.changes === b.changes &&
    a.conflicts === b.conflicts &&
    a.refused === b.refused &&
    a.drafts === b.drafts &&
    a.conflictIn.join() === b.conflictIn.join()
  );
}

function recount(): void {
  const next = countWaiting();
  if (same(next, current)) return;
  current = next;
  for (const listener of listeners) listener();
}

function follow(): void {
  unfollow?.();
  unfollow = currentStore()?.onChange(recount) ?? null;
  recount();
}

onStoreChange(follow);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) follow();
  return () => listeners.delete(listener);
}

/** What waits on this device, re-rendering when it changes. */
export function useWaiting(): Waiting {
  return useSyncExternalStore(subscribe, () => current);
}
