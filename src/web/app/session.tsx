// Who is signed in. Loads once at start: is setup needed, is there a session; 401 anywhere sends to login.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Organisation, User } from '../../core/index.ts';
import { api, onUnauthorised, setCsrfToken, type Session, type SignedIn } from '../api/index.ts';
import { takeEarly } from './prefetch.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'setup' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signedIn'; user: User; organisation: Organisation | null };

interface SessionApi {
  state: SessionState;
  /** Called after login or setup with the server's answer. */
  signedIn: (answer: SignedIn) => Promise<void>;
  signOut: () => Promise<void>;
  /** Replaces the user after a profile change. */
  setUser: (user: User) => void;
  reload: () => void;
}

const SessionContext = createContext<SessionApi | null>(null);

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

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
          setState({ status: 'signedIn', user: session.user, organisation: session.organisation });
        } catch (error) {
          if (cancelled) return;
          if ((error as { status?: number }).status === 401)
            setState({ status: 'anonymous', expired: false });
          else setState({ status: 'unreachable' });
        }
      } catch {
        if (!cancelled) setState({ status: 'unreachable' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(
    () =>
      onUnauthorised(() => {
        setCsrfToken(null);
        setState({ status: 'anonymous', expired: true });
      }),
    [],
  );

  const signedIn = useCallback(async (answer: SignedIn) => {
    setCsrfToken(answer.csrfToken);
    let organisation: Organisation | null = null;
    try {
      organisation = (await api.session()).organisation;
    } catch {
      // The name of the organisation is a nicety; the user is signed in regardless.
    }
    setState({ status: 'signedIn', user: answer.user, organisation });
  }, []);

  const signOut = useCallback(async () => {
    let redirectTo: string | null = null;
    try {
      redirectTo = (await api.logout())?.redirectTo ?? null;
    } finally {
      setCsrfToken(null);
      setState({ status: 'anonymous', expired: false });
    }
    // Signed in through the organisation's account: end the session there too (it comes back to /login).
    if (redirectTo) window.location.assign(redirectTo);
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
