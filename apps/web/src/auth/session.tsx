import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { onUnauthenticated } from '../lib/graphql-client';

/**
 * The signed-in user. The bearer token lives in memory and in sessionStorage (one tab, gone when
 * the tab closes), never in a cookie, so no request can be forged from another site.
 */
export interface SessionUser {
  displayName: string;
  email: string;
  roles: string[];
  organisation: { id: string; name: string; smeClass?: string | null };
}
interface Stored {
  token: string;
  user: SessionUser;
  expiresAt: number;
}
interface Session {
  token: string | null;
  user: SessionUser | null;
  /** Why the last session ended on its own ('expired'), shown on the sign-in page. */
  endedBecause: 'expired' | null;
  signIn(token: string, user: SessionUser): void;
  signOut(reason?: 'expired'): void;
}

const STORAGE_KEY = 'sg.session';
const SessionContext = createContext<Session | null>(null);

/** The token's own expiry (JWT `exp`), so the console signs out when the API would refuse it. */
function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return payload.exp ? payload.exp * 1000 : Date.now() + 3600_000;
  } catch {
    return Date.now();
  }
}

function load(): Stored | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    return stored && stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Stored | null>(load);
  const [endedBecause, setEndedBecause] = useState<'expired' | null>(null);

  const signOut = useCallback((reason?: 'expired') => {
    sessionStorage.removeItem(STORAGE_KEY);
    setState(null);
    setEndedBecause(reason ?? null);
  }, []);
  const signIn = useCallback((token: string, user: SessionUser) => {
    const stored = { token, user, expiresAt: expiryOf(token) };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    setEndedBecause(null);
    setState(stored);
  }, []);

  useEffect(() => {
    if (!state) return;
    const timer = setTimeout(() => signOut('expired'), Math.max(0, Math.min(state.expiresAt - Date.now(), 2 ** 31 - 1)));
    const unsubscribe = onUnauthenticated(() => signOut('expired'));
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [state, signOut]);

  const value = useMemo<Session>(
    () => ({ token: state?.token ?? null, user: state?.user ?? null, endedBecause, signIn, signOut }),
    [state, endedBecause, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
