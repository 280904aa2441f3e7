import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, saveBlob, tokenStore, unwrap, type Schemas } from '../../api/client';
import { Empty, ErrorState, LoadMore, Loading, ScrollRegion } from '../../ui/states';
import { when } from '../signoffs/words';

/** A badge as wide as its words: in a narrow column the table grows rather than cutting a kind to "COMPLA…". */
const WHOLE_LABEL = { minWidth: 'max-content' } as const;

type Complaint = Schemas['ComplaintResponseDto'];
type Kind = Complaint['kinds'][number];
type State = 'open' | 'closed';

const KIND_LABEL: Record<Kind, string> = {
  complaint: 'Complaint',
  legal_threat: 'Legal threat',
  regulator_mention: 'Regulator mention',
};

const STATUS_LABEL: Record<Complaint['status'], string> = {
  open: 'Open',
  awaiting_reply: 'Awaiting reply',
  awaiting_signoff: 'Awaiting sign-off',
  routed_offline: 'Routed offline',
  resolved: 'Resolved',
  closed: 'Closed',
};

const PRIORITY_COLOR: Record<Complaint['priority'], string> = {
  low: 'gray.7',
  normal: 'blue.9',
  high: 'pink.9',
  urgent: 'red.9',
};

const ID = /^[A-Za-z0-9_.:@-]{1,200}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Filters {
  kind?: Kind;
  state?: State;
  handle?: string;
  channel?: string;
  from?: string;
  to?: string;
}

/**
 * Every page of the register as one CSV file: the service answers a page at a
 * time with the next cursor in `x-next-cursor`; the header line is kept once.
 */
async function downloadCsv(filters: Filters): Promise<number> {
  const token = tokenStore.get();
  const parts: string[] = [];
  let cursor: string | null = null;
  let rows = 0;
  do {
    const q = new URLSearchParams({ format: 'csv', limit: '200' });
    for (const [k, v] of Object.entries(filters) as [string, string | undefined][]) {
      if (v) q.set(k, v);
    }
    if (cursor) q.set('cursor', cursor);
    const res = await fetch(`/v1/complaints?${q.toString()}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok) throw new Error(`The download failed (${res.status}).`);
    const text = await res.text();
    const lines = text.split('\r\n').filter((l) => l.length > 0);
    const [header, ...data] = lines;
    if (parts.length === 0 && header) parts.push(header);
    parts.push(...data);
    rows += data.length;
    cursor = res.headers.get('x-next-cursor');
  } while (cursor);
  saveBlob(new Blob([parts.join('\r\n') + '\r\n'], { type: 'text/csv' }), 'complaints.csv');
  return rows;
}

export default function ComplaintsScreen() {
  const [kind, setKind] = useState<Kind | null>(null);
  const [state, setState] = useState<State | null>(null);
  const [handle, setHandle] = useState('');
  const [channel, setChannel] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  const badHandle = handle.trim() !== '' && !ID.test(handle.trim());
  const badChannel = channel.trim() !== '' && !ID.test(channel.trim());
  const filters: Filters = {
    ...(kind ? { kind } : {}),
    ...(state ? { state } : {}),
    ...(handle.trim() && !badHandle ? { handle: handle.trim() } : {}),
    ...(channel.trim() && !badChannel ? { channel: channel.trim() } : {}),
    ...(DAY.test(from) ? { from: `${from}T00:00:00Z` } : {}),
    ...(DAY.test(to) ? { to: `${to}T00:00:00Z` } : {}),
  };
  const complaints = useInfiniteQuery({
    queryKey: ['complaints', filters],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/complaints', {
          params: {
            query: { ...filters, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) },
            header: { accept: 'application/json' },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const download = useMutation({ mutationFn: () => downloadCsv(filters) });
  const list = complaints.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">
        Complaint register
      </Title>
      <Text size="sm">
        Every post policy recognised as a complaint, a legal threat or a regulator mention, with
        when it was acknowledged, answered and closed (FINRA 3110(b)(5)).
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="filters-title">
        <Title order={2} size="h4" id="filters-title" mb="sm">
          Filters
        </Title>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Kind"
            placeholder="Any"
            clearable
            data={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))}
            value={kind}
            onChange={(v) => setKind(v as Kind | null)}
            miw={160}
          />
          <Select
            label="State"
            placeholder="Any"
            clearable
            data={[
              { value: 'open', label: 'Open' },
              { value: 'closed', label: 'Closed' },
            ]}
            value={state}
            onChange={(v) => setState(v as State | null)}
            miw={140}
          />
          <TextInput
            label="Handle"
            placeholder="e.g. x-help"
            value={handle}
            onChange={(e) => setHandle(e.currentTarget.value)}
            error={badHandle ? 'Letters, digits and . _ : @ - only.' : null}
            miw={140}
          />
          <TextInput
            label="Channel"
            placeholder="e.g. x"
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value)}
            error={badChannel ? 'Letters, digits and . _ : @ - only.' : null}
            miw={120}
          />
          <TextInput
            type="date"
            label="Detected from"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            miw={150}
          />
          <TextInput
            type="date"
            label="Detected before"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            miw={150}
          />
        </Group>
        <Group mt="sm">
          <Button variant="light" onClick={() => download.mutate()} loading={download.isPending}>
            Download CSV
          </Button>
          {download.isSuccess && (
            <Text size="sm" role="status">
              Downloaded {download.data} {download.data === 1 ? 'complaint' : 'complaints'} as
              complaints.csv.
            </Text>
          )}
        </Group>
        {download.error && (
          <Alert mt="sm" color="red" title="The CSV could not be downloaded" role="alert">
            {download.error.message}
          </Alert>
        )}
      </Paper>
      <section aria-labelledby="register-title">
        <Title order={2} size="h4" id="register-title" mb="xs">
          Complaints
        </Title>
        {complaints.isPending ? (
          <Loading label="Loading the register…" />
        ) : complaints.error ? (
          <ErrorState title="The register could not be loaded" error={complaints.error} />
        ) : list.length === 0 ? (
          <Empty>No complaint matches.</Empty>
        ) : (
          <ScrollRegion label="Complaints, scrollable">
            <Table striped aria-label="Complaints">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Detected</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Where</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Acknowledged</Table.Th>
                  <Table.Th scope="col">Answered</Table.Th>
                  <Table.Th scope="col">Closed</Table.Th>
                  <Table.Th scope="col">Rules</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>
                      {when(k.detectedAt)}
                      <Text size="xs" c="dimmed">
                        Conversation {k.conversationId.slice(0, 8)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {k.kinds.map((x) => (
                          <Badge key={x} color="grape.9" style={WHOLE_LABEL}>
                            {KIND_LABEL[x] ?? x}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {k.handleId} ({k.channel})
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Text size="sm">{STATUS_LABEL[k.status] ?? k.status}</Text>
                        <Badge color={PRIORITY_COLOR[k.priority] ?? 'gray.7'} style={WHOLE_LABEL}>
                          {k.priority}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td>{when(k.acknowledgedAt)}</Table.Td>
                    <Table.Td>{when(k.respondedAt)}</Table.Td>
                    <Table.Td>{when(k.closedAt)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {k.ruleIds.join(', ')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <LoadMore query={complaints} />
      </section>
    </Stack>
  );
}
