import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, LoadMore, Loading, ScrollRegion } from '../../ui/states';
import { refusal, when } from '../signoffs/words';

type Review = Schemas['ReviewResponseDto'];
type Status = 'pending' | 'reviewed';
type Outcome = 'ok' | 'flag';

function ReviewDialog({ review, onClose }: { review: Review | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setOutcome('');
    setNote('');
    setProblem(null);
    save.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: async (r: Review) =>
      unwrap(
        await api.POST('/v1/reviews/{id}', {
          params: { path: { id: r.id } },
          body: {
            outcome: outcome as Outcome,
            version: r.version,
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['reviews'] });
      close();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['reviews'] });
      }
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!review) return;
    if (!outcome) return setProblem('Choose an outcome.');
    if (outcome === 'flag' && !note.trim()) return setProblem('A flag needs a note.');
    setProblem(null);
    save.mutate(review);
  };
  return (
    <Modal
      opened={review !== null}
      onClose={close}
      title={review ? `Review the reply by ${review.agentId}` : ''}
    >
      {review && (
        <form onSubmit={submit} aria-label="Review the reply">
          <Stack gap="sm">
            <Paper withBorder p="sm" component="blockquote" m={0} aria-label="Sent reply">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {review.text}
              </Text>
            </Paper>
            <Text size="xs" c="dimmed">
              Sent {when(review.sentAt)} · platform id {review.platformMessageId ?? '—'} ·
              conversation {review.conversationId}
            </Text>
            <Radio.Group
              label="Outcome"
              value={outcome}
              onChange={(v) => setOutcome(v as Outcome)}
              withAsterisk
            >
              <Group mt={4}>
                <Radio value="ok" label="OK" />
                <Radio value="flag" label="Flag" />
              </Group>
            </Radio.Group>
            <Textarea
              label="Note"
              description="Required to flag; what is wrong and what should change."
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={1000}
              autosize
              minRows={2}
            />
            {problem && (
              <Text size="sm" c="red.9" role="alert">
                {problem}
              </Text>
            )}
            {save.error && (
              <Alert color="red" title="The review was not recorded" role="alert">
                {refusal(save.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                Record review
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function OutcomeBadge({ review }: { review: Review }) {
  if (review.status === 'pending') return <Badge color="blue.9">Pending</Badge>;
  return review.outcome === 'flag' ? (
    <Badge color="red.9">Flagged</Badge>
  ) : (
    <Badge color="teal.9">OK</Badge>
  );
}

function Queue() {
  const { me, ability } = useSession();
  const [status, setStatus] = useState<Status>('pending');
  const [open, setOpen] = useState<Review | null>(null);
  const canReview = ability?.can('review', 'SupervisoryReview') ?? false;
  const reviews = useInfiniteQuery({
    queryKey: ['reviews', 'list', status],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/reviews', {
          params: { query: { status, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const list = reviews.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="sample-title">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="sample-title">
          Sampled replies
        </Title>
        <SegmentedControl
          aria-label="Show"
          value={status}
          onChange={(v) => setStatus(v as Status)}
          data={[
            { value: 'pending', label: 'To review' },
            { value: 'reviewed', label: 'Reviewed' },
          ]}
        />
      </Group>
      {reviews.isPending ? (
        <Loading label="Loading the sample…" />
      ) : reviews.error ? (
        <ErrorState title="The sample could not be loaded" error={reviews.error} />
      ) : list.length === 0 ? (
        <Empty>
          {status === 'pending' ? 'No sampled reply waits for review.' : 'Nothing reviewed yet.'}
        </Empty>
      ) : (
        <ScrollRegion label="Sampled replies, scrollable">
          <Table striped aria-label="Sampled replies">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Agent</Table.Th>
                <Table.Th scope="col">Week</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Reply</Table.Th>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">{status === 'pending' ? 'Action' : 'Note'}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.agentId}</Table.Td>
                  <Table.Td>{r.week}</Table.Td>
                  <Table.Td>{when(r.sentAt)}</Table.Td>
                  <Table.Td maw={360}>
                    <Text size="sm" lineClamp={3}>
                      {r.text}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <OutcomeBadge review={r} />
                  </Table.Td>
                  <Table.Td>
                    {r.status === 'reviewed' ? (
                      <Text size="sm">
                        {r.note ?? '—'}
                        <Text span size="xs" c="dimmed" display="block">
                          {r.reviewerId} · {when(r.reviewedAt)}
                        </Text>
                      </Text>
                    ) : !canReview ? (
                      '—'
                    ) : r.agentId === me?.sub ? (
                      <Text size="sm">Your own reply</Text>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setOpen(r)}
                        aria-label={`Review the reply by ${r.agentId} sent ${when(r.sentAt)}`}
                      >
                        Review
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <LoadMore query={reviews} />
      <ReviewDialog review={open} onClose={() => setOpen(null)} />
    </section>
  );
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function Coverage() {
  const today = new Date();
  const [from, setFrom] = useState(() => isoDay(new Date(today.getTime() - 56 * 86_400_000)));
  const [to, setTo] = useState(() => isoDay(new Date(today.getTime() + 86_400_000)));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from < to;
  const coverage = useQuery({
    queryKey: ['reviews', 'coverage', from, to],
    enabled: valid,
    queryFn: async () =>
      unwrap(
        await api.GET('/v1/reviews/coverage', {
          params: { query: { from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z` } },
        }),
      ),
  });
  const items = coverage.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coverage-title">
      <Title order={2} size="h4" id="coverage-title" mb="xs">
        Coverage per agent and week
      </Title>
      <Group align="flex-end" mb="sm">
        <TextInput
          type="date"
          label="From"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="To (not included)"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={valid ? null : 'Choose a start before the end.'}
        />
      </Group>
      {!valid ? null : coverage.isPending ? (
        <Loading label="Loading coverage…" />
      ) : coverage.error ? (
        <ErrorState title="The coverage could not be loaded" error={coverage.error} />
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            Policy samples {coverage.data.samplePercent}% of the sent replies that needed no
            sign-off.
          </Text>
          {items.length === 0 ? (
            <Empty>No sent reply in this period.</Empty>
          ) : (
            <ScrollRegion label="Coverage, scrollable">
              <Table striped aria-label="Coverage">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Agent</Table.Th>
                    <Table.Th scope="col">Week</Table.Th>
                    <Table.Th scope="col">Eligible</Table.Th>
                    <Table.Th scope="col">Sampled</Table.Th>
                    <Table.Th scope="col">Reviewed</Table.Th>
                    <Table.Th scope="col">Flagged</Table.Th>
                    <Table.Th scope="col">Sampled share</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((c) => (
                    <Table.Tr key={`${c.agentId}|${c.week}`}>
                      <Table.Td>{c.agentId}</Table.Td>
                      <Table.Td>{c.week}</Table.Td>
                      <Table.Td>{c.eligible}</Table.Td>
                      <Table.Td>{c.sampled}</Table.Td>
                      <Table.Td>{c.reviewed}</Table.Td>
                      <Table.Td>{c.flagged}</Table.Td>
                      <Table.Td>{Math.round(c.sampledShare * 1000) / 10}%</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
        </Stack>
      )}
    </Paper>
  );
}

export default function ReviewsScreen() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Post-send reviews
      </Title>
      <Text size="sm">
        A share of the replies sent without a sign-off is sampled for supervisory review (FINRA
        3110.06). Mark each OK, or flag it with a note.
      </Text>
      <Queue />
      <Coverage />
    </Stack>
  );
}
