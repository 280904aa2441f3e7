import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, fetchBlob, saveBlob, unwrap, type Schemas } from '../../api/client';

type Mode = 'range' | 'conversation';
type ExportBody = Schemas['CreateExportDto'];

interface Progressing {
  done: number;
  total: number;
}

/** The bundle path a download URL names (`…/files?path=entries.jsonl`). */
function pathOf(url: string): string {
  return new URL(url, window.location.origin).searchParams.get('path') ?? url;
}

function fileUrl(exportId: string, path: string): string {
  return `/v1/archive/exports/${encodeURIComponent(exportId)}/files?path=${encodeURIComponent(path)}`;
}

/** Export of a range of the log or of a conversation's range, then the bundle's files. */
export function ExportPanel({ onPinKey }: { onPinKey: (vkey: string) => void }) {
  const [mode, setMode] = useState<Mode>('conversation');
  const [from, setFrom] = useState<number | string>('');
  const [to, setTo] = useState<number | string>('');
  const [conversation, setConversation] = useState('');
  const [progress, setProgress] = useState<Progressing | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/v1/archive/exports', {
          body:
            mode === 'conversation'
              ? // The document types `refs` as a bare object: its values are strings.
                { refs: { conversation: conversation.trim() } as unknown as ExportBody['refs'] }
              : {
                  ...(typeof from === 'number' ? { from } : {}),
                  ...(typeof to === 'number' ? { to } : {}),
                },
        }),
      ),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'conversation' && conversation.trim() === '') return;
    setProgress(null);
    create.mutate();
  };

  const downloadAll = async (id: string, files: string[]) => {
    setDownloadError(null);
    setProgress({ done: 0, total: files.length });
    try {
      for (const [i, url] of files.entries()) {
        saveBlob(await fetchBlob(url), `${id}-${pathOf(url).replace(/\//g, '_')}`);
        setProgress({ done: i + 1, total: files.length });
      }
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : String(e));
    }
  };

  const pinFromBundle = async (id: string) => {
    setDownloadError(null);
    try {
      const keys = JSON.parse(await (await fetchBlob(fileUrl(id, 'keys/keys.json'))).text()) as {
        keys: { vkey: string }[];
      };
      if (keys.keys[0]) onPinKey(keys.keys[0].vkey);
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : String(e));
    }
  };

  const range = rangeOf(create.data?.manifest);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-title">
      <Title order={2} size="h4" id="export-title" mb="sm">
        Export a bundle
      </Title>
      <form onSubmit={submit} aria-label="Export">
        <Stack gap="sm">
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v as Mode)}
            data={[
              { value: 'conversation', label: 'A conversation' },
              { value: 'range', label: 'A range' },
            ]}
            aria-label="What to export"
          />
          {mode === 'conversation' ? (
            <TextInput
              label="Conversation id"
              value={conversation}
              onChange={(e) => setConversation(e.currentTarget.value)}
              required
            />
          ) : (
            <Group grow>
              <NumberInput
                label="From seq (inclusive)"
                min={0}
                value={from}
                onChange={setFrom}
                allowDecimal={false}
              />
              <NumberInput
                label="To seq (exclusive)"
                description="Empty: the latest checkpoint"
                min={0}
                value={to}
                onChange={setTo}
                allowDecimal={false}
              />
            </Group>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              Export
            </Button>
          </Group>
          {create.isPending && (
            <Progress value={100} animated striped aria-label="Export in progress" />
          )}
          {create.error && (
            <Alert color="red" title="The export failed" role="alert">
              {create.error.message}
            </Alert>
          )}
        </Stack>
      </form>
      {create.data && (
        <Stack gap="xs" mt="md" role="region" aria-label="Export bundle">
          <Text role="status">
            Bundle {create.data.id} ready: entries {range?.from} to {range ? range.to - 1 : ''} (
            {create.data.files.length} files).
          </Text>
          <Group>
            <Button
              variant="light"
              onClick={() => void downloadAll(create.data.id, create.data.files)}
            >
              Download all files
            </Button>
            <Button variant="default" onClick={() => void pinFromBundle(create.data.id)}>
              Trust this bundle’s key
            </Button>
          </Group>
          {progress && (
            <Progress
              value={(progress.done / progress.total) * 100}
              aria-label={`Downloaded ${progress.done} of ${progress.total} files`}
            />
          )}
          {downloadError && (
            <Alert color="red" role="alert" title="Download failed">
              {downloadError}
            </Alert>
          )}
          <List size="sm" aria-label="Bundle files">
            {create.data.files.map((f) => (
              <List.Item key={f}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() =>
                    void fetchBlob(f).then(
                      (b) => saveBlob(b, `${create.data.id}-${pathOf(f).replace(/\//g, '_')}`),
                      (e: unknown) => setDownloadError(e instanceof Error ? e.message : String(e)),
                    )
                  }
                >
                  Download {pathOf(f)}
                </Button>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Paper>
  );
}

/** The entry range a bundle's manifest covers, when it says. */
function rangeOf(manifest: unknown): { from: number; to: number } | undefined {
  if (typeof manifest !== 'object' || manifest === null || !('range' in manifest)) return undefined;
  const r = manifest.range;
  if (typeof r !== 'object' || r === null || !('from' in r) || !('to' in r)) return undefined;
  return typeof r.from === 'number' && typeof r.to === 'number'
    ? { from: r.from, to: r.to }
    : undefined;
}
