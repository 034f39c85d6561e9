// One save queue per conversation for the whole page life, shared by the closing, finish and record pages,
// so a change still on its way is neither lost nor sent twice when the leader moves between them. The queues
// live in the signed-in user's store (src/web/offline): another user of this browser gets queues of their own,
// and the queues of a user's other tabs are followed as they change.
import type { Conversation, ConversationType, User } from '../../core/index.ts';
import { request } from '../api/index.ts';
import { currentStore, onStoreChange, userStorage } from '../offline/device.ts';
import {
  keepServerCopy,
  localConversation,
  moveLocalConversation,
  rememberAlias,
  type NewConversation,
} from '../offline/data.ts';
import { CREATE_CONVERSATION, ClosingSync, type Op } from './sync.ts';

const syncs = new Map<string, ClosingSync>();
const PENDING_PREFIX = 'sluitstuk:pending:';
let unfollow: (() => void) | null = null;

function follow(): void {
  unfollow?.();
  unfollow = null;
  const store = currentStore();
  if (!store) return;
  unfollow = store.onChange((key, external) => {
    if (!external || !key.startsWith(PENDING_PREFIX)) return;
    syncs.get(key.slice(PENDING_PREFIX.length))?.reloadFromStorage();
  });
}

// Another user (or nobody) in this tab: nothing of the previous user's queues stays in memory.
onStoreChange(() => {
  for (const sync of syncs.values()) sync.dispose();
  syncs.clear();
  follow();
});

function sendOp(op: Op, revision: number | null): Promise<Conversation> {
  const headers: Record<string, string> = {
    // The same version of a change, sent again, is made once (a lost answer, a second tab).
    'Idempotency-Key': `${op.uid ?? op.key}.${op.rev}`,
  };
  if (revision !== null) headers['If-Match'] = `"${revision}"`;
  return request<Conversation>(op.method, op.path, { body: op.body ?? {}, headers });
}

/** The save queue of a conversation. */
export function syncFor(conversationId: string): ClosingSync {
  let sync = syncs.get(conversationId);
  if (!sync) {
    const created: ClosingSync = new ClosingSync(conversationId, {
      storage: userStorage(),
      send: async (op, revision) => {
        const conversation = await sendOp(op, revision);
        void keepServerCopy(conversation);
        return conversation;
      },
      fetch: async () => {
        const conversation = await request<Conversation>(
          'GET',
          `/conversations/${encodeURIComponent(created.conversationId)}`,
        );
        void keepServerCopy(conversation);
        return conversation;
      },
      onCreated: (localId, conversation) => {
        syncs.set(conversation.id, created);
        rememberAlias(localId, conversation.id);
        void moveLocalConversation(localId, conversation);
      },
    });
    sync = created;
    syncs.set(conversationId, sync);
  }
  return sync;
}

/**
 * Makes a conversation on this device (no connection): kept under a local id, its creation first in its
 * queue; the queue creates it on the server when it can, and its local ids then become the server's.
 */
export async function createOnDevice(
  input: NewConversation,
  type: ConversationType,
  user: User,
  now: string,
  uid: string,
): Promise<string> {
  const conversation = localConversation(input, type, user, now);
  await currentStore()?.keepConversation(conversation, true);
  const sync = syncFor(conversation.id);
  sync.loaded(conversation);
  sync.enqueue(CREATE_CONVERSATION, 'POST', '/conversations', { ...input }, { uid });
  return conversation.id;
}

/** Every conversation with changes waiting on this device (from the store, also those of other tabs). */
export function conversationsWithPending(): string[] {
  return userStorage()
    .keys(PENDING_PREFIX)
    .map((key) => key.slice(PENDING_PREFIX.length));
}

/**
 * Sends what waits in every queue of the user: at the start of the app and when the connection returns
 * (no reliance on Background Sync, which iOS does not have). Queues of conversations not on screen are
 * loaded for it: from the kept copy, so a conversation made offline is created first.
 */
export async function flushAll(load: (id: string) => Promise<Conversation | null>): Promise<void> {
  for (const id of conversationsWithPending()) {
    const sync = syncFor(id);
    if (!sync.getSnapshot().conversation) {
      const conversation = await load(id).catch(() => null);
      if (!conversation) continue;
      // The screen may have loaded a newer copy meanwhile; `loaded` keeps the newer one.
      sync.loaded(conversation);
    } else sync.flushNow();
  }
}

/** Resolves once everything queued has been sent (or the queue has stopped on a failure). */
export function whenSettled(sync: ClosingSync): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const { status } = sync.getSnapshot();
      if (status === 'saved' || status === 'retrying' || status === 'signedOut' || status === 'conflict') {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = sync.subscribe(check);
    check();
  });
}
