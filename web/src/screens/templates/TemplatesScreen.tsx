import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { Empty, ErrorState, LoadMore, Loading, ScrollRegion } from '../../ui/states';
import { TemplateDetail } from './TemplateDetail';

type Template = Schemas['TemplateResponseDto'];
type Version = Schemas['TemplateVersionResponseDto'];
type Status = Version['status'];
type Purpose = Version['purpose'];

export const STATUS_LABEL: Record<Status, string> = {
  draft: 'Draft',
  pending_approval: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Rejected',
  retired: 'Retired',
};

/** Colours dark enough for white text at 4.5:1. */
export const STATUS_COLOR: Record<Status, string> = {
  draft: 'gray.7',
  pending_approval: 'blue.9',
  approved: 'teal.9',
  rejected: 'red.9',
  retired: 'dark.4',
};

const PURPOSES: { value: Purpose; label: string }[] = [
  { value: 'answer', label: 'Answer' },
  { value: 'offline_route', label: 'Route offline' },
  { value: 'acknowledgement', label: 'Acknowledgement' },
  { value: 'crisis', label: 'Crisis' },
  { value: 'csat', label: 'Satisfaction survey' },
];

export function StatusBadge({ status }: { status: Status }) {
  return <Badge color={STATUS_COLOR[status]}>{STATUS_LABEL[status]}</Badge>;
}

function latest(t: Template): Version | undefined {
  return t.versions[0];
}

export default function TemplatesScreen() {
  const [status, setStatus] = useState<Status | null>(null);
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const [channel, setChannel] = useState('');
  const [intent, setIntent] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [open, setOpen] = useState<string | null>(null);

  const filters = {
    ...(status ? { status } : {}),
    ...(purpose ? { purpose } : {}),
    ...(channel.trim() ? { channel: channel.trim() } : {}),
    ...(intent.trim() ? { intent: intent.trim() } : {}),
    ...(overdue ? { reviewDue: 'overdue' as const } : {}),
  };
  const templates = useInfiniteQuery({
    queryKey: ['templates', filters],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/templates', {
          params: { query: { ...filters, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const list = templates.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">
        Template library
      </Title>
      <Paper withBorder p="md" component="section" aria-labelledby="filters-title">
        <Title order={2} size="h4" id="filters-title" mb="sm">
          Filters
        </Title>
        <Group grow align="flex-end">
          <Select
            label="Status"
            placeholder="Any"
            clearable
            data={Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label }))}
            value={status}
            onChange={(v) => setStatus(v as Status | null)}
          />
          <Select
            label="Purpose"
            placeholder="Any"
            clearable
            data={PURPOSES}
            value={purpose}
            onChange={(v) => setPurpose(v as Purpose | null)}
          />
          <TextInput
            label="Channel"
            placeholder="e.g. x"
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value)}
          />
          <TextInput
            label="Intent"
            placeholder="e.g. account_specific"
            value={intent}
            onChange={(e) => setIntent(e.currentTarget.value)}
          />
        </Group>
        <Switch
          mt="sm"
          label="Overdue reviews only"
          checked={overdue}
          onChange={(e) => setOverdue(e.currentTarget.checked)}
        />
      </Paper>
      <section aria-labelledby="templates-title">
        <Title order={2} size="h4" id="templates-title" mb="xs">
          Templates
        </Title>
        {templates.isPending ? (
          <Loading label="Loading templates…" />
        ) : templates.error ? (
          <ErrorState title="The templates could not be loaded" error={templates.error} />
        ) : list.length === 0 ? (
          <Empty>No template matches.</Empty>
        ) : (
          <ScrollRegion label="Templates, scrollable">
            <Table striped highlightOnHover aria-label="Templates">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Intents</Table.Th>
                  <Table.Th scope="col">Latest version</Table.Th>
                  <Table.Th scope="col">Review due</Table.Th>
                  <Table.Th scope="col">Template</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((t) => {
                  const v = latest(t);
                  return (
                    <Table.Tr key={t.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {t.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t.key}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t.intents.join(', ')}</Table.Td>
                      <Table.Td>
                        {v ? (
                          <Group gap={6}>
                            <Text size="sm">v{v.number}</Text>
                            <StatusBadge status={v.status} />
                          </Group>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        {v?.reviewDueAt ? (
                          <Group gap={6}>
                            <Text size="sm">{v.reviewDueAt.slice(0, 10)}</Text>
                            {v.reviewOverdue && <Badge color="red.9">Overdue</Badge>}
                          </Group>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => setOpen(t.id)}
                          aria-label={`Open ${t.title}`}
                        >
                          Open
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <LoadMore query={templates} />
      </section>
      <TemplateDetail templateId={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
