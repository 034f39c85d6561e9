// Which user's store is open in this tab, and which users have one on this device. The only things this
// device keeps outside a user's own store are in one localStorage entry: the id of the user who is signed in,
// the ids of users who still have a store here, and a sign-out that could not reach the server yet. Ids are
// random server ids: nothing in it says who someone is or what they wrote.
import { UserStore, deleteStore, isPreference, memoryKeyValue, type KeyValue } from './user-store.ts';

const DEVICE_KEY = 'sluitstuk:device';

interface DeviceState {
  /** The user signed in on this device (the store to open without a network). */
  current: string | null;
  /** Users with a store on this device. */
  users: string[];
  /** Signed out while offline: the server's session is ended when the network is back. */
  logoutPending: boolean;
}

let store: UserStore | null = null;
let opening: Promise<UserStore> | null = null;
const fallback = memoryKeyValue();
const listeners = new Set<() => void>();

function readDevice(): DeviceState {
  try {
    const parsed = JSON.parse(
      window.localStorage.getItem(DEVICE_KEY) ?? 'null',
    ) as Partial<DeviceState> | null;
    return {
      current: typeof parsed?.current === 'string' ? parsed.current : null,
      users: Array.isArray(parsed?.users) ? parsed.users.filter((u) => typeof u === 'string') : [],
      logoutPending: parsed?.logoutPending === true,
    };
  } catch {
    return { current: null, users: [], logoutPending: false };
  }
}

function writeDevice(patch: Partial<DeviceState>): void {
  try {
    window.localStorage.setItem(DEVICE_KEY, JSON.stringify({ ...readDevice(), ...patch }));
  } catch {
    // Without localStorage the app cannot open offline; online it works as before.
  }
}

/** The open store of the signed-in user, if any. */
export function currentStore(): UserStore | null {
  return store;
}

/** The signed-in user's queues and drafts; before anyone signs in, a memory that keeps nothing. */
export function userStorage(): KeyValue {
  return store?.storage ?? fallback;
}

/** Called when a store is opened or closed in this tab. */
export function onStoreChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user last signed in on this device, whose store the app opens without a network. */
export function lastSignedInUser(): string | null {
  return readDevice().current;
}

/**
 * Opens the store of a user for this tab, and removes the stores of other users on this device that hold
 * nothing unsent (everything of theirs is on the server, so nothing of theirs needs to stay here).
 */
export async function openStoreFor(userId: string): Promise<UserStore> {
  if (store?.userId === userId) return store;
  if (opening) {
    const pending = await opening;
    if (pending.userId === userId) return pending;
  }
  opening = (async () => {
    store?.close();
    store = null;
    const opened = await UserStore.open(userId);
    store = opened;
    const device = readDevice();
    writeDevice({ current: userId, users: [...new Set([...device.users, userId])] });
    for (const listener of listeners) listener();
    void removeIdleStores(userId);
    return opened;
  })();
  try {
    return await opening;
  } finally {
    opening = null;
  }
}

async function removeIdleStores(except: string): Promise<void> {
  for (const userId of readDevice().users) {
    if (userId === except) continue;
    const other = await UserStore.open(userId);
    const idle = other.storage.keys().every(isPreference);
    other.close();
    if (!idle) continue;
    await deleteStore(userId);
    writeDevice({ users: readDevice().users.filter((u) => u !== userId) });
  }
}

/** Removes the signed-in user's store from this device (signing out). */
export async function destroyCurrentStore(): Promise<void> {
  const closing = store;
  store = null;
  const device = readDevice();
  const userId = closing?.userId ?? device.current;
  if (closing) await closing.destroy();
  else if (userId) await deleteStore(userId);
  writeDevice({ current: null, users: device.users.filter((u) => u !== userId) });
  for (const listener of listeners) listener();
}

/** Closes the store without removing it (the session ended; the queue waits for the same user). */
export function closeCurrentStore(): void {
  store?.close();
  store = null;
  for (const listener of listeners) listener();
}

/** True when a sign-out could not reach the server yet. */
export function logoutPending(): boolean {
  return readDevice().logoutPending;
}

/** Remembers (or forgets) that the server's session still has to be ended. */
export function setLogoutPending(pending: boolean): void {
  writeDevice({ logoutPending: pending });
}
