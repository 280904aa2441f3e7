import { Alert, Badge, Code, Drawer, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { verifyEntry, type VerifierKey } from '../../lib/verify';
import { ErrorState, Loading } from '../../ui/states';

type Entry = Schemas['ArchiveEntryResponseDto'];
type Checkpoint = Schemas['CheckpointResponseDto'];

function Verification({
  entry,
  checkpoint,
  trustedKey,
}: {
  entry: Entry;
  checkpoint: Checkpoint | undefined;
  trustedKey: VerifierKey | null;
}) {
  const covered = checkpoint !== undefined && entry.seq < checkpoint.size;
  const result = useQuery({
    queryKey: ['verify', entry.entryId, checkpoint?.size, trustedKey?.fingerprint],
    enabled: covered && trustedKey !== null,
    staleTime: Infinity,
    queryFn: async () => {
      const proof = unwrap(
        await api.GET('/v1/archive/proofs/inclusion', {
          params: { query: { seq: entry.seq, size: checkpoint!.size } },
        }),
      );
      return verifyEntry(entry, checkpoint!.note, trustedKey!, proof);
    },
  });

  if (!checkpoint) {
    return <Text role="status">No signed checkpoint yet: the entry cannot be checked.</Text>;
  }
  if (!covered) {
    return (
      <Text role="status">
        Not yet covered by a signed checkpoint (latest size {checkpoint.size}); try again shortly.
      </Text>
    );
  }
  if (!trustedKey) {
    return (
      <Alert color="yellow" title="No trusted key" role="status">
        Pin the archive’s verifier key above to check this entry on this machine.
      </Alert>
    );
  }
  if (result.isPending) return <Loading label="Checking the inclusion proof…" />;
  if (result.error)
    return <ErrorState title="The proof could not be fetched" error={result.error} />;
  const v = result.data;
  if (v.status === 'verified') {
    return (
      <Stack gap={4} role="status" aria-label="Verification result">
        <Group gap="xs">
          <Badge color="teal.9" size="lg">
            Verified
          </Badge>
          <Text size="sm">computed in this browser (SHA-256, Ed25519)</Text>
        </Group>
        <Text size="sm">
          Included in the tree of size {v.size}, root <Code>{v.root}</Code>, signed by the key with
          fingerprint <Code>{v.fingerprint}</Code>.
        </Text>
      </Stack>
    );
  }
  if (v.status === 'pending') {
    return <Text role="status">Not yet covered by the checkpoint of size {v.size}.</Text>;
  }
  return (
    <Alert color="red" title="Verification failed" role="alert">
      {v.reason}
    </Alert>
  );
}

function pretty(canonical: string): string {
  try {
    return JSON.stringify(JSON.parse(canonical), null, 2);
  } catch {
    return canonical;
  }
}

export function EntryDetail({
  entryId,
  onClose,
  checkpoint,
  trustedKey,
}: {
  entryId: string | null;
  onClose: () => void;
  checkpoint: Checkpoint | undefined;
  trustedKey: VerifierKey | null;
}) {
  const entry = useQuery({
    queryKey: ['entry', entryId],
    enabled: entryId !== null,
    queryFn: async () =>
      unwrap(
        await api.GET('/v1/archive/entries/{entryId}', { params: { path: { entryId: entryId! } } }),
      ),
  });
  return (
    <Drawer
      opened={entryId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={entry.data ? `Entry ${entry.data.seq}: ${entry.data.kind}` : 'Entry'}
      closeButtonProps={{ 'aria-label': 'Close entry' }}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {entry.isPending ? (
        <Loading label="Loading the entry…" />
      ) : entry.error ? (
        <ErrorState title="The entry could not be loaded" error={entry.error} />
      ) : (
        <Stack>
          <section aria-labelledby="verification-title">
            <Title order={3} size="h5" id="verification-title" mb="xs">
              Inclusion proof
            </Title>
            <Verification entry={entry.data} checkpoint={checkpoint} trustedKey={trustedKey} />
          </section>
          <Text size="sm">
            Entry id <Code>{entry.data.entryId}</Code> · stream {entry.data.stream} · recorded{' '}
            {entry.data.recordedAt}
            {entry.data.erased ? ' · sealed originals erased' : ''}
          </Text>
          <Text size="sm">
            Leaf hash <Code>{entry.data.leafHash}</Code>
          </Text>
          <section aria-labelledby="canonical-title">
            <Title order={3} size="h5" id="canonical-title" mb="xs">
              Canonical JSON
            </Title>
            <Code block tabIndex={0} aria-label="Canonical JSON, formatted">
              {pretty(entry.data.canonical)}
            </Code>
            <Text size="xs" mt="xs" c="dimmed">
              Exact bytes hashed ({new TextEncoder().encode(entry.data.canonical).length} bytes):
            </Text>
            <Code
              block
              tabIndex={0}
              aria-label="Canonical bytes"
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            >
              {entry.data.canonical}
            </Code>
          </section>
        </Stack>
      )}
    </Drawer>
  );
}
