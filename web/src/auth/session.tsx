import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, tokenStore, unwrap, type Me } from '../api/client';
import { abilityOf, type ConsoleAbility } from './ability';

interface Session {
  token: string | null;
  me: Me | undefined;
  ability: ConsoleAbility | undefined;
  loading: boolean;
  error: Error | null;
  /** The token was refused (expired): sign in again without leaving the page. */
  expired: boolean;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(tokenStore.get);
  const [expired, setExpired] = useState(false);

  useEffect(() => tokenStore.onExpired(() => setExpired(true)), []);

  const me = useQuery({
    queryKey: ['me', token],
    enabled: token !== null,
    retry: false,
    // Signing in again (after the token expired) keeps the page mounted, and what was typed on it.
    placeholderData: (previous) => previous,
    queryFn: async () => unwrap(await api.GET('/v1/me')),
  });

  const signIn = useCallback(
    (t: string) => {
      tokenStore.set(t);
      setToken(t);
      setExpired(false);
      // Data fetched under the old token may not be the new caller's to see.
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );
  const signOut = useCallback(() => {
    tokenStore.clear();
    setToken(null);
    setExpired(false);
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo<Session>(
    () => ({
      token,
      me: me.data,
      ability: me.data ? abilityOf(me.data) : undefined,
      loading: token !== null && me.isPending,
      error: me.error,
      expired,
      signIn,
      signOut,
    }),
    [token, me.data, me.isPending, me.error, expired, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
