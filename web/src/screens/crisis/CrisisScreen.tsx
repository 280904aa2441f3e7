import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, LoadMore, Loading, ScrollRegion } from '../../ui/states';
import { refusal, when } from '../signoffs/words';

type Post = Schemas['ScheduledPostResponseDto'];
type PostStatus = Post['status'];

const POST_STATUS: Record<PostStatus, string> = {
  pending_signoff: 'Awaiting sign-off',
  held: 'Held',
  scheduled: 'Scheduled',
  queued: 'Queued',
  published: 'Published',
  failed: 'Failed',
  cancelled: 'Cancelled',
  rejected: 'Rejected',
};

const POST_COLOR: Record<PostStatus, string> = {
  pending_signoff: 'grape.9',
  held: 'violet.9',
  scheduled: 'blue.9',
  queued: 'indigo.9',
  published: 'teal.9',
  failed: 'red.9',
  cancelled: 'gray.7',
  rejected: 'red.9',
};

function useCrisis() {
  return useQuery({
    queryKey: ['crisis'],
    queryFn: async () => unwrap(await api.GET('/v1/crisis')),
  });
}

function Switcher() {
  const { ability } = useSession();
  const queryClient = useQueryClient();
  const crisis = useCrisis();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const change = useMutation({
    mutationFn: async (on: boolean) =>
      unwrap(
        on
          ? await api.POST('/v1/crisis', { body: { reason: reason.trim() } })
          : await api.DELETE('/v1/crisis', { body: { reason: reason.trim() } }),
      ),
    onSuccess: (state) => {
      setReason('');
      queryClient.setQueryData(['crisis'], state);
      void queryClient.invalidateQueries({ queryKey: ['crisis'] });
      void queryClient.invalidateQueries({ queryKey: ['scheduled-posts'] });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['crisis'] });
      }
    },
  });
  if (crisis.isPending) return <Loading label="Loading crisis mode…" />;
  if (crisis.error) {
    return <ErrorState title="Crisis mode could not be loaded" error={crisis.error} />;
  }
  const s = crisis.data;
  const may = s.active ? ability?.can('delete', 'Crisis') : ability?.can('create', 'Crisis');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    change.mutate(!s.active);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="state-title">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h4" id="state-title">
            Crisis mode is {s.active ? 'on' : 'off'}
          </Title>
          <Badge color={s.active ? 'red.9' : 'gray.7'}>{s.active ? 'On' : 'Off'}</Badge>
        </Group>
        {s.active ? (
          <Text size="sm">
            On since {when(s.since)}, started by {s.startedBy ?? '—'}: {s.reason}. Every scheduled
            post is held; drafts are limited to crisis, acknowledgement and offline-route templates;
            every public reply needs a compliance sign-off.
          </Text>
        ) : (
          <Text size="sm">
            {s.endedAt ? `The last crisis ended ${when(s.endedAt)}. ` : ''}Turning it on holds every
            scheduled post on every handle, limits drafts to crisis, acknowledgement and
            offline-route templates, and asks a compliance sign-off for every public reply.
          </Text>
        )}
        {may && (
          <form onSubmit={submit} aria-label={s.active ? 'End crisis mode' : 'Start crisis mode'}>
            <Stack gap="xs">
              <Textarea
                label="Reason"
                description="Archived with the change; no personal data."
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  if (e.currentTarget.value.trim()) setMissing(false);
                }}
                maxLength={1000}
                autosize
                minRows={2}
                withAsterisk
                error={missing ? 'Give a reason.' : null}
              />
              <Group>
                <Button
                  type="submit"
                  color={s.active ? 'teal.9' : 'red.9'}
                  loading={change.isPending}
                >
                  {s.active ? 'End crisis mode' : 'Start crisis mode'}
                </Button>
              </Group>
              {change.error && (
                <Alert color="red" title="Crisis mode was not changed" role="alert">
                  {refusal(change.error)}
                </Alert>
              )}
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

type Act = { post: Post; kind: 'release' | 'cancel' };

function ActDialog({ act, onClose }: { act: Act | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const run = useMutation({
    mutationFn: async ({ post, kind }: Act) => {
      const body = { version: post.version, ...(reason.trim() ? { reason: reason.trim() } : {}) };
      const params = { path: { id: post.id } };
      return unwrap(
        kind === 'release'
          ? await api.POST('/v1/scheduled-posts/{id}/release', { params, body })
          : await api.POST('/v1/scheduled-posts/{id}/cancel', {
              params,
              body: { ...body, reason: reason.trim() },
            }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['scheduled-posts'] });
      close();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['scheduled-posts'] });
      }
    },
  });
  function close() {
    setReason('');
    setMissing(false);
    run.reset();
    onClose();
  }
  const releasing = act?.kind === 'release';
  return (
    <Modal
      opened={act !== null}
      onClose={close}
      title={act ? `${releasing ? 'Release' : 'Cancel'} the post on ${act.post.handle}` : ''}
    >
      {act && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!releasing && !reason.trim()) return setMissing(true);
            run.mutate(act);
          }}
          aria-label={releasing ? 'Release the post' : 'Cancel the post'}
        >
          <Stack gap="sm">
            <Paper withBorder p="sm" component="blockquote" m={0} aria-label="Post text">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {act.post.text}
              </Text>
            </Paper>
            <Text size="sm">
              {releasing
                ? 'It is published at its time, or at once if that time has passed.'
                : 'It will never be published; the cancellation is archived.'}
            </Text>
            <Textarea
              label="Reason"
              description={releasing ? 'Optional.' : 'Required.'}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={1000}
              autosize
              minRows={2}
              withAsterisk={!releasing}
              error={missing ? 'Give a reason to cancel.' : null}
              data-autofocus
            />
            {run.error && (
              <Alert color="red" title="Nothing was changed" role="alert">
                {refusal(run.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Back
              </Button>
              <Button type="submit" color={releasing ? 'teal.9' : 'red.9'} loading={run.isPending}>
                {releasing ? 'Release post' : 'Cancel post'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function Posts() {
  const { ability } = useSession();
  const crisis = useCrisis();
  const [status, setStatus] = useState<PostStatus | null>('held');
  const [act, setAct] = useState<Act | null>(null);
  const canRelease = ability?.can('release', 'ScheduledPost') ?? false;
  const canCancel = ability?.can('delete', 'ScheduledPost') ?? false;
  const posts = useInfiniteQuery({
    queryKey: ['scheduled-posts', status],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/scheduled-posts', {
          params: {
            query: {
              ...(status ? { status } : {}),
              limit: 50,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const list = posts.data?.pages.flatMap((p) => p.items) ?? [];
  const crisisOn = crisis.data?.active ?? false;
  // Crisis mode switched (here, or by someone else: a live event refreshes ['crisis']) holds
  // or frees posts: read them again.
  const queryClient = useQueryClient();
  const seen = useRef(crisis.data?.active);
  useEffect(() => {
    const now = crisis.data?.active;
    if (now !== undefined && seen.current !== undefined && now !== seen.current) {
      void queryClient.invalidateQueries({ queryKey: ['scheduled-posts'] });
    }
    seen.current = now;
  }, [crisis.data?.active, queryClient]);
  return (
    <section aria-labelledby="posts-title">
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="posts-title">
          Scheduled posts
        </Title>
        <Select
          label="Status"
          placeholder="Any"
          clearable
          data={Object.entries(POST_STATUS).map(([value, label]) => ({ value, label }))}
          value={status}
          onChange={(v) => setStatus(v as PostStatus | null)}
        />
      </Group>
      {crisisOn && status === 'held' && list.length > 0 && (
        <Text size="sm" mb="xs">
          Held posts can be released once crisis mode is off; they can be cancelled now.
        </Text>
      )}
      {posts.isPending ? (
        <Loading label="Loading scheduled posts…" />
      ) : posts.error ? (
        <ErrorState title="The scheduled posts could not be loaded" error={posts.error} />
      ) : list.length === 0 ? (
        <Empty>{status === 'held' ? 'No post is held.' : 'No scheduled post matches.'}</Empty>
      ) : (
        <ScrollRegion label="Scheduled posts, scrollable">
          <Table striped aria-label="Scheduled posts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Handle</Table.Th>
                <Table.Th scope="col">Publish at</Table.Th>
                <Table.Th scope="col">Text</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p) => {
                const s = p.status;
                const open = s === 'held' || s === 'scheduled' || s === 'pending_signoff';
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.handle}</Table.Td>
                    <Table.Td>{when(p.publishAt)}</Table.Td>
                    <Table.Td maw={360}>
                      <Text size="sm" lineClamp={3}>
                        {p.text}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={POST_COLOR[s]}>{POST_STATUS[s]}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {canRelease && s === 'held' && !crisisOn && (
                          <Button
                            size="compact-sm"
                            variant="outline"
                            color="teal.9"
                            onClick={() => setAct({ post: p, kind: 'release' })}
                            aria-label={`Release the post on ${p.handle} at ${when(p.publishAt)}`}
                          >
                            Release
                          </Button>
                        )}
                        {canCancel && open && (
                          <Button
                            size="compact-sm"
                            variant="outline"
                            color="red.9"
                            onClick={() => setAct({ post: p, kind: 'cancel' })}
                            aria-label={`Cancel the post on ${p.handle} at ${when(p.publishAt)}`}
                          >
                            Cancel
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <LoadMore query={posts} />
      <ActDialog act={act} onClose={() => setAct(null)} />
    </section>
  );
}

export default function CrisisScreen() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Crisis mode
      </Title>
      <Switcher />
      <Posts />
    </Stack>
  );
}
