import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, LoadMore, Loading } from '../../ui/states';
import { usePolicyRules, type RuleInWords } from './policy-rules';
import { dueWords, refusal, roleLabel, when } from './words';

type Item = Schemas['SignoffQueueItemDto'];
type Decision = 'approve' | 'reject';

/** A reply draft or a scheduled post, each signed at its own route. */
function isPost(item: Item): boolean {
  return item.kind === 'scheduled_post';
}

function whatOf(item: Item): string {
  return isPost(item) ? 'scheduled post' : 'draft';
}

/** The time, refreshed each minute, so due times count down without a reload. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function TemplateLine({ versionId, purpose }: { versionId: string; purpose: string }) {
  const version = useQuery({
    queryKey: ['templates', 'version', versionId],
    staleTime: 5 * 60_000,
    queryFn: async () =>
      unwrap(await api.GET('/v1/template-versions/{id}', { params: { path: { id: versionId } } })),
  });
  const templateId = version.data?.templateId;
  const template = useQuery({
    queryKey: ['templates', 'one', templateId],
    enabled: !!templateId,
    staleTime: 5 * 60_000,
    queryFn: async () =>
      unwrap(await api.GET('/v1/templates/{id}', { params: { path: { id: templateId! } } })),
  });
  const title = template.data ? `${template.data.title} (${template.data.key})` : 'Template';
  return (
    <Text size="sm">
      <Text span fw={600}>
        Template:
      </Text>{' '}
      {version.data ? `${title}, version ${version.data.number}` : versionId} · purpose {purpose}
    </Text>
  );
}

function Rules({ item, rules }: { item: Item; rules: Map<string, RuleInWords> | undefined }) {
  const asking = item.ruleIds.map((id) => ({ id, rule: rules?.get(id) }));
  const forThisRole = asking.filter((r) => !r.rule || r.rule.signoffs.length > 0);
  const shown = forThisRole.length > 0 ? forThisRole : asking;
  return (
    <div>
      <Text size="sm" fw={600}>
        Rules that asked for sign-off
      </Text>
      {shown.length === 0 ? (
        <Text size="sm">
          {isPost(item)
            ? `Policy (replies.yaml) has posts on this handle signed by ${item.requiredSignoffs.map(roleLabel).join(' then ')}.`
            : `None named (policy ${item.policyVersion.slice(0, 15)}…).`}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {shown.map(({ id, rule }) => (
            <List.Item key={id}>
              <Text span size="sm" ff="monospace">
                {id}
              </Text>
              {rule?.description && <>: {rule.description}</>}
              {rule && rule.signoffs.length > 0 && (
                <> (asks for {rule.signoffs.map(roleLabel).join(' and ')})</>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function Messages({ item }: { item: Item }) {
  if (item.messages.length === 0) {
    return <Text size="sm">The conversation’s messages are not visible to you.</Text>;
  }
  return (
    <Stack
      gap={4}
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label="Conversation (masked)"
    >
      {item.messages.map((m) => (
        <li key={m.id}>
          <Paper withBorder p="xs" bg={m.direction === 'inbound' ? 'gray.0' : 'indigo.0'}>
            <Text size="xs" c="dimmed">
              {m.direction === 'inbound' ? 'Customer' : 'Us'} · {when(m.occurredAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {m.text}
            </Text>
          </Paper>
        </li>
      ))}
    </Stack>
  );
}

function Decide({ item, onDecided }: { item: Item; onDecided: (words: string) => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonId = useId();
  const decide = useMutation({
    mutationFn: async (decision: Decision): Promise<string> => {
      const body = { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) };
      if (isPost(item)) {
        const post = await api.POST('/v1/scheduled-posts/{id}/signoffs', {
          params: { path: { id: item.scheduledPostId ?? '' } },
          body,
        });
        return unwrap(post).status;
      }
      const reply = await api.POST('/v1/replies/{id}/signoffs', {
        params: { path: { id: item.replyId ?? '' } },
        body,
      });
      return unwrap(reply).status;
    },
    onSuccess: (status, decision) => {
      onDecided(
        decision === 'approve'
          ? `You approved the ${whatOf(item)} by ${item.authorId}; it is now ${status.replace('_', ' ')}.`
          : `You rejected the ${whatOf(item)} by ${item.authorId}; it goes back to them with your reason.`,
      );
      void queryClient.invalidateQueries({ queryKey: ['signoffs'] });
      void queryClient.invalidateQueries({ queryKey: ['replies'] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
      void queryClient.invalidateQueries({ queryKey: ['scheduled-posts'] });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['signoffs'] });
      }
    },
  });
  const submit = (decision: Decision) => (e?: FormEvent) => {
    e?.preventDefault();
    if (decision === 'reject' && !reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    decide.mutate(decision);
  };
  return (
    <form
      onSubmit={submit('approve')}
      aria-label={`Decide on the ${whatOf(item)} by ${item.authorId}`}
    >
      <Stack gap="xs">
        <Textarea
          id={reasonId}
          label="Reason"
          description="Required to reject; recorded with your decision either way."
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            if (e.currentTarget.value.trim()) setMissing(false);
          }}
          maxLength={1000}
          autosize
          minRows={2}
          error={missing ? 'Give a reason to reject, so the author knows what to change.' : null}
        />
        <Group>
          <Button
            type="submit"
            color="teal.9"
            loading={decide.isPending && decide.variables === 'approve'}
          >
            Approve
          </Button>
          <Button
            color="red.9"
            variant="outline"
            onClick={() => submit('reject')()}
            loading={decide.isPending && decide.variables === 'reject'}
          >
            Reject
          </Button>
        </Group>
        {decide.error && (
          <Alert color="red" title="Your decision was not recorded" role="alert">
            {refusal(decide.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function Draft({
  item,
  now,
  me,
  rules,
  onDecided,
}: {
  item: Item;
  now: number;
  me: string | undefined;
  rules: Map<string, RuleInWords> | undefined;
  onDecided: (words: string) => void;
}) {
  const titleId = useId();
  const due = dueWords(item.dueAt, now);
  const order = item.requiredSignoffs.map(roleLabel).join(' then ');
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {isPost(item) ? 'Scheduled post' : 'Draft'} by {item.authorId}
            </Title>
            <Text size="xs" c="dimmed">
              {isPost(item)
                ? `On ${item.handle ?? '—'} · to be published ${when(item.publishAt)}`
                : `Conversation ${item.conversationId ?? '—'}`}{' '}
              · written {when(item.createdAt)}
            </Text>
          </div>
          <Group gap={6}>
            <Badge color={due.overdue ? 'red.9' : 'blue.9'}>
              Due {when(item.dueAt)}, {due.words}
            </Badge>
            <Badge color="grape.9">Needs {roleLabel(item.nextRole)}</Badge>
          </Group>
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            Sign-offs:
          </Text>{' '}
          {order}
          {item.requiredSignoffs.length > 1 && `, in that order; next: ${roleLabel(item.nextRole)}`}
        </Text>
        <TemplateLine versionId={item.templateVersionId} purpose={item.purpose} />
        <Rules item={item} rules={rules} />
        {!isPost(item) && (
          <div>
            <Text size="sm" fw={600} mb={4}>
              The conversation (masked)
            </Text>
            <Messages item={item} />
          </div>
        )}
        <div>
          <Text size="sm" fw={600} mb={4}>
            {isPost(item) ? 'The post as it will be published' : 'The reply as it will be sent'}
          </Text>
          <Paper
            withBorder
            p="sm"
            component="blockquote"
            m={0}
            aria-label={isPost(item) ? 'Rendered post' : 'Rendered reply'}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.text}
            </Text>
          </Paper>
        </div>
        {me === item.authorId ? (
          <Alert color="gray" title={`You cannot sign this ${whatOf(item)}`}>
            You wrote it: another person with the role must sign it (segregation of duties).
          </Alert>
        ) : (
          <Decide item={item} onDecided={onDecided} />
        )}
      </Stack>
    </Paper>
  );
}

export default function SignoffsScreen() {
  const { me } = useSession();
  const now = useNow();
  const [notice, setNotice] = useState('');
  const rules = usePolicyRules();
  const queue = useInfiniteQuery({
    queryKey: ['signoffs', 'queue'],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/signoffs', {
          params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const list = queue.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">
        Sign-off queue
      </Title>
      <Text size="sm">
        Reply drafts and scheduled posts waiting for one of your roles, the one due first at the
        top. Opening one is not a review: approve it, or reject it with a reason.
      </Text>
      <Text role="status" size="sm" fw={600} aria-live="polite">
        {notice}
      </Text>
      <section aria-label="Waiting for sign-off">
        {queue.isPending ? (
          <Loading label="Loading the sign-off queue…" />
        ) : queue.error ? (
          <ErrorState title="The sign-off queue could not be loaded" error={queue.error} />
        ) : list.length === 0 ? (
          <Empty>Nothing waits for your sign-off.</Empty>
        ) : (
          <Stack>
            {list.map((item) => (
              <Draft
                key={item.replyId ?? item.scheduledPostId ?? item.createdAt}
                item={item}
                now={now}
                me={me?.sub}
                rules={rules.data}
                onDecided={setNotice}
              />
            ))}
          </Stack>
        )}
        <LoadMore query={queue} />
      </section>
    </Stack>
  );
}
