import { subject } from '@casl/ability';
import {
  Alert,
  Button,
  Collapse,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, Loading } from '../../ui/states';
import type { Conversation } from './api';
import {
  intentLabel,
  PRIORITY_LABEL,
  SlaCountdown,
  STATUS_LABEL,
  type ConversationStatus,
  type Priority,
} from './badges';

const PAGE = 200;
/** Load the next page when the last rendered row is this close to the end. */
const PREFETCH_ROWS = 30;

const ACTIVE: ConversationStatus[] = [
  'open',
  'awaiting_reply',
  'awaiting_signoff',
  'routed_offline',
];

const STATUS_CHOICES = [
  { value: 'active', label: 'Active (all but resolved and closed)' },
  ...(Object.keys(STATUS_LABEL) as ConversationStatus[]).map((s) => ({
    value: s,
    label: STATUS_LABEL[s],
  })),
  { value: 'any', label: 'Any status' },
];

const CHANNELS = [
  { value: 'x', label: 'X' },
  { value: 'facebook', label: 'Facebook' },
  { value: 'instagram', label: 'Instagram' },
  { value: 'dm', label: 'Direct messages' },
];

export interface InboxFilters {
  status: string;
  priority: Priority[];
  channel: string | null;
  intent: string;
  mine: boolean;
  breached: boolean;
}

function queryOf(f: InboxFilters) {
  const status: ConversationStatus[] | undefined =
    f.status === 'any'
      ? undefined
      : f.status === 'active'
        ? ACTIVE
        : [f.status as ConversationStatus];
  return {
    ...(status ? { status } : {}),
    ...(f.priority.length > 0 ? { priority: f.priority } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.intent.trim() ? { intent: f.intent.trim() } : {}),
    ...(f.mine ? { assignee: 'me' } : {}),
    ...(f.breached ? { breached: true } : {}),
  };
}

/** A short, stable name for a conversation a person can read out. */
export function conversationName(c: Pick<Conversation, 'threadKey' | 'handleId'>): string {
  const key = c.threadKey.length > 24 ? `${c.threadKey.slice(0, 24)}…` : c.threadKey;
  return `${c.handleId} · ${key}`;
}

function assigneeText(c: Conversation, me: string | undefined): string {
  if (c.assigneeId === null) return 'Unassigned';
  return c.assigneeId === me ? 'Assigned to you' : `Assigned to ${c.assigneeId}`;
}

/** A list row in plain elements (no component-library work per row), so scrolling stays light. */
const Row = memo(function Row({
  c,
  me,
  canAssign,
  assigning,
  onAssign,
}: {
  c: Conversation;
  me: string | undefined;
  canAssign: boolean;
  assigning: boolean;
  onAssign: (c: Conversation) => void;
}) {
  const name = conversationName(c);
  return (
    <div className="cs-inbox-row">
      <div>
        <a href={`#/inbox/${c.id}`} className="cs-row-link">
          Conversation {name}
        </a>
        <div className="cs-row-meta">
          {c.channel} · last message {new Date(c.lastMessageAt).toLocaleString()}
        </div>
      </div>
      <div className="cs-row-tags">
        <span className={`cs-tag cs-tag-${c.priority}`}>
          <span className="cs-sr">Priority: </span>
          {PRIORITY_LABEL[c.priority]}
        </span>
        <span className={`cs-tag cs-tag-${c.status}`}>
          <span className="cs-sr">Status: </span>
          {STATUS_LABEL[c.status]}
        </span>
        {c.routeOfflineRequired && c.status !== 'routed_offline' && c.routedOfflineAt === null && (
          <span className="cs-tag cs-tag-outline-teal">Must go offline</span>
        )}
        {c.breached && <span className="cs-tag cs-tag-outline-red">SLA breached</span>}
        {c.intents.map((i) => (
          <span key={i} className="cs-tag cs-tag-intent">
            <span className="cs-sr">Intent: </span>
            {intentLabel(i)}
          </span>
        ))}
      </div>
      <div>
        <SlaCountdown conversation={c} />
        <div className="cs-row-meta">{assigneeText(c, me)}</div>
      </div>
      <div className="cs-inbox-actions">
        {canAssign && c.assigneeId !== me && (
          <button
            type="button"
            className="cs-row-button"
            onClick={() => onAssign(c)}
            disabled={assigning}
            aria-label={`Assign conversation ${name} to me`}
          >
            {assigning ? 'Assigning…' : 'Assign to me'}
          </button>
        )}
      </div>
    </div>
  );
});

export function InboxList() {
  const { me, ability } = useSession();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const [filters, setFilters] = useState<InboxFilters>({
    status: 'active',
    priority: [],
    channel: null,
    intent: '',
    mine: false,
    breached: false,
  });
  const [intent] = useDebouncedValue(filters.intent, 300);
  // On a phone the filters fold away, so the list has the screen.
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  const activeFilters =
    (filters.status !== 'active' ? 1 : 0) +
    (filters.priority.length > 0 ? 1 : 0) +
    (filters.channel ? 1 : 0) +
    (filters.intent.trim() ? 1 : 0) +
    (filters.mine ? 1 : 0) +
    (filters.breached ? 1 : 0);
  const query = queryOf({ ...filters, intent });
  const set = <K extends keyof InboxFilters>(k: K, v: InboxFilters[K]) =>
    setFilters((f) => ({ ...f, [k]: v }));

  const list = useInfiniteQuery({
    queryKey: ['conversations', 'list', query],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/conversations', {
          params: { query: { ...query, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const assign = useMutation({
    mutationFn: async (c: Conversation) =>
      unwrap(
        await api.POST('/v1/conversations/{id}/assign', {
          params: { path: { id: c.id } },
          body: { version: c.version },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['conversations'] }),
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const count = list.hasNextPage ? items.length + 1 : items.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (phone ? 200 : 84),
    overscan: 8,
    getItemKey: (i) => items[i]?.id ?? `more-${i}`,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.length > 0 ? virtualItems[virtualItems.length - 1].index : -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= items.length - PREFETCH_ROWS) {
      void fetchNextPage();
    }
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, items.length]);
  useEffect(() => virtualizer.measure(), [phone, virtualizer]);

  const mayAssign = (c: Conversation) =>
    ability?.can('assign', subject('Conversation', { ...c })) ?? false;

  return (
    <Stack>
      <Title order={1} size="h2">
        Inbox
      </Title>
      <Paper withBorder p="sm" component="section" aria-labelledby="inbox-filters-title">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5" id="inbox-filters-title">
            Filters{activeFilters > 0 ? ` (${activeFilters} set)` : ''}
          </Title>
          {phone && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={filtersToggle.toggle}
              aria-expanded={filtersOpen}
              aria-controls="inbox-filters"
            >
              {filtersOpen ? 'Hide filters' : 'Show filters'}
            </Button>
          )}
        </Group>
        <Collapse in={!phone || filtersOpen} id="inbox-filters" mt="xs">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <Select
              label="Status"
              data={STATUS_CHOICES}
              value={filters.status}
              onChange={(v) => set('status', v ?? 'active')}
              allowDeselect={false}
            />
            <MultiSelect
              label="Priority"
              placeholder={filters.priority.length === 0 ? 'Any' : undefined}
              data={(Object.keys(PRIORITY_LABEL) as Priority[]).map((p) => ({
                value: p,
                label: PRIORITY_LABEL[p],
              }))}
              value={filters.priority}
              onChange={(v) => set('priority', v as Priority[])}
              clearable
            />
            <Select
              label="Channel"
              placeholder="Any"
              data={CHANNELS}
              value={filters.channel}
              onChange={(v) => set('channel', v)}
              clearable
            />
            <TextInput
              label="Intent"
              placeholder="e.g. complaint"
              value={filters.intent}
              onChange={(e) => set('intent', e.currentTarget.value)}
              maxLength={64}
            />
          </SimpleGrid>
          <Group mt="sm" gap="lg">
            <Switch
              label="Assigned to me"
              checked={filters.mine}
              onChange={(e) => set('mine', e.currentTarget.checked)}
            />
            <Switch
              label="SLA breached only"
              checked={filters.breached}
              onChange={(e) => set('breached', e.currentTarget.checked)}
            />
          </Group>
        </Collapse>
      </Paper>
      {assign.error && (
        <Alert
          variant="outline"
          color="red.9"
          title="The conversation was not assigned"
          role="alert"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => assign.reset()}
        >
          {assign.error.message}
        </Alert>
      )}
      <section aria-labelledby="inbox-list-title">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h5" id="inbox-list-title">
            Conversations, due soonest first
          </Title>
          {list.data && (
            <Text size="sm" c="dimmed" role="status">
              {items.length}
              {list.hasNextPage ? '+' : ''} shown
            </Text>
          )}
        </Group>
        {list.isPending ? (
          <Loading label="Loading the inbox…" />
        ) : list.error ? (
          <ErrorState title="The inbox could not be loaded" error={list.error} />
        ) : items.length === 0 ? (
          <Empty>No conversation matches these filters.</Empty>
        ) : (
          <div
            ref={scrollRef}
            className="cs-inbox-scroll"
            tabIndex={0}
            role="region"
            aria-label="Conversations, scrollable"
          >
            <div
              role="list"
              aria-label="Conversations"
              style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
            >
              {virtualItems.map((v) => {
                const c = items[v.index];
                return (
                  <div
                    key={v.key}
                    role="listitem"
                    aria-setsize={list.hasNextPage ? -1 : items.length}
                    aria-posinset={v.index + 1}
                    data-index={v.index}
                    ref={virtualizer.measureElement}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      width: '100%',
                      transform: `translateY(${v.start}px)`,
                    }}
                  >
                    {c ? (
                      <Row
                        c={c}
                        me={me?.sub}
                        canAssign={mayAssign(c)}
                        assigning={assign.isPending && assign.variables?.id === c.id}
                        onAssign={assign.mutate}
                      />
                    ) : (
                      <Loading label="Loading more conversations…" />
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </section>
    </Stack>
  );
}
