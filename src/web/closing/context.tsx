// What every step of the closing screen needs: the conversation (with the leader's unsaved input on top)
// and the save queue.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Conversation, User } from '../../core/index.ts';
import type { ClosingSync, SyncSnapshot } from './sync.ts';

export interface ClosingContextValue {
  conversation: Conversation;
  sync: ClosingSync;
  snapshot: SyncSnapshot;
  user: User;
  /** The conversation's day, 'YYYY-MM-DD' (relative deadlines are read against it). */
  day: string;
}

export const ClosingContext = createContext<ClosingContextValue | null>(null);

/** The closing being edited. */
export function useClosing(): ClosingContextValue {
  const value = useContext(ClosingContext);
  if (!value) throw new Error('useClosing outside ClosingContext');
  return value;
}

/** Subscribes a component to the save queue. */
export function useSyncSnapshot(sync: ClosingSync): SyncSnapshot {
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot);
}

/** A value as the leader last typed it: their waiting change if any, otherwise the server's. */
export function useDraft<T>(key: string, field: string, serverValue: T): T {
  const { snapshot } = useClosing();
  const draft = snapshot.pending.get(key)?.body?.[field];
  return draft === undefined ? serverValue : (draft as T);
}

/** Base path of the conversation's API routes. */
export function basePath(conversation: Conversation): string {
  return `/conversations/${encodeURIComponent(conversation.id)}`;
}

/** The name of an owner reference: the leader, a participant, or empty. */
export function ownerName(conversation: Conversation, user: User, owner: string | null): string {
  if (!owner) return '';
  if (owner === 'leader') return conversation.closing.contact.card?.name || user.name;
  return conversation.participants.find((p) => p.id === owner)?.name ?? '';
}
