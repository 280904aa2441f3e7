import { subject } from '@casl/ability';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { REPLY_STATUS_LABEL, replyInFlight, type Reply } from './api';

const STATUS_COLOR: Record<Reply['status'], string> = {
  pending_signoff: 'grape.9',
  approved: 'indigo.9',
  queued: 'blue.9',
  sent: 'teal.9',
  failed: 'red.9',
  rejected: 'red.9',
  withdrawn: 'gray.7',
};

const ROLE_WORDS: Record<string, string> = {
  legal: 'Legal',
  compliance_officer: 'Compliance',
};

/** While a reply still moves (sign-off, dispatch), look again now and then, besides live events. */
const IN_FLIGHT_REFRESH_MS = 3000;

export function ReplyStatusBadge({ status }: { status: Reply['status'] }) {
  return (
    <Badge color={STATUS_COLOR[status]} aria-label={`Reply status: ${REPLY_STATUS_LABEL[status]}`}>
      {REPLY_STATUS_LABEL[status]}
    </Badge>
  );
}

function signoffLine(r: Reply): string | null {
  if (r.requiredSignoffs.length === 0) return null;
  const parts = r.requiredSignoffs.map((role) => {
    const s = r.signoffs.find((x) => x.role === role);
    const who = ROLE_WORDS[role] ?? role;
    if (!s) return `${who}: waiting`;
    return `${who}: ${s.decision === 'approve' ? 'approved' : 'rejected'} by ${s.signerId}`;
  });
  return `Sign-off ${parts.join(' · ')}`;
}

function ReplyItem({ r }: { r: Reply }) {
  const { ability } = useSession();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/v1/replies/{id}/withdraw', {
          params: { path: { id: r.id } },
          body: { version: r.version },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['replies'] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
  const canWithdraw =
    r.status === 'pending_signoff' &&
    (ability?.can('withdraw', subject('ReplyDraft', { ...r })) ?? false);
  const rejection = r.signoffs.find((s) => s.decision === 'reject');
  const signoffs = signoffLine(r);
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Reply drafted by ${r.authorId}`}>
      <Group justify="space-between" gap="xs" mb={4}>
        <ReplyStatusBadge status={r.status} />
        <Text size="xs" c="dimmed">
          {r.channel} · {r.visibility} · by {r.authorId} · {new Date(r.createdAt).toLocaleString()}
        </Text>
      </Group>
      <Text size="sm" className="cs-message">
        {r.text}
      </Text>
      {signoffs && (
        <Text size="xs" mt={4}>
          {signoffs}
        </Text>
      )}
      {rejection?.reason && (
        <Alert variant="outline" color="red.9" mt="xs" title="Rejected at sign-off" p="xs">
          {rejection.reason}
        </Alert>
      )}
      {r.sentAt && (
        <Text size="xs" c="dimmed" mt={4}>
          Sent {new Date(r.sentAt).toLocaleString()}
        </Text>
      )}
      {canWithdraw && (
        <Button
          mt="xs"
          size="compact-sm"
          variant="outline"
          color="red.9"
          onClick={() => withdraw.mutate()}
          loading={withdraw.isPending}
        >
          Withdraw draft
        </Button>
      )}
      {withdraw.error && (
        <Alert variant="outline" color="red.9" mt="xs" role="alert" title="Not withdrawn">
          {withdraw.error.message}
        </Alert>
      )}
    </Paper>
  );
}

export function RepliesList({ conversationId }: { conversationId: string }) {
  const replies = useInfiniteQuery({
    queryKey: ['replies', 'conversation', conversationId],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/conversations/{id}/replies', {
          params: {
            path: { id: conversationId },
            query: pageParam ? { cursor: pageParam } : {},
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (q) =>
      q.state.data?.pages.some((p) => p.items.some(replyInFlight)) ? IN_FLIGHT_REFRESH_MS : false,
  });
  const list = replies.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="replies-title">
      <Title order={2} size="h4" id="replies-title" mb="xs">
        Replies
      </Title>
      {replies.isPending ? (
        <Loading label="Loading the replies…" />
      ) : replies.error ? (
        <ErrorState title="The replies could not be loaded" error={replies.error} />
      ) : list.length === 0 ? (
        <Empty>No reply yet.</Empty>
      ) : (
        <Stack gap="xs">
          {list.map((r) => (
            <ReplyItem key={r.id} r={r} />
          ))}
        </Stack>
      )}
      {replies.hasNextPage && (
        <Button
          mt="xs"
          variant="default"
          size="xs"
          onClick={() => void replies.fetchNextPage()}
          loading={replies.isFetchingNextPage}
        >
          Older replies
        </Button>
      )}
    </section>
  );
}
