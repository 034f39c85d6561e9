// One save queue per conversation for the whole page life, shared by the closing, finish and record pages,
// so a change still on its way is neither lost nor sent twice when the leader moves between them.
import { request } from '../api/index.ts';
import { ClosingSync } from './sync.ts';

const syncs = new Map<string, ClosingSync>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The save queue of a conversation. */
export function syncFor(conversationId: string): ClosingSync {
  let sync = syncs.get(conversationId);
  if (!sync) {
    sync = new ClosingSync(conversationId, {
      storage: storage(),
      send: (op) => request(op.method, op.path, { body: op.body ?? {} }),
    });
    syncs.set(conversationId, sync);
  }
  return sync;
}

/** Resolves once everything queued has been sent (or the queue has stopped on a failure). */
export function whenSettled(sync: ClosingSync): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const { status } = sync.getSnapshot();
      if (status === 'saved' || status === 'retrying' || status === 'signedOut') {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = sync.subscribe(check);
    check();
  });
}
