import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fetchBlob, saveBlob } from '../../api/client';
import { addDays, browserZone, dateIn, isDate, nextDay, zonedMidnight } from '../dashboard/time';

type Format = 'csv' | 'json';

/** The examiner reports of GET /v1/reports/:name, in the order an examiner asks for them. */
const REPORTS: { name: string; title: string; description: string }[] = [
  {
    name: 'complaint-register',
    title: 'Complaint register',
    description:
      'Every complaint detected in the period, with its acknowledgement, response and closing (FINRA 3110(b)(5)).',
  },
  {
    name: 'template-records',
    title: 'Template records',
    description:
      'Each template version: author, approver, approval date, first and last use (FINRA 2210(b)(4)(A)).',
  },
  {
    name: 'signoff-log',
    title: 'Sign-off log',
    description: 'Who signed or rejected which reply, when, and the rules that asked for it.',
  },
  {
    name: 'supervisory-sampling',
    title: 'Supervisory sampling coverage',
    description: 'Post-send review coverage per ISO week and agent (FINRA 3110.06).',
  },
  {
    name: 'sla-breaches',
    title: 'SLA breaches',
    description: 'First-response and resolution breaches and how each was handled.',
  },
];

interface Downloaded {
  file: string;
  bytes: number;
}

export default function ReportsScreen() {
  const tz = browserZone();
  const today = dateIn(new Date(), tz);
  const [name, setName] = useState(REPORTS[0].name);
  const [from, setFrom] = useState(() => addDays(today, -29));
  const [to, setTo] = useState(today);
  const [format, setFormat] = useState<Format>('csv');

  const problem = !isDate(from)
    ? 'Enter a start date.'
    : !isDate(to)
      ? 'Enter an end date.'
      : to < from
        ? 'The end date is before the start date.'
        : null;

  const download = useMutation({
    mutationFn: async (): Promise<Downloaded> => {
      const q = new URLSearchParams({
        from: zonedMidnight(from, tz).toISOString(),
        to: zonedMidnight(nextDay(to), tz).toISOString(),
        format,
      });
      const blob = await fetchBlob(`/v1/reports/${encodeURIComponent(name)}?${q.toString()}`);
      const file = `${name}_${from}_${to}.${format}`;
      saveBlob(blob, file);
      return { file, bytes: blob.size };
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problem) download.mutate();
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        Examiner reports
      </Title>
      <Text size="sm">
        Each report covers a period and is streamed from the service as CSV or JSON. Every download
        is archived with who asked for it and when.
      </Text>
      <Paper
        withBorder
        p="md"
        component="form"
        onSubmit={submit}
        aria-labelledby="report-form-title"
      >
        <Title order={2} size="h4" id="report-form-title" mb="sm">
          Download a report
        </Title>
        <Radio.Group
          label="Report"
          value={name}
          onChange={(v) => {
            setName(v);
            download.reset();
          }}
        >
          <Stack gap="xs" mt="xs">
            {REPORTS.map((r) => (
              <Radio key={r.name} value={r.name} label={r.title} description={r.description} />
            ))}
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="md">
          <TextInput
            type="date"
            label="From"
            description={`Midnight at the start of this day (${tz})`}
            value={from}
            max={to}
            onChange={(e) => setFrom(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label="To (inclusive)"
            description="Up to the end of this day"
            value={to}
            min={from}
            onChange={(e) => setTo(e.currentTarget.value)}
            required
            error={problem ?? undefined}
          />
        </SimpleGrid>
        <Stack gap={4} mt="md">
          <Text size="sm" fw={500} id="report-format-label">
            Format
          </Text>
          <SegmentedControl
            aria-labelledby="report-format-label"
            value={format}
            onChange={(v) => setFormat(v as Format)}
            data={[
              { value: 'csv', label: 'CSV' },
              { value: 'json', label: 'JSON' },
            ]}
            w={200}
          />
        </Stack>
        <Group mt="md">
          <Button type="submit" disabled={problem !== null} loading={download.isPending}>
            Download {REPORTS.find((r) => r.name === name)?.title ?? name}
          </Button>
        </Group>
        <div aria-live="polite">
          {download.data && (
            <Text size="sm" mt="sm" role="status">
              Downloaded {download.data.file} ({formatBytes(download.data.bytes)}).
            </Text>
          )}
        </div>
        {download.error && (
          <Alert color="red" title="The report could not be downloaded" role="alert" mt="sm">
            {download.error.message}
          </Alert>
        )}
      </Paper>
    </Stack>
  );
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
