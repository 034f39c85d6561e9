// Who is signed in. Loads once at start: is setup needed, is there a session; 401 anywhere sends to login.
// Without a network the app opens for the user last signed in on this device, from their own store, as long
// as they were signed in online within OFFLINE_GRACE_MS; their changes wait there until the server answers
// again, and the session is checked anew then. Signing out sends what waits first, and removes the user's
// store from the device once nothing of theirs is only here (or when they choose to discard it).
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Conversation, Organisation, User } from '../../core/index.ts';
import {
  api,
  onSessionAnswer,
  onUnauthorised,
  setCsrfToken,
  type Session,
  type SignedIn,
} from '../api/index.ts';
import { flushAll, syncFor, whenSettled, conversationsWithPending } from '../closing/registry.ts';
import { isOnline, onConnectionBack } from '../offline/connectivity.ts';
import { loadAliases, isUnreachable } from '../offline/data.ts';
import {
  closeCurrentStore,
  currentStore,
  destroyCurrentStore,
  lastSignedInUser,
  logoutPending,
  openStoreFor,
  setLogoutPending,
} from '../offline/device.ts';
import { countWaiting, type Waiting } from '../offline/outbox.ts';
import { requestPersistence } from '../offline/persist.ts';
import { invalidateConversationTypes } from '../lib/use-types.ts';
import { useClock } from './clock.tsx';
import { takeEarly } from './prefetch.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'setup' }
  | { status: 'anonymous'; expired: boolean }
  /** `verified` is false while the app runs offline on the kept session, before the server confirmed it. */
  | { status: 'signedIn'; user: User; organisation: Organisation | null; verified: boolean };

/** The outcome of asking to sign out: done, or what still waits (nothing was removed then). */
export type SignOutResult = { done: true } | { done: false; waiting: Waiting };

interface SessionApi {
  state: SessionState;
  /** Called after login or setup with the server's answer. */
  signedIn: (answer: SignedIn) => Promise<void>;
  /**
   * Sends what waits, then signs out and removes the user's data from this device. When something could not
   * be sent, nothing happens and the answer says what waits, unless `discard` (the leader chose to).
   */
  signOut: (options?: { discard?: boolean }) => Promise<SignOutResult>;
  /** Replaces the user after a profile change. */
  setUser: (user: User) => void;
  reload: () => void;
}

/** How long after the last answer of the server the app opens offline (the default session lifetime). */
export const OFFLINE_GRACE_MS = 12 * 60 * 60 * 1000;
const SESSION_META = 'session';

interface KeptSession {
  user: User;
  organisation: Organisation | null;
  /** When the server last answered for this session (ms since the epoch). */
  verifiedAt: number;
}

const SessionContext = createContext<SessionApi | null>(null);

/** The kept copy of a conversation, or the server's, for queues of conversations not on screen. */
async function loadForQueue(id: string): Promise<Conversation | null> {
  const kept = await currentStore()?.conversation(id);
  if (kept) return kept.conversation;
  try {
    return await api.conversation(id);
  } catch {
    return null;
  }
}

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const clock = useClock();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  /** Opens the user's store, keeps the session in it, and sends what waited. */
  const enter = useCallback(
    async (user: User, organisation: Organisation | null) => {
      await openStoreFor(user.id);
      await loadAliases();
      const kept: KeptSession = { user, organisation, verifiedAt: clock.now().getTime() };
      void currentStore()?.setMeta(SESSION_META, kept);
      setState({ status: 'signedIn', user, organisation, verified: true });
      void requestPersistence();
      void flushAll(loadForQueue);
    },
    [clock],
  );

  /** Opens the app offline on the kept session of the user last signed in here, if it is recent enough. */
  const enterOffline = useCallback(async (): Promise<boolean> => {
    const userId = lastSignedInUser();
    if (!userId) return false;
    const store = await openStoreFor(userId);
    const kept = await store.meta<KeptSession>(SESSION_META);
    if (!kept || clock.now().getTime() - kept.verifiedAt > OFFLINE_GRACE_MS) {
      closeCurrentStore();
      return false;
    }
    await loadAliases();
    setState({ status: 'signedIn', user: kept.user, organisation: kept.organisation, verified: false });
    void requestPersistence();
    return true;
  }, [clock]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      // Both questions at once: one round trip less before the first screen.
      // On the first attempt they were started by the entry script already (app/prefetch.ts).
      const sessionAnswer = takeEarly<Session>('session') ?? api.session();
      sessionAnswer.catch(() => undefined);
      try {
        const { needed } = await (takeEarly<{ needed: boolean }>('setup') ?? api.setupNeeded());
        if (cancelled) return;
        if (needed) return setState({ status: 'setup' });
        try {
          const session = await sessionAnswer;
          if (cancelled) return;
          setCsrfToken(session.csrfToken);
          if (logoutPending()) {
            // Signed out on this device while offline: the server's session ends now.
            await api.logout().catch(() => undefined);
            setLogoutPending(false);
            setCsrfToken(null);
            return setState({ status: 'anonymous', expired: false });
          }
          await enter(session.user, session.organisation);
        } catch (error) {
          if (cancelled) return;
          if ((error as { status?: number }).status === 401) {
            setLogoutPending(false);
            setState({ status: 'anonymous', expired: false });
          } else if (!(isUnreachable(error) && (await enterOffline()))) setState({ status: 'unreachable' });
        }
      } catch (error) {
        if (cancelled) return;
        if (!(isUnreachable(error) && (await enterOffline()))) setState({ status: 'unreachable' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [attempt, enter, enterOffline]);

  useEffect(
    () =>
      onUnauthorised(() => {
        setCsrfToken(null);
        // The queue stays in the user's store: after signing in again it is sent.
        closeCurrentStore();
        setState({ status: 'anonymous', expired: true });
      }),
    [],
  );

  // Back online after working on the kept session: the server confirms it (a fresh CSRF token), then the
  // queues go out. Online all along: the queues go out at once.
  useEffect(
    () =>
      onConnectionBack(() => {
        const current = stateRef.current;
        if (current.status !== 'signedIn') return;
        if (current.verified) {
          void flushAll(loadForQueue);
          return;
        }
        api.session().then(
          (session) => {
            setCsrfToken(session.csrfToken);
            void enter(session.user, session.organisation);
          },
          (error: unknown) => {
            if ((error as { status?: number }).status === 401) {
              closeCurrentStore();
              setState({ status: 'anonymous', expired: true });
            }
          },
        );
      }),
    [enter],
  );

  // Every answer of the server for this session lets the app open offline for a while longer.
  useEffect(() => {
    let last = 0;
    return onSessionAnswer(() => {
      const current = stateRef.current;
      const now = clock.now().getTime();
      if (current.status !== 'signedIn' || now - last < 60_000) return;
      last = now;
      const kept: KeptSession = { user: current.user, organisation: current.organisation, verifiedAt: now };
      void currentStore()?.setMeta(SESSION_META, kept);
    });
  }, [clock]);

  // Signed out in another tab: this one follows (its store is gone).
  useEffect(() => {
    if (state.status !== 'signedIn') return;
    return currentStore()?.onCleared(() => {
      closeCurrentStore();
      setCsrfToken(null);
      setState({ status: 'anonymous', expired: false });
    });
  }, [state]);

  const signedIn = useCallback(
    async (answer: SignedIn) => {
      setCsrfToken(answer.csrfToken);
      setLogoutPending(false);
      let organisation: Organisation | null = null;
      try {
        organisation = (await api.session()).organisation;
      } catch {
        // The name of the organisation is a nicety; the user is signed in regardless.
      }
      await enter(answer.user, organisation);
    },
    [enter],
  );

  const signOut = useCallback(async (options: { discard?: boolean } = {}): Promise<SignOutResult> => {
    if (!options.discard) {
      if (isOnline()) {
        await flushAll(loadForQueue);
        await Promise.all(conversationsWithPending().map((id) => whenSettled(syncFor(id))));
      }
      const waiting = countWaiting();
      if (waiting.changes + waiting.refused + waiting.drafts > 0) return { done: false, waiting };
    }
    let redirectTo: string | null = null;
    try {
      redirectTo = (await api.logout())?.redirectTo ?? null;
      setLogoutPending(false);
    } catch (error) {
      // Offline: the data goes from this device now; the server's session ends when it can be reached.
      if (isUnreachable(error)) setLogoutPending(true);
    }
    setCsrfToken(null);
    await destroyCurrentStore();
    invalidateConversationTypes();
    setState({ status: 'anonymous', expired: false });
    // Signed in through the organisation's account: end the session there too (it comes back to /login).
    if (redirectTo) window.location.assign(redirectTo);
    return { done: true };
  }, []);

  const setUser = useCallback(
    (user: User) => setState((s) => (s.status === 'signedIn' ? { ...s, user } : s)),
    [],
  );
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signedIn, signOut, setUser, reload }),
    [state, signedIn, signOut, setUser, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session and its actions. */
export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for pages behind the sign-in guard. */
export function useUser(): User {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser without a signed-in user');
  return state.user;
}
