import { Alert, Button, Stack, Text, Title } from '@mantine/core';
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
import { completeSignIn, isCallback, type CallbackResult } from './oidc';
import { Loading } from '../ui/states';

interface Session {
  token: string | null;
  me: Me | undefined;
  ability: ConsoleAbility | undefined;
  loading: boolean;
  error: Error | null;
  /** The token was refused (expired): sign in again without leaving the page. */
  expired: boolean;
  /** Why the last OpenID Connect sign-in of this tab failed, if it did. */
  signInError: string | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(tokenStore.get);
  const [expired, setExpired] = useState(false);
  // The identity provider's answer (`/?code=…&state=…`) is handled before anything else shows.
  const [callback, setCallback] = useState<CallbackResult | 'pending'>(() =>
    isCallback() ? 'pending' : { kind: 'none' },
  );

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
  useEffect(() => {
    if (callback !== 'pending') return;
    void completeSignIn().then((r) => {
      if (r.kind === 'signed-in') signIn(r.token);
      setCallback(r);
    });
  }, [callback, signIn]);

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
      signInError:
        typeof callback === 'object' && callback.kind === 'error' ? callback.message : null,
      signIn,
      signOut,
    }),
    [token, me.data, me.isPending, me.error, expired, callback, signIn, signOut],
  );
  if (callback === 'pending') return <Loading label="Signing you in…" />;
  if (callback.kind === 'handed-over') return <SignInWindowDone />;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The sign-in window, once it has handed the identity provider's answer to the console. */
function SignInWindowDone() {
  useEffect(() => {
    document.title = 'Signed in · Countersign';
    // Closes when the browser lets a page close the window it was opened as.
    window.close();
  }, []);
  return (
    <main>
      <Stack maw={520} mx="auto" p="md" mt="xl">
        <Title order={1}>Countersign</Title>
        <Alert variant="outline" color="green.9" title="Signed in" role="status">
          <Text size="sm">Go back to the console: your page carries on where you left it.</Text>
        </Alert>
        <Button variant="default" onClick={() => window.close()}>
          Close this window
        </Button>
        <Text size="sm">
          Not a sign-in window? <a href="/">Open the console</a>.
        </Text>
      </Stack>
    </main>
  );
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
