import './dashboard.css';
import { Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { lazy, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../ui/states';
import { ChartCard, FiguresTable } from './ChartCard';
import {
  channelsOf,
  complianceChart,
  complianceRow,
  csatSeries,
  formatScore,
  formatSeconds,
  formatShare,
  intentRows,
  label,
  METHOD_LABEL,
  offlineChart,
  OUTCOME_LABEL,
  percentileSeries,
  PRIORITIES,
  PRIORITY_LABEL,
  targetLines,
  teamsOf,
  turnaroundRows,
  type ChannelSla,
  type ComplianceRow,
  type Granularity,
  type Kpis,
  type Priority,
  type TargetLine,
  type TimeRow,
} from './kpi-view';
import { addDays, browserZone, dateIn, isDate, nextDay, zonedMidnight, zones } from './time';

// The charts' chunk loads after the figures: the totals and tables do not wait for it.
const LineChart = lazy(() => import('./charts').then((m) => ({ default: m.KpiLineChart })));
const BarChart = lazy(() => import('./charts').then((m) => ({ default: m.KpiBarChart })));

type KpiQuery = {
  from: string;
  to: string;
  granularity: Granularity;
  tz: string;
  handle?: string;
  team?: string;
  channel?: string;
};

const GRANULARITY_LABEL: Record<Granularity, string> = {
  hour: 'Hour',
  day: 'Day',
  week: 'Week',
};

const PERIOD_NOUN: Record<Granularity, string> = { hour: 'hour', day: 'day', week: 'week' };

async function fetchKpis(query: KpiQuery): Promise<Kpis> {
  return unwrap(await api.GET('/v1/kpis', { params: { query } }));
}

/** The range's problem in words, or null. */
function rangeError(from: string, to: string): string | null {
  if (!isDate(from)) return 'Enter a start date.';
  if (!isDate(to)) return 'Enter an end date.';
  if (to < from) return 'The end date is before the start date.';
  return null;
}

export default function DashboardScreen() {
  const [tz, setTz] = useState(browserZone);
  const today = dateIn(new Date(), tz);
  const [from, setFrom] = useState(() => addDays(today, -6));
  const [to, setTo] = useState(today);
  const [granularity, setGranularity] = useState<Granularity>('day');
  const [handle, setHandle] = useState<string | null>(null);
  const [team, setTeam] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const [priority, setPriority] = useState<Priority>('normal');

  const policy = useQuery({
    queryKey: ['policies', 'current'],
    queryFn: async () => unwrap(await api.GET('/v1/policies/current')),
    staleTime: 5 * 60_000,
  });
  const handles = useQuery({
    queryKey: ['channels'],
    queryFn: async () => unwrap(await api.GET('/v1/channels')),
    staleTime: 5 * 60_000,
  });
  const channels = useMemo(
    () => channelsOf(policy.data?.content as Record<string, unknown> | undefined),
    [policy.data],
  );
  const channelOptions = useMemo(() => {
    const known = new Map(channels.map((c) => [c.id, c.name]));
    for (const h of handles.data?.handles ?? [])
      if (!known.has(h.channel)) known.set(h.channel, h.channel);
    return [...known.entries()].map(([value, name]) => ({ value, label: name }));
  }, [channels, handles.data]);
  const teamOf = useMemo(
    () => teamsOf(policy.data?.content as Record<string, unknown> | undefined),
    [policy.data],
  );
  const teamOptions = useMemo(() => [...new Set(teamOf.values())].sort(), [teamOf]);
  const handleOptions = (handles.data?.handles ?? [])
    .filter((h) => !team || teamOf.get(h.id) === team)
    .map((h) => ({ value: h.id, label: `${h.handle} (${h.id})` }));
  const zoneOptions = useMemo(() => zones(), []);

  const problem = rangeError(from, to);
  const query: KpiQuery | null = problem
    ? null
    : {
        from: zonedMidnight(from, tz).toISOString(),
        to: zonedMidnight(nextDay(to), tz).toISOString(),
        granularity,
        tz,
        ...(handle ? { handle } : {}),
        ...(team ? { team } : {}),
        ...(channel ? { channel } : {}),
      };

  const kpis = useQuery({
    queryKey: ['kpis', query],
    queryFn: () => fetchKpis(query!),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });

  // SLA compliance per channel: the API gives it per priority, so each channel is asked on its own.
  const shown = channel ? [channel] : Object.keys(kpis.data?.total.volumesByChannel ?? {}).sort();
  const perChannel = useQueries({
    queries:
      channel || !query || !kpis.data
        ? []
        : shown.map((c) => ({
            queryKey: ['kpis', { ...query, channel: c }],
            queryFn: () => fetchKpis({ ...query, channel: c }),
          })),
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        Dashboard
      </Title>
      <Paper withBorder p="md" component="section" aria-labelledby="kpi-filters-title">
        <Title order={2} size="h4" id="kpi-filters-title" mb="sm">
          Range and filters
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            type="date"
            label="From"
            value={from}
            max={to}
            onChange={(e) => setFrom(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label="To (inclusive)"
            value={to}
            min={from}
            onChange={(e) => setTo(e.currentTarget.value)}
            required
            error={problem && isDate(from) ? problem : undefined}
          />
          <Select
            label="Granularity"
            data={Object.entries(GRANULARITY_LABEL).map(([value, l]) => ({ value, label: l }))}
            value={granularity}
            onChange={(v) => v && setGranularity(v as Granularity)}
            allowDeselect={false}
          />
          <Select
            label="Time zone"
            searchable
            data={zoneOptions}
            value={tz}
            onChange={(v) => v && setTz(v)}
            allowDeselect={false}
            limit={50}
          />
          <Select
            label="Team"
            placeholder="All teams"
            clearable
            data={teamOptions}
            value={team}
            onChange={(v) => {
              setTeam(v);
              if (v && handle && teamOf.get(handle) !== v) setHandle(null);
            }}
          />
          <Select
            label="Handle"
            placeholder="All handles"
            clearable
            data={handleOptions}
            value={handle}
            onChange={setHandle}
          />
          <Select
            label="Channel"
            placeholder="All channels"
            clearable
            data={channelOptions}
            value={channel}
            onChange={setChannel}
          />
          <Select
            label="SLA target shown for priority"
            data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABEL[p] }))}
            value={priority}
            onChange={(v) => v && setPriority(v as Priority)}
            allowDeselect={false}
          />
        </SimpleGrid>
        {problem && !isDate(from) && (
          <Text c="red.8" size="sm" mt="xs" role="alert">
            {problem}
          </Text>
        )}
      </Paper>
      {policy.error && (
        <Text size="sm" role="status">
          The SLA targets could not be loaded ({policy.error.message}): the charts show no target
          lines.
        </Text>
      )}
      {problem ? null : kpis.isPending ? (
        <Loading label="Loading the figures…" />
      ) : kpis.error ? (
        <ErrorState title="The figures could not be loaded" error={kpis.error} />
      ) : (
        <Figures
          k={kpis.data}
          channels={channels}
          shown={shown}
          priority={priority}
          compliance={
            channel
              ? [complianceRow(channel, nameOf(channels, channel), kpis.data.total)]
              : perChannel.every((q) => q.data)
                ? perChannel.map((q, i) =>
                    complianceRow(shown[i], nameOf(channels, shown[i]), q.data!.total),
                  )
                : perChannel.some((q) => q.error)
                  ? perChannel.find((q) => q.error)!.error
                  : null
          }
          refreshing={kpis.isFetching}
        />
      )}
    </Stack>
  );
}

function nameOf(channels: ChannelSla[], id: string): string {
  return channels.find((c) => c.id === id)?.name ?? id;
}

function Stat({ label: name, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" component="dt">
        {name}
      </Text>
      <Text size="xl" fw={700} component="dd" m={0}>
        {value}
      </Text>
    </Paper>
  );
}

/**
 * p50 and p90 per bucket with the target lines, in minutes, or in hours when the largest value
 * or target is over three hours. The y axis reaches the highest target line, so that the line
 * is always drawn.
 */
function DurationChart({ rows, lines }: { rows: TimeRow[]; lines: TargetLine[] }) {
  const top = Math.max(0, ...lines.map((l) => l.minutes), ...rows.map((r) => r.p90 ?? 0));
  const div = top > 180 ? 60 : 1;
  const scaled = (m: number | null) => (m === null ? null : Math.round((m / div) * 10) / 10);
  const topLine = Math.max(0, ...lines.map((l) => l.minutes / div));
  return (
    <LineChart
      h={260}
      data={rows.map((r) => ({ bucket: r.bucket, p50: scaled(r.p50), p90: scaled(r.p90) }))}
      dataKey="bucket"
      series={[
        { name: 'p50', label: 'Median (p50)', color: 'indigo.8' },
        { name: 'p90', label: '90th percentile (p90)', color: 'orange.9' },
      ]}
      unit={div === 60 ? ' h' : ' min'}
      connectNulls
      withLegend
      referenceLines={lines.map((l) => ({ y: l.minutes / div, label: l.label, color: 'red.8' }))}
      yAxisProps={{
        width: 64,
        domain: ([, max]: readonly [number, number]): [number, number] => [
          0,
          Math.ceil(Math.max(Number.isFinite(max) ? max : 0, topLine * 1.1, 1)),
        ],
      }}
    />
  );
}

function Figures({
  k,
  channels,
  shown,
  priority,
  compliance,
  refreshing,
}: {
  k: Kpis;
  channels: ChannelSla[];
  shown: string[];
  priority: Priority;
  compliance: ComplianceRow[] | Error | null;
  refreshing: boolean;
}) {
  const t = k.total;
  const period = PERIOD_NOUN[k.granularity];
  const first = percentileSeries(k, 'firstResponse');
  const resolution = percentileSeries(k, 'resolution');
  const frLines = targetLines(channels, shown, 'firstResponseMinutes', priority);
  const resLines = targetLines(channels, shown, 'resolutionMinutes', priority);
  const intents = intentRows(t);
  const turnaround = turnaroundRows(t);
  const offline = offlineChart(t);
  const csat = csatSeries(k);
  const overall = complianceRow('all', 'All channels', t);

  const percentileTable = (rows: typeof first, clock: string, total: typeof t.firstResponse) => (
    <FiguresTable
      caption={`${clock} per ${period}`}
      columns={['Period', 'Conversations', 'Median (p50)', '90th percentile (p90)']}
      rows={[
        ...rows.map((r) => [
          r.bucket,
          r.count,
          formatSeconds(r.p50Seconds),
          formatSeconds(r.p90Seconds),
        ]),
        ['Total', total.count, formatSeconds(total.p50Seconds), formatSeconds(total.p90Seconds)],
      ]}
    />
  );
  const targetsText = (lines: TargetLine[]) =>
    lines.length ? ` Target lines: ${lines.map((l) => l.label).join('; ')}.` : '';

  return (
    <Stack aria-busy={refreshing}>
      <section aria-labelledby="kpi-totals-title">
        <Title order={2} size="h4" id="kpi-totals-title" mb="xs">
          In total ({k.tz})
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="dl" m={0}>
          <Stat label="Conversations opened" value={String(t.conversationsOpened)} />
          <Stat label="First response, median" value={formatSeconds(t.firstResponse.p50Seconds)} />
          <Stat label="SLA compliance" value={formatShare(overall.share)} />
          <Stat
            label="SLA breaches"
            value={String(t.breaches.firstResponse + t.breaches.resolution)}
          />
          <Stat label="Complaints opened" value={String(t.complaints.opened)} />
          <Stat label="CSAT average" value={formatScore(t.csat.averageScore)} />
        </SimpleGrid>
      </section>
      <section aria-labelledby="kpi-charts-title">
        <Title order={2} size="h4" id="kpi-charts-title" mb="xs">
          Charts
        </Title>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <ChartCard
            id="first-response"
            title="First response time"
            summary={`Median ${formatSeconds(t.firstResponse.p50Seconds)}, 90th percentile ${formatSeconds(t.firstResponse.p90Seconds)} over ${t.firstResponse.count} answered conversations.${targetsText(frLines)}`}
            empty={t.firstResponse.count === 0}
            emptyText="No conversation opened in this range has been answered yet."
            chart={<DurationChart rows={first} lines={frLines} />}
            table={percentileTable(first, 'First response time', t.firstResponse)}
          />
          <ChartCard
            id="resolution"
            title="Resolution time"
            summary={`Median ${formatSeconds(t.resolution.p50Seconds)}, 90th percentile ${formatSeconds(t.resolution.p90Seconds)} over ${t.resolution.count} resolved conversations.${targetsText(resLines)}`}
            empty={t.resolution.count === 0}
            emptyText="No conversation opened in this range has been resolved yet."
            chart={<DurationChart rows={resolution} lines={resLines} />}
            table={percentileTable(resolution, 'Resolution time', t.resolution)}
          />
          <ComplianceCard compliance={compliance} />
          <ChartCard
            id="intents"
            title="Volumes by intent"
            summary={
              intents.length
                ? `${t.conversationsOpened} conversations opened; the most frequent intent is ${intents[0].intent} (${intents[0].conversations}). A conversation may carry several intents.`
                : `${t.conversationsOpened} conversations opened, none with an intent.`
            }
            empty={intents.length === 0}
            chart={
              <BarChart
                h={Math.max(160, intents.length * 36)}
                data={intents}
                dataKey="intent"
                orientation="vertical"
                series={[{ name: 'conversations', label: 'Conversations', color: 'indigo.8' }]}
                yAxisProps={{ width: 120 }}
              />
            }
            table={
              <FiguresTable
                caption="Conversations by intent"
                columns={['Intent', 'Conversations']}
                rows={intents.map((r) => [r.intent, r.conversations])}
              />
            }
          />
          <ChartCard
            id="signoff-turnaround"
            title="Sign-off turnaround per role"
            summary={
              turnaround.length
                ? turnaround
                    .map(
                      (r) =>
                        `${r.label}: median ${formatSeconds(r.p50Seconds)}, 90th percentile ${formatSeconds(r.p90Seconds)} over ${r.count} sign-offs.`,
                    )
                    .join(' ')
                : 'No sign-off decided in this range.'
            }
            empty={turnaround.length === 0}
            chart={
              <BarChart
                h={220}
                data={turnaround}
                dataKey="label"
                series={[
                  { name: 'p50', label: 'Median (p50)', color: 'indigo.8' },
                  { name: 'p90', label: '90th percentile (p90)', color: 'orange.9' },
                ]}
                unit=" min"
                withLegend
              />
            }
            table={
              <FiguresTable
                caption="Sign-off turnaround by role"
                columns={['Role', 'Sign-offs', 'Median (p50)', '90th percentile (p90)']}
                rows={turnaround.map((r) => [
                  r.label,
                  r.count,
                  formatSeconds(r.p50Seconds),
                  formatSeconds(r.p90Seconds),
                ])}
              />
            }
          />
          <ChartCard
            id="offline-routes"
            title="Offline-route outcomes"
            summary={
              t.offlineRoutes.length
                ? `${t.offlineRoutes.reduce((n, r) => n + r.count, 0)} conversations routed offline: ${offline.outcomes
                    .map(
                      (o) =>
                        `${t.offlineRoutes.filter((r) => r.outcome === o).reduce((n, r) => n + r.count, 0)} ${label(OUTCOME_LABEL, o).toLowerCase()}`,
                    )
                    .join(', ')}.`
                : 'No conversation routed offline in this range.'
            }
            empty={t.offlineRoutes.length === 0}
            chart={
              <BarChart
                h={220}
                data={offline.rows}
                dataKey="method"
                type="stacked"
                series={offline.outcomes.map((o, i) => ({
                  name: o,
                  label: label(OUTCOME_LABEL, o),
                  color: OUTCOME_COLORS[i % OUTCOME_COLORS.length],
                }))}
                withLegend
              />
            }
            table={
              <FiguresTable
                caption="Offline routes by method and outcome"
                columns={['Method', 'Outcome', 'Routes']}
                rows={t.offlineRoutes.map((r) => [
                  label(METHOD_LABEL, r.method),
                  label(OUTCOME_LABEL, r.outcome),
                  r.count,
                ])}
              />
            }
          />
          <ChartCard
            id="csat"
            title="Customer satisfaction (CSAT)"
            summary={
              t.csat.sent
                ? `Average score ${formatScore(t.csat.averageScore)} of 5 from ${t.csat.answered} answers; ${formatShare(t.csat.responseRate)} of ${t.csat.sent} surveys answered.`
                : 'No satisfaction survey sent in this range.'
            }
            empty={t.csat.sent === 0}
            chart={
              <LineChart
                h={240}
                data={csat}
                dataKey="bucket"
                series={[
                  { name: 'averageScore', label: 'Average score (1–5)', color: 'teal.9' },
                  {
                    name: 'responsePercent',
                    label: 'Response rate (%)',
                    color: 'grape.8',
                    yAxisId: 'right',
                  },
                ]}
                connectNulls
                withLegend
                withRightYAxis
                yAxisProps={{ domain: [0, 5] }}
                rightYAxisProps={{ domain: [0, 100] }}
              />
            }
            table={
              <FiguresTable
                caption={`Satisfaction surveys per ${period}`}
                columns={['Period', 'Surveys sent', 'Answered', 'Response rate', 'Average score']}
                rows={[
                  ...csat.map((r) => [
                    r.bucket,
                    r.sent,
                    r.answered,
                    formatShare(r.responseRate),
                    formatScore(r.averageScore),
                  ]),
                  [
                    'Total',
                    t.csat.sent,
                    t.csat.answered,
                    formatShare(t.csat.responseRate),
                    formatScore(t.csat.averageScore),
                  ],
                ]}
              />
            }
          />
        </SimpleGrid>
      </section>
      <Group justify="flex-end">
        <Text size="xs" c="dimmed">
          {k.from} to {k.to} ({k.tz}). Durations are business time on channels whose SLA runs in
          business hours; the target lines are those of the policy in force (channels.yaml).
        </Text>
      </Group>
    </Stack>
  );
}

const OUTCOME_COLORS = ['teal.9', 'red.8', 'orange.9', 'grape.8', 'gray.7'];

function ComplianceCard({ compliance }: { compliance: ComplianceRow[] | Error | null }) {
  if (compliance === null) {
    return (
      <Paper withBorder p="md">
        <Loading label="Loading SLA compliance per channel…" />
      </Paper>
    );
  }
  if (compliance instanceof Error) {
    return <ErrorState title="SLA compliance per channel could not be loaded" error={compliance} />;
  }
  const rows = compliance.filter((r) => r.measured > 0);
  return (
    <ChartCard
      id="sla-compliance"
      title="SLA compliance per channel"
      summary={
        rows.length
          ? `Share of conversations answered within their first-response target: ${rows
              .map((r) => `${r.name} ${formatShare(r.share)} of ${r.measured}`)
              .join('; ')}.`
          : 'No conversation in this range has reached its first-response target yet.'
      }
      empty={rows.length === 0}
      chart={
        <BarChart
          h={240}
          data={complianceChart(rows)}
          dataKey="channel"
          series={[
            { name: 'all', label: 'All priorities', color: 'indigo.8' },
            ...PRIORITIES.map((p, i) => ({
              name: p,
              label: PRIORITY_LABEL[p],
              color: ['red.8', 'orange.9', 'teal.9', 'gray.7'][i],
            })),
          ]}
          unit="%"
          yAxisProps={{ domain: [0, 100] }}
          withLegend
        />
      }
      table={
        <FiguresTable
          caption="SLA compliance by channel and priority"
          columns={['Channel', 'Priority', 'Measured', 'Within target', 'Share']}
          rows={rows.flatMap((r) => [
            ...PRIORITIES.filter((p) => r.byPriority[p]).map((p) => [
              r.name,
              PRIORITY_LABEL[p],
              r.byPriority[p]!.measured,
              r.byPriority[p]!.withinTarget,
              formatShare(r.byPriority[p]!.share),
            ]),
            [r.name, 'All priorities', r.measured, r.withinTarget, formatShare(r.share)],
          ])}
        />
      }
    />
  );
}
