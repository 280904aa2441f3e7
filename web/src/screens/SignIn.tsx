import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, unwrap, type Schemas } from '../api/client';
import { signInWithPopup, signInWithRedirect, SUPERSEDED, type OidcSettings } from '../auth/oidc';
import { useSession } from '../auth/session';
import { ErrorState, Loading } from '../ui/states';

type AuthConfig = Schemas['AuthConfigDto'];

type SignInBody = Schemas['DevSignInDto'];
type Role = SignInBody['roles'][number];
type Location = SignInBody['location'];

const ROLES: { value: Role; label: string }[] = [
  { value: 'agent', label: 'Agent' },
  { value: 'compliance_officer', label: 'Compliance officer' },
  { value: 'legal', label: 'Legal' },
  { value: 'auditor', label: 'Auditor' },
  { value: 'admin', label: 'Administrator' },
  { value: 'knowledge_editor', label: 'Knowledge editor' },
];

const SUBJECT = /^[A-Za-z0-9._@:-]{1,128}$/;

/** How this service signs people in (GET /v1/auth/config), read once. */
function useAuthConfig() {
  return useQuery({
    queryKey: ['auth-config'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/v1/auth/config')),
  });
}

function oidcSettings(c: AuthConfig): OidcSettings {
  return {
    issuer: c.issuer ?? '',
    clientId: c.clientId ?? '',
    scopes: c.scopes ?? 'openid',
    ...(c.audience ? { audience: c.audience } : {}),
  };
}

function NotConfigured() {
  return (
    <Alert variant="default" title="Sign-in is not configured" role="alert">
      This service has no identity provider: an administrator sets OIDC_ISSUER and OIDC_CLIENT_ID.
    </Alert>
  );
}

/** Signing in again after the token expired: in a window of its own, the page stays as it is. */
function OidcSignInAgain({ config }: { config: AuthConfig }) {
  const { signIn } = useSession();
  const mutation = useMutation({
    mutationFn: () => signInWithPopup(oidcSettings(config)),
    onSuccess: (token) => signIn(token),
  });
  // A sign-in replaced by a newer one is not an error to show.
  const error = mutation.error?.message === SUPERSEDED ? null : mutation.error;
  return (
    <Stack gap="sm">
      <Text size="sm">Sign in with your identity provider in the window that opens.</Text>
      {error && (
        <Alert variant="outline" color="red.9" title="Sign-in failed" role="alert">
          {error.message}
        </Alert>
      )}
      {mutation.isPending && (
        <Text size="sm" role="status">
          Waiting for the sign-in window… Closed it? Sign in again.
        </Text>
      )}
      {/* Stays usable while waiting: the window may have been closed (its opener cannot tell). */}
      <Button onClick={() => mutation.mutate()}>Sign in again</Button>
    </Stack>
  );
}

/** The form in the "session expired" dialog: the sign-in this service offers. */
export function SignInForm({ onSignedIn }: { onSignedIn?: () => void }) {
  const config = useAuthConfig();
  if (config.isPending) return <Loading label="Loading sign-in…" />;
  if (config.error) return <ErrorState title="Sign-in is unavailable" error={config.error} />;
  if (config.data.mode === 'oidc') return <OidcSignInAgain config={config.data} />;
  if (config.data.mode === 'none') return <NotConfigured />;
  return <DevSignInForm onSignedIn={onSignedIn} />;
}

/** "Sign in as": the development sign-in (absent from a production service). */
function DevSignInForm({ onSignedIn }: { onSignedIn?: () => void }) {
  const { signIn, me } = useSession();
  const [sub, setSub] = useState(me?.sub ?? '');
  const [roles, setRoles] = useState<Role[]>(me?.roles ?? []);
  const [location, setLocation] = useState<Location>(me?.location ?? 'office');
  const [touched, setTouched] = useState(false);

  const mutation = useMutation({
    mutationFn: async (body: SignInBody) => unwrap(await api.POST('/v1/dev/sign-in', { body })),
    onSuccess: (r) => {
      signIn(r.token);
      onSignedIn?.();
    },
  });

  const subError =
    touched && !SUBJECT.test(sub) ? 'Letters, digits and . _ @ : - only (1–128)' : null;
  const rolesError = touched && roles.length === 0 ? 'Choose at least one role' : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!SUBJECT.test(sub) || roles.length === 0) return;
    mutation.mutate({ sub, roles, location });
  };

  const unavailable = mutation.error instanceof ApiError && mutation.error.status === 404;

  return (
    <form onSubmit={submit} aria-label="Sign in as" noValidate>
      <Stack gap="md">
        <TextInput
          label="Subject (user id)"
          description="Who you act as, e.g. alice"
          value={sub}
          onChange={(e) => setSub(e.currentTarget.value)}
          error={subError}
          required
          autoComplete="username"
        />
        <Checkbox.Group
          label="Roles"
          value={roles}
          onChange={(v) => setRoles(v as Role[])}
          error={rolesError}
          required
        >
          <Group mt="xs" gap="sm">
            {ROLES.map((r) => (
              <Checkbox key={r.value} value={r.value} label={r.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Radio.Group
          label="Location"
          value={location}
          onChange={(v) => setLocation(v as Location)}
          required
        >
          <Group mt="xs">
            <Radio value="office" label="Office" />
            <Radio value="remote" label="Remote" />
          </Group>
        </Radio.Group>
        {unavailable ? (
          <Alert variant="default" title="Sign in as is not available" role="alert">
            This service runs in production: sign in through your identity provider.
          </Alert>
        ) : mutation.error ? (
          <Alert variant="outline" color="red.9" title="Sign-in failed" role="alert">
            {mutation.error.message}
          </Alert>
        ) : null}
        <Button type="submit" loading={mutation.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

function OidcSignIn({ config }: { config: AuthConfig }) {
  const { signInError } = useSession();
  const mutation = useMutation({ mutationFn: () => signInWithRedirect(oidcSettings(config)) });
  const error = mutation.error?.message ?? signInError;
  return (
    <Stack gap="md">
      <Text size="sm">
        You sign in with your organisation&apos;s account at {new URL(config.issuer ?? '').host}.
      </Text>
      {error && (
        <Alert variant="outline" color="red.9" title="Sign-in failed" role="alert">
          {error}
        </Alert>
      )}
      <Button onClick={() => mutation.mutate()} loading={mutation.isPending}>
        Sign in
      </Button>
    </Stack>
  );
}

export function SignInScreen() {
  const config = useAuthConfig();
  const mode = config.data?.mode;
  return (
    <main>
      <Stack maw={520} mx="auto" p="md" mt="xl">
        <Title order={1}>Countersign</Title>
        <Text>Sign in to the console.</Text>
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h3" mb="md">
            {mode === 'dev' ? 'Sign in as' : 'Sign in'}
          </Title>
          {config.isPending ? (
            <Loading label="Loading sign-in…" />
          ) : config.error ? (
            <ErrorState title="Sign-in is unavailable" error={config.error} />
          ) : config.data.mode === 'oidc' ? (
            <OidcSignIn config={config.data} />
          ) : config.data.mode === 'none' ? (
            <NotConfigured />
          ) : (
            <DevSignInForm />
          )}
        </Paper>
        {mode === 'dev' && (
          <Text size="sm" c="dimmed">
            Development sign-in: any subject with any roles. A production service has no such route.
          </Text>
        )}
      </Stack>
    </main>
  );
}
