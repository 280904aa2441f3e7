import {
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, LoadMore, Loading, ScrollRegion } from '../../ui/states';
import { EntryDetail } from './EntryDetail';
import { ExportPanel } from './ExportPanel';
import { useTrustedKey } from './trusted-key';

type Entry = Schemas['ArchiveEntryResponseDto'];

interface EntriesPage {
  entries: Entry[];
  /** the tree size, when the page was read by position */
  size?: number;
  next?: string;
}

type Search =
  { mode: 'ref'; ref: string; id: string } | { mode: 'range'; from: number; limit: number };

const REFS = [
  { value: 'conversation', label: 'Conversation' },
  { value: 'message', label: 'Message' },
  { value: 'subject', label: 'Data subject' },
  { value: 'templateVersion', label: 'Template version' },
  { value: 'replyDraft', label: 'Reply draft' },
  { value: 'legalHold', label: 'Legal hold' },
];

function actorOf(e: Entry): string {
  const actor = e.envelope.actor as { id?: string } | undefined;
  return actor?.id ?? '';
}

export default function ArchiveScreen() {
  const { ability } = useSession();
  const trusted = useTrustedKey();
  const [mode, setMode] = useState<'ref' | 'range'>('range');
  const [ref, setRef] = useState<string>('conversation');
  const [refId, setRefId] = useState('');
  const [from, setFrom] = useState<number | string>(0);
  const [search, setSearch] = useState<Search>({ mode: 'range', from: 0, limit: 100 });
  const [kind, setKind] = useState('');
  const [after, setAfter] = useState('');
  const [before, setBefore] = useState('');
  const [open, setOpen] = useState<string | null>(null);

  const checkpoint = useQuery({
    queryKey: ['checkpoint'],
    refetchInterval: 15_000,
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/v1/archive/checkpoints/latest'));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });

  const entries = useInfiniteQuery({
    queryKey: ['entries', search],
    initialPageParam: search.mode === 'ref' ? '' : String(search.from),
    queryFn: async ({ pageParam }): Promise<EntriesPage> => {
      if (search.mode === 'ref') {
        const page = unwrap(
          await api.GET('/v1/archive/entries/by-ref', {
            params: {
              query: {
                ref: search.ref,
                id: search.id,
                limit: 200,
                ...(pageParam ? { cursor: pageParam } : {}),
              },
            },
          }),
        );
        return { entries: page.items, next: page.nextCursor ?? undefined };
      }
      const from = Number(pageParam);
      const page = unwrap(
        await api.GET('/v1/archive/entries', { params: { query: { from, limit: search.limit } } }),
      );
      const next = from + page.entries.length;
      return {
        entries: page.entries,
        size: page.size,
        next: page.entries.length === search.limit && next < page.size ? String(next) : undefined,
      };
    },
    getNextPageParam: (last) => last.next,
  });
  const found = useMemo(() => entries.data?.pages.flatMap((p) => p.entries) ?? [], [entries.data]);
  const logSize = entries.data?.pages[entries.data.pages.length - 1]?.size;

  const shown = useMemo(() => {
    const k = kind.trim().toLowerCase();
    const a = after ? new Date(after).toISOString() : '';
    const b = before ? new Date(before).toISOString() : '';
    return found.filter(
      (e) =>
        (k === '' || e.kind.toLowerCase().includes(k)) &&
        (a === '' || e.recordedAt >= a) &&
        (b === '' || e.recordedAt < b),
    );
  }, [found, kind, after, before]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'ref') {
      if (refId.trim() === '') return;
      setSearch({ mode: 'ref', ref, id: refId.trim() });
    } else {
      setSearch({ mode: 'range', from: typeof from === 'number' ? from : 0, limit: 100 });
    }
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        Archive
      </Title>

      <Paper withBorder p="md" component="section" aria-labelledby="trust-title">
        <Title order={2} size="h4" id="trust-title" mb="xs">
          Signed checkpoint and trusted key
        </Title>
        {checkpoint.isPending ? (
          <Loading label="Loading the latest checkpoint…" />
        ) : checkpoint.error ? (
          <ErrorState title="The checkpoint could not be loaded" error={checkpoint.error} />
        ) : checkpoint.data === null ? (
          <Empty>No checkpoint has been signed yet.</Empty>
        ) : (
          <Text size="sm" data-testid="latest-checkpoint">
            Latest checkpoint: {checkpoint.data.size} entries, signed {checkpoint.data.createdAt} by
            the key with fingerprint <Code>{checkpoint.data.keyFingerprint}</Code>.
          </Text>
        )}
        <TextInput
          mt="sm"
          label="Trusted verifier key"
          description="The archive key you trust (name+keyid+key), kept in this browser only"
          value={trusted.text}
          onChange={(e) => trusted.setText(e.currentTarget.value)}
          error={trusted.error}
          spellCheck={false}
        />
        {trusted.key && (
          <Text size="sm" mt="xs" role="status">
            Pinned key fingerprint <Code>{trusted.key.fingerprint}</Code>
            {checkpoint.data && checkpoint.data.keyFingerprint !== trusted.key.fingerprint
              ? ' — not the key that signed the latest checkpoint'
              : ''}
          </Text>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="search-title">
        <Title order={2} size="h4" id="search-title" mb="sm">
          Search entries
        </Title>
        <form onSubmit={submit} aria-label="Search entries">
          <Stack gap="sm">
            <SegmentedControl
              value={mode}
              onChange={(v) => setMode(v as 'ref' | 'range')}
              data={[
                { value: 'range', label: 'By position' },
                { value: 'ref', label: 'By reference' },
              ]}
              aria-label="Search by"
            />
            {mode === 'ref' ? (
              <Group grow align="flex-start">
                <Select
                  label="Reference"
                  data={REFS}
                  value={ref}
                  onChange={(v) => setRef(v ?? 'conversation')}
                  allowDeselect={false}
                />
                <TextInput
                  label="Reference id"
                  value={refId}
                  onChange={(e) => setRefId(e.currentTarget.value)}
                  required
                />
              </Group>
            ) : (
              <NumberInput
                label="From seq"
                min={0}
                value={from}
                onChange={setFrom}
                allowDecimal={false}
              />
            )}
            <Group grow align="flex-start">
              <TextInput
                label="Kind contains"
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value)}
                placeholder="e.g. legal_hold"
              />
              <TextInput
                type="datetime-local"
                label="Recorded from (local time)"
                value={after}
                onChange={(e) => setAfter(e.currentTarget.value)}
              />
              <TextInput
                type="datetime-local"
                label="Recorded before (local time)"
                value={before}
                onChange={(e) => setBefore(e.currentTarget.value)}
              />
            </Group>
            <Group>
              <Button type="submit">Search</Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      <section aria-labelledby="results-title">
        <Title order={2} size="h4" id="results-title" mb="xs">
          Entries
        </Title>
        {entries.isPending ? (
          <Loading label="Loading entries…" />
        ) : entries.error ? (
          <ErrorState title="The entries could not be loaded" error={entries.error} />
        ) : shown.length === 0 ? (
          <Empty>No entry matches.</Empty>
        ) : (
          <ScrollRegion label="Archive entries, scrollable">
            <Table striped highlightOnHover aria-label="Archive entries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Seq</Table.Th>
                  <Table.Th scope="col">Recorded</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Actor</Table.Th>
                  <Table.Th scope="col">Entry</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((e) => (
                  <Table.Tr key={e.entryId}>
                    <Table.Td>{e.seq}</Table.Td>
                    <Table.Td>{e.recordedAt}</Table.Td>
                    <Table.Td>{e.kind}</Table.Td>
                    <Table.Td>{actorOf(e)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setOpen(e.entryId)}
                        aria-label={`Open entry ${e.seq}`}
                      >
                        Open
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        {entries.data && (
          <Group mt="xs" justify="space-between">
            <Text size="xs" c="dimmed">
              {shown.length} shown of {found.length} found
              {logSize !== undefined ? `; the log holds ${logSize} entries` : ''}.
            </Text>
            <LoadMore query={entries} mt={0} />
          </Group>
        )}
      </section>

      {ability?.can('export', 'ArchiveExport') && <ExportPanel onPinKey={trusted.setText} />}

      <EntryDetail
        entryId={open}
        onClose={() => setOpen(null)}
        checkpoint={checkpoint.data ?? undefined}
        trustedKey={trusted.key}
      />
    </Stack>
  );
}
