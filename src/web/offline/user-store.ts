// The leader's data on this device: one IndexedDB database per user, so another user of the same browser
// never sees it and signing out removes it whole. It holds the save queues and half-typed drafts (as a small
// key-value store the screens read synchronously from memory), the last known copy of each conversation, and
// what the app needs to open without a network (the session, the conversation types, the list).
import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { Conversation } from '../../core/index.ts';

interface Schema extends DBSchema {
  /** Save queues ('sluitstuk:pending:<id>') and drafts, as JSON text under their keys. */
  kv: { key: string; value: string };
  /** The last copy of each conversation: the server's, or one made on this device before it reached it. */
  conversations: { key: string; value: CachedConversation };
  /** Session, conversation types, list order, local-to-server ids. */
  meta: { key: string; value: unknown };
}

/** A conversation as kept on the device. */
export interface CachedConversation {
  id: string;
  conversation: Conversation;
  /** Made on this device and not on the server yet (its id starts with 'local-'). */
  local: boolean;
}

/** The synchronous key-value view the save queue and drafts use (the shape of window.localStorage). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key that starts with `prefix`. */
  keys(prefix?: string): string[];
}

type Message =
  { kind: 'kv'; key: string; value: string | null; tab: string } | { kind: 'cleared'; tab: string };

const DB_PREFIX = 'sluitstuk-user-';
const VERSION = 1;
const TAB = Math.random().toString(36).slice(2);

/** True for a key that holds a preference (the last type chosen), not something typed that waits. */
export function isPreference(key: string): boolean {
  return key.startsWith('sluitstuk:pref:');
}

/** The name of a user's database; user ids are random server ids, not personal data. */
export function databaseName(userId: string): string {
  return DB_PREFIX + userId;
}

/** One user's store on this device. Writes reach memory at once and IndexedDB right after, in order. */
export class UserStore {
  private readonly kvListeners = new Set<(key: string, external: boolean) => void>();
  private readonly clearedListeners = new Set<() => void>();
  private writes: Promise<unknown> = Promise.resolve();
  private failed = false;
  private closed = false;

  private constructor(
    readonly userId: string,
    private db: IDBPDatabase<Schema> | null,
    private readonly kv: Map<string, string>,
    private readonly channel: BroadcastChannel | null,
  ) {
    channel?.addEventListener('message', (event: MessageEvent<Message>) => this.received(event.data));
  }

  /**
   * Opens (or creates) the store of a user and reads the queues and drafts into memory. Where IndexedDB is
   * not available (some private modes), the store lives in memory only and `persistent` is false.
   */
  static async open(userId: string): Promise<UserStore> {
    let db: IDBPDatabase<Schema> | null = null;
    const kv = new Map<string, string>();
    try {
      db = await openDB<Schema>(databaseName(userId), VERSION, {
        upgrade(database) {
          database.createObjectStore('kv');
          database.createObjectStore('conversations', { keyPath: 'id' });
          database.createObjectStore('meta');
        },
        // Another tab wants a newer version of this database: let it go and reload into the new app.
        blocking() {
          db?.close();
        },
      });
      const tx = db.transaction('kv');
      let cursor = await tx.store.openCursor();
      while (cursor) {
        kv.set(cursor.key, cursor.value);
        cursor = await cursor.continue();
      }
    } catch {
      db = null;
    }
    const channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(databaseName(userId)) : null;
    return new UserStore(userId, db, kv, channel);
  }

  /** False when nothing survives a reload (no IndexedDB, or a write failed). */
  get persistent(): boolean {
    return this.db !== null && !this.failed;
  }

  /** The queues and drafts, synchronously. */
  readonly storage: KeyValue = {
    getItem: (key) => this.kv.get(key) ?? null,
    setItem: (key, value) => {
      if (this.kv.get(key) === value) return;
      this.kv.set(key, value);
      this.write((db) => commitNow(db, 'kv', (store) => store.put(value, key)));
      this.post({ kind: 'kv', key, value, tab: TAB });
      this.changed(key, false);
    },
    removeItem: (key) => {
      if (!this.kv.has(key)) return;
      this.kv.delete(key);
      this.write((db) => commitNow(db, 'kv', (store) => store.delete(key)));
      this.post({ kind: 'kv', key, value: null, tab: TAB });
      this.changed(key, false);
    },
    keys: (prefix = '') => [...this.kv.keys()].filter((key) => key.startsWith(prefix)),
  };

  /** Called when a key changes, here or in another tab of the same user (`external`). */
  onChange(listener: (key: string, external: boolean) => void): () => void {
    this.kvListeners.add(listener);
    return () => this.kvListeners.delete(listener);
  }

  /** Called when another tab signed this user out and removed the store. */
  onCleared(listener: () => void): () => void {
    this.clearedListeners.add(listener);
    return () => this.clearedListeners.delete(listener);
  }

  /** The kept copy of a conversation. */
  async conversation(id: string): Promise<CachedConversation | undefined> {
    await this.writes;
    return this.db?.get('conversations', id).catch(() => undefined);
  }

  /** Every kept conversation. */
  async conversations(): Promise<CachedConversation[]> {
    await this.writes;
    return (await this.db?.getAll('conversations').catch(() => [])) ?? [];
  }

  /** Keeps a copy of a conversation (the server's unless `local`). */
  keepConversation(conversation: Conversation, local = false): Promise<void> {
    return this.write((db) => db.put('conversations', { id: conversation.id, conversation, local }));
  }

  /** Forgets the copy of a conversation (deleted, moved to its server id, or out of the working set). */
  forgetConversation(id: string): Promise<void> {
    return this.write((db) => db.delete('conversations', id));
  }

  /** A value kept under `key` (session, types, list, aliases). */
  async meta<T>(key: string): Promise<T | undefined> {
    await this.writes;
    return (await this.db?.get('meta', key).catch(() => undefined)) as T | undefined;
  }

  /** Keeps a value under `key`. */
  setMeta(key: string, value: unknown): Promise<void> {
    return this.write((db) => db.put('meta', value, key));
  }

  /** Resolves once every write so far is in IndexedDB (before a reload or signing out). */
  async settled(): Promise<void> {
    await this.writes;
  }

  /** Closes the connection (another user signs in on this tab). */
  close(): void {
    this.closed = true;
    this.channel?.close();
    this.db?.close();
    this.db = null;
  }

  /** Removes everything of this user from the device and tells the user's other tabs. */
  async destroy(): Promise<void> {
    await this.writes.catch(() => undefined);
    this.post({ kind: 'cleared', tab: TAB });
    this.kv.clear();
    this.close();
    await deleteStore(this.userId);
  }

  /**
   * Starts the write at once rather than after the previous one: IndexedDB runs read-write transactions on
   * the same store in the order they were created, and a request already handed to the browser survives a
   * reload that follows right after typing (one waiting in a promise chain of the page would not).
   */
  private write(work: (db: IDBPDatabase<Schema>) => Promise<unknown>): Promise<void> {
    if (!this.db || this.closed) return this.writes.then(() => undefined);
    let started: Promise<unknown>;
    try {
      started = work(this.db);
    } catch (reason) {
      started = Promise.reject(reason);
    }
    const next = started.then(
      () => undefined,
      () => {
        // Quota or a closed connection: what is in memory still goes to the server; the screen says that
        // this device keeps nothing across a reload.
        this.failed = true;
      },
    );
    const all = Promise.all([this.writes, next]).then(() => undefined);
    this.writes = all;
    return all;
  }

  private post(message: Message): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // The channel closed with the store.
    }
  }

  private received(message: Message): void {
    if (message.tab === TAB || this.closed) return;
    if (message.kind === 'cleared') {
      this.kv.clear();
      for (const listener of this.clearedListeners) listener();
      return;
    }
    if (message.value === null) this.kv.delete(message.key);
    else this.kv.set(message.key, message.value);
    this.changed(message.key, true);
  }

  private changed(key: string, external: boolean): void {
    for (const listener of this.kvListeners) listener(key, external);
  }
}

/** One request in its own transaction, committed without waiting for the page's next task. */
function commitNow(
  db: IDBPDatabase<Schema>,
  name: 'kv',
  request: (store: IDBPObjectStore<Schema, ['kv'], 'kv', 'readwrite'>) => Promise<unknown>,
): Promise<void> {
  const tx = db.transaction(name, 'readwrite');
  void request(tx.store).catch(() => undefined);
  tx.commit();
  return tx.done;
}

/** Deletes a user's database (a user who signed out, or one whose data is all on the server). */
export async function deleteStore(userId: string): Promise<void> {
  try {
    await deleteDB(databaseName(userId));
  } catch {
    // Nothing there, or no IndexedDB at all.
  }
}

/** A store that keeps nothing, for screens shown before anyone has signed in (and for unit tests). */
export function memoryKeyValue(): KeyValue {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    keys: (prefix = '') => [...data.keys()].filter((key) => key.startsWith(prefix)),
  };
}
