import { subject } from '@casl/ability';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorState, Loading } from '../../ui/states';
import { OFFLINE_METHOD_LABEL, type ConversationDetail, type OfflineMethod } from './api';
import { IntentBadges, PriorityBadge, SlaCountdown, StateBadges } from './badges';
import { conversationName } from './InboxList';
import { RepliesList } from './RepliesList';
import { ReplyComposer } from './ReplyComposer';

type Message = ConversationDetail['messages'][number];

/** What each decision action means for the agent, in words. */
const ACTION_WORDS: Record<string, string> = {
  route_offline:
    'Route offline: this is handled off the public channel under a case reference the customer can quote.',
  block_public_reply:
    'No public reply other than an approved offline-routing or acknowledgement template.',
  hide_public_post: 'The public post is hidden where the platform allows it.',
  require_signoff: 'A reply waits for sign-off before it is sent.',
};

const ROLE_WORDS: Record<string, string> = {
  legal: 'Legal',
  compliance_officer: 'Compliance',
};

function Decision({ c }: { c: ConversationDetail }) {
  const d = c.decision;
  // The detail explains every rule its decisions cite, in the words of the policy in force.
  const words = new Map(c.rules.map((r) => [r.id, r]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-title">
      <Title order={2} size="h4" id="decision-title" mb="xs">
        Decision and rules
      </Title>
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm">Priority:</Text>
          <PriorityBadge priority={d.priority} />
          {d.signoffRoles.length > 0 && (
            <Text size="sm">
              Sign-off by {d.signoffRoles.map((r) => ROLE_WORDS[r] ?? r).join(', then ')}
            </Text>
          )}
        </Group>
        {d.actions.length === 0 ? (
          <Text size="sm">No action: an approved template may answer it in the same channel.</Text>
        ) : (
          <List size="sm" aria-label="What the decision asks">
            {d.actions.map((a) => (
              <List.Item key={a}>{ACTION_WORDS[a] ?? a}</List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h5">
          Rules that fired
        </Title>
        {d.ruleIds.length === 0 ? (
          <Text size="sm">No rule fired.</Text>
        ) : (
          <List size="sm" aria-label="Rules that fired">
            {d.ruleIds.map((id) => {
              const rule = words.get(id);
              return (
                <List.Item key={id}>
                  <Text span size="sm" fw={600}>
                    {id}
                  </Text>
                  {rule?.description ? `: ${rule.description}` : ''}
                  {rule && !rule.inForce ? ' (no longer in the policy in force)' : ''}
                </List.Item>
              );
            })}
          </List>
        )}
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          Policy version {d.policyVersion}
        </Text>
      </Stack>
    </Paper>
  );
}

function MessageItem({ m }: { m: Message }) {
  const who = m.direction === 'outbound' ? 'Brand' : (m.authorName ?? m.authorHandle ?? m.authorId);
  const masked = [...new Set(m.redactions.map((r) => r.type))];
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Message from ${who}`}>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {who}
          <Text span size="xs" c="dimmed" fw={400}>
            {' '}
            · {m.direction === 'inbound' ? 'received' : 'sent'} · {m.visibility}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {new Date(m.occurredAt).toLocaleString()}
        </Text>
      </Group>
      <Text size="sm" className="cs-message">
        {m.text}
      </Text>
      {masked.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          Masked: {masked.join(', ')}
        </Text>
      )}
    </Paper>
  );
}

function RouteOffline({ c }: { c: ConversationDetail }) {
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<OfflineMethod | null>(null);
  const route = useMutation({
    mutationFn: async (m: OfflineMethod) =>
      unwrap(
        await api.POST('/v1/conversations/{id}/route-offline', {
          params: { path: { id: c.id } },
          body: { method: m, version: c.version },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['conversations'] }),
  });
  const open = c.offlineCases.filter((k) => k.status === 'open');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offline-title">
      <Title order={2} size="h4" id="offline-title" mb="xs">
        Route offline
      </Title>
      {route.data && (
        <Paper withBorder p="sm" mb="sm" role="status" className="cs-done">
          <Text fw={700} size="sm">
            Routed offline
          </Text>
          <Text size="sm">
            Case reference{' '}
            <Text span fw={700} data-testid="case-ref">
              {route.data.caseRef}
            </Text>{' '}
            ({OFFLINE_METHOD_LABEL[route.data.method]}). Quote it in the acknowledgement.
          </Text>
        </Paper>
      )}
      {c.offlineCases.length > 0 && (
        <List size="sm" mb="sm" aria-label="Offline cases">
          {c.offlineCases.map((k) => (
            <List.Item key={k.id}>
              Case {k.caseRef} · {OFFLINE_METHOD_LABEL[k.method]} · {k.status}
              {k.outcome ? ` (${k.outcome})` : ''} · acknowledgement {k.acknowledgementStatus}
            </List.Item>
          ))}
        </List>
      )}
      {open.length === 0 && c.status !== 'resolved' && c.status !== 'closed' ? (
        <form
          aria-label="Route offline"
          onSubmit={(e) => {
            e.preventDefault();
            if (method) route.mutate(method);
          }}
        >
          <Group align="flex-end">
            <Select
              label="Method"
              placeholder="Choose how to reach the customer"
              data={(Object.keys(OFFLINE_METHOD_LABEL) as OfflineMethod[]).map((m) => ({
                value: m,
                label: OFFLINE_METHOD_LABEL[m],
              }))}
              value={method}
              onChange={(v) => setMethod(v as OfflineMethod | null)}
              required
            />
            <Button type="submit" disabled={!method} loading={route.isPending}>
              Route offline
            </Button>
          </Group>
        </form>
      ) : (
        !route.data &&
        open.length === 0 && <Text size="sm">This conversation is no longer active.</Text>
      )}
      {route.error && (
        <Alert variant="outline" color="red.9" title="Not routed offline" role="alert" mt="sm">
          {route.error.message}
        </Alert>
      )}
    </Paper>
  );
}

export function ConversationView({ id }: { id: string }) {
  const { me, ability } = useSession();
  const queryClient = useQueryClient();
  const conversation = useQuery({
    queryKey: ['conversations', 'detail', id],
    retry: (n, err) => !(err instanceof ApiError && err.status === 404) && n < 1,
    queryFn: async () =>
      unwrap(await api.GET('/v1/conversations/{id}', { params: { path: { id } } })),
  });
  const assign = useMutation({
    mutationFn: async (c: ConversationDetail) =>
      unwrap(
        await api.POST('/v1/conversations/{id}/assign', {
          params: { path: { id: c.id } },
          body: { version: c.version },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['conversations'] }),
  });

  const back = (
    <Anchor href="#/inbox" size="sm">
      ← Back to the inbox
    </Anchor>
  );
  if (conversation.isPending) return <Loading label="Loading the conversation…" />;
  if (conversation.error) {
    const notFound = conversation.error instanceof ApiError && conversation.error.status === 404;
    return (
      <Stack>
        {back}
        <ErrorState
          title={notFound ? 'No such conversation' : 'The conversation could not be loaded'}
          error={
            notFound
              ? 'It does not exist, or it is not yours to see from where you work.'
              : conversation.error
          }
        />
      </Stack>
    );
  }
  const c = conversation.data;
  const asSubject = subject('Conversation', { ...c });
  const canAssign = (ability?.can('assign', asSubject) ?? false) && c.assigneeId !== me?.sub;
  const canRoute = ability?.can('route_offline', asSubject) ?? false;
  const canDraft = ability?.can('create', 'ReplyDraft') ?? false;
  const active = c.status !== 'resolved' && c.status !== 'closed';

  return (
    <Stack>
      {back}
      <Stack gap={6}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          Conversation {conversationName(c)}
        </Title>
        <Group gap="xs">
          <PriorityBadge priority={c.priority} />
          <StateBadges conversation={c} />
          <IntentBadges intents={c.intents} />
        </Group>
        <Group gap="sm">
          <SlaCountdown conversation={c} />
          <Text size="sm">
            {c.channel} ·{' '}
            {c.assigneeId === null
              ? 'Unassigned'
              : c.assigneeId === me?.sub
                ? 'Assigned to you'
                : `Assigned to ${c.assigneeId}`}
          </Text>
          {canAssign && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => assign.mutate(c)}
              loading={assign.isPending}
            >
              Assign to me
            </Button>
          )}
          {c.accountSpecific && (
            <Badge variant="outline" color="dark.6">
              Account-specific
            </Badge>
          )}
        </Group>
        {assign.error && (
          <Alert variant="outline" color="red.9" title="Not assigned" role="alert">
            {assign.error.message}
          </Alert>
        )}
      </Stack>
      <div className="cs-conversation-grid">
        <Stack>
          <section aria-labelledby="messages-title">
            <Title order={2} size="h4" id="messages-title" mb="xs">
              Messages
            </Title>
            <Stack gap="xs">
              {c.messages.map((m) => (
                <MessageItem key={m.id} m={m} />
              ))}
            </Stack>
          </section>
          <RepliesList conversationId={c.id} />
        </Stack>
        <Stack>
          <Decision c={c} />
          {canDraft && active && <ReplyComposer conversation={c} />}
          {canRoute && <RouteOffline c={c} />}
        </Stack>
      </div>
    </Stack>
  );
}
