// The organisation's conversation types, loaded once and shared by the screens that need them; kept in the
// user's store, so the new-conversation form works offline too.
import { useEffect, useState } from 'react';
import type { ConversationType } from '../../core/index.ts';
import { takeEarly } from '../app/prefetch.ts';
import { conversationTypes } from '../offline/data.ts';

let cache: Promise<ConversationType[]> | null = null;

/**
 * Forgets the loaded types, so every screen asks anew: after an administrator changed them, and on signing out
 * (the next user loads their organisation's).
 */
export function invalidateConversationTypes(): void {
  cache = null;
}

/** Conversation types (archived ones included, so old conversations still show their type's name). */
export function useConversationTypes(): { types: ConversationType[] | null; error: unknown } {
  const [types, setTypes] = useState<ConversationType[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    // An answer started before the first render is used if it came back well (signed out it did not).
    cache ??= conversationTypes(takeEarly<ConversationType[]>('types'));
    cache.then(
      (value) => live && setTypes(value),
      (reason) => {
        cache = null;
        if (live) setError(reason);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { types, error };
}
