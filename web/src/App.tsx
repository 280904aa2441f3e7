import {
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  Modal,
  NavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { useSession } from './auth/session';
import type { ConsoleAbility } from './auth/ability';
import { useLiveEvents } from './lib/events';
import { navigate, useRoute } from './lib/router';
import { SignInForm, SignInScreen } from './screens/SignIn';
import { CrisisBanner } from './ui/CrisisBanner';
import { ErrorState, Loading } from './ui/states';

// One chunk per area, loaded when a role opens it.
const ArchiveScreen = lazy(() => import('./screens/archive/ArchiveScreen'));
const InboxScreen = lazy(() => import('./screens/inbox/InboxScreen'));
const HoldsScreen = lazy(() => import('./screens/holds/HoldsScreen'));
const TemplatesScreen = lazy(() => import('./screens/templates/TemplatesScreen'));
const SignoffsScreen = lazy(() => import('./screens/signoffs/SignoffsScreen'));
const ReviewsScreen = lazy(() => import('./screens/reviews/ReviewsScreen'));
const CrisisScreen = lazy(() => import('./screens/crisis/CrisisScreen'));
const ComplaintsScreen = lazy(() => import('./screens/complaints/ComplaintsScreen'));
const DashboardScreen = lazy(() => import('./screens/dashboard/DashboardScreen'));
const ReportsScreen = lazy(() => import('./screens/reports/ReportsScreen'));

interface Area {
  path: string;
  label: string;
  allowed: (a: ConsoleAbility) => boolean;
  render: () => React.ReactNode;
}

const AREAS: Area[] = [
  {
    path: '/inbox',
    label: 'Inbox',
    // The agents' screen: those who read conversations and answer them.
    allowed: (a) => a.can('read', 'Conversation') && a.can('create', 'ReplyDraft'),
    render: () => <InboxScreen />,
  },
  {
    path: '/templates',
    label: 'Templates',
    allowed: (a) => a.can('read', 'TemplateVersion'),
    render: () => <TemplatesScreen />,
  },
  {
    path: '/archive',
    label: 'Archive',
    allowed: (a) => a.can('read', 'ArchiveEntry'),
    render: () => <ArchiveScreen />,
  },
  {
    path: '/holds',
    label: 'Legal holds',
    allowed: (a) => a.can('read', 'LegalHold'),
    render: () => <HoldsScreen />,
  },
  {
    path: '/signoffs',
    label: 'Sign-offs',
    allowed: (a) => a.can('sign_off', 'ReplyDraft'),
    render: () => <SignoffsScreen />,
  },
  {
    path: '/reviews',
    label: 'Post-send reviews',
    allowed: (a) => a.can('read', 'SupervisoryReview'),
    render: () => <ReviewsScreen />,
  },
  {
    path: '/crisis',
    label: 'Crisis mode',
    allowed: (a) => a.can('create', 'Crisis') || a.can('delete', 'Crisis'),
    render: () => <CrisisScreen />,
  },
  {
    path: '/complaints',
    label: 'Complaints',
    allowed: (a) => a.can('read', 'Complaint'),
    render: () => <ComplaintsScreen />,
  },
  {
    path: '/dashboard',
    label: 'Dashboard',
    allowed: (a) => a.can('read', 'Metrics'),
    render: () => <DashboardScreen />,
  },
  {
    path: '/reports',
    label: 'Reports',
    allowed: (a) => a.can('read', 'Report'),
    render: () => <ReportsScreen />,
  },
];

/** Where each role starts (its main screen), when it may use it. */
const LANDING: [role: string, path: string][] = [
  ['agent', '/inbox'],
  ['compliance_officer', '/templates'],
  ['legal', '/signoffs'],
  ['auditor', '/archive'],
  ['knowledge_editor', '/templates'],
  ['admin', '/dashboard'],
];

function landingOf(roles: readonly string[], areas: Area[]): string | undefined {
  for (const [role, path] of LANDING) {
    if (roles.includes(role) && areas.some((a) => a.path === path)) return path;
  }
  return areas[0]?.path;
}

const ROLE_LABELS: Record<string, string> = {
  agent: 'Agent',
  compliance_officer: 'Compliance officer',
  legal: 'Legal',
  auditor: 'Auditor',
  admin: 'Administrator',
  knowledge_editor: 'Knowledge editor',
  integration: 'Integration',
};

export function App() {
  const session = useSession();
  // Live updates for every screen, once for the whole console.
  useLiveEvents();
  const route = useRoute();
  const [navOpen, nav] = useDisclosure(false);

  const areas = session.ability ? AREAS.filter((a) => a.allowed(session.ability!)) : [];
  const current = areas.find((a) => route === a.path || route.startsWith(`${a.path}/`));

  useEffect(() => {
    const home = session.me ? landingOf(session.me.roles, areas) : undefined;
    if (session.ability && !current && home) navigate(home);
  }, [session.ability, session.me, current, areas]);

  useEffect(() => {
    document.title = current ? `${current.label} · Countersign` : 'Countersign console';
  }, [current]);

  if (!session.token) return <SignInScreen />;
  if (session.loading) return <Loading label="Loading your profile…" />;
  if (session.error && !session.expired) {
    return (
      <Stack maw={520} mx="auto" p="md">
        <ErrorState title="Your profile could not be loaded" error={session.error} />
        <Button onClick={session.signOut}>Sign in again</Button>
      </Stack>
    );
  }
  const me = session.me;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title order={1} size="h4">
              Countersign
            </Title>
          </Group>
          {me && (
            <Group gap="xs" wrap="nowrap" aria-label="Signed in">
              <Text size="sm" truncate maw={160} data-testid="signed-in-as">
                {me.name}
              </Text>
              <Group gap={4} visibleFrom="sm">
                {me.roles.map((r) => (
                  <Badge key={r} variant="light" color="gray">
                    {ROLE_LABELS[r] ?? r}
                  </Badge>
                ))}
                <Badge variant="outline" color="gray">
                  {me.location}
                </Badge>
              </Group>
              <Button variant="subtle" size="xs" onClick={session.signOut}>
                Sign out
              </Button>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <nav aria-label="Main">
          {areas.map((a) => (
            <NavLink
              key={a.path}
              href={`#${a.path}`}
              label={a.label}
              active={current?.path === a.path}
              aria-current={current?.path === a.path ? 'page' : undefined}
              onClick={nav.close}
            />
          ))}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main>
        <CrisisBanner />
        {areas.length === 0 ? (
          <Text>Your roles give you no screen in this console.</Text>
        ) : current ? (
          <Suspense fallback={<Loading label="Loading…" />}>{current.render()}</Suspense>
        ) : (
          <Loading label="Loading…" />
        )}
      </AppShell.Main>
      <Modal
        opened={session.expired}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        title="Your session has expired: sign in again"
      >
        <Text size="sm" mb="md">
          Nothing on the page is lost: sign in and carry on.
        </Text>
        <SignInForm />
      </Modal>
    </AppShell>
  );
}
