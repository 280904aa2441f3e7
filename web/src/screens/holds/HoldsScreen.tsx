import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, LoadMore, Loading, ScrollRegion } from '../../ui/states';

type Hold = Schemas['LegalHoldResponseDto'];

function PlaceHold() {
  const queryClient = useQueryClient();
  const [subjectId, setSubjectId] = useState('');
  const [reason, setReason] = useState('');
  const place = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/v1/archive/holds', {
          body: { subjectId: subjectId.trim(), reason: reason.trim() },
        }),
      ),
    onSuccess: () => {
      setSubjectId('');
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['holds'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (subjectId.trim() && reason.trim()) place.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="place-title">
      <Title order={2} size="h4" id="place-title" mb="sm">
        Place a hold
      </Title>
      <form onSubmit={submit} aria-label="Place a hold">
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput
              label="Data subject id"
              description="e.g. x:783214"
              value={subjectId}
              onChange={(e) => setSubjectId(e.currentTarget.value)}
              maxLength={200}
              required
            />
            <TextInput
              label="Reason"
              description="A case reference; no personal data"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={500}
              required
            />
          </Group>
          <Group>
            <Button type="submit" loading={place.isPending}>
              Place hold
            </Button>
          </Group>
          {place.error && (
            <Alert color="red" title="The hold was not placed" role="alert">
              {place.error.message}
            </Alert>
          )}
          {place.isSuccess && (
            <Text role="status" size="sm">
              Hold placed on {place.data.subjectId}.
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function ReleaseHold({ hold, onClose }: { hold: Hold | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const release = useMutation({
    mutationFn: async (h: Hold) =>
      unwrap(
        await api.DELETE('/v1/archive/holds/{id}', {
          params: { path: { id: h.id } },
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: () => {
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['holds'] });
      onClose();
    },
  });
  return (
    <Modal
      opened={hold !== null}
      onClose={onClose}
      title={hold ? `Release the hold on ${hold.subjectId}` : ''}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (hold && reason.trim()) release.mutate(hold);
        }}
        aria-label="Release the hold"
      >
        <Stack gap="sm">
          <TextInput
            label="Reason for release"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            required
            data-autofocus
          />
          {release.error && (
            <Alert color="red" title="The hold was not released" role="alert">
              {release.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={release.isPending}>
              Release hold
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export default function HoldsScreen() {
  const { ability } = useSession();
  const [activeOnly, setActiveOnly] = useState(true);
  const [releasing, setReleasing] = useState<Hold | null>(null);
  const holds = useInfiniteQuery({
    queryKey: ['holds', activeOnly],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/archive/holds', {
          params: {
            query: {
              active: activeOnly ? 'true' : 'false',
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const list = holds.data?.pages.flatMap((p) => p.items) ?? [];
  const canRelease = ability?.can('delete', 'LegalHold') ?? false;

  return (
    <Stack>
      <Title order={1} size="h2">
        Legal holds
      </Title>
      <Text size="sm">
        A hold keeps a data subject’s records from erasure until it is released.
      </Text>
      {ability?.can('create', 'LegalHold') && <PlaceHold />}
      <section aria-labelledby="holds-title">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="holds-title">
            Holds
          </Title>
          <Switch
            label="Active only"
            checked={activeOnly}
            onChange={(e) => setActiveOnly(e.currentTarget.checked)}
          />
        </Group>
        {holds.isPending ? (
          <Loading label="Loading holds…" />
        ) : holds.error ? (
          <ErrorState title="The holds could not be loaded" error={holds.error} />
        ) : list.length === 0 ? (
          <Empty>{activeOnly ? 'No active hold.' : 'No hold has been placed.'}</Empty>
        ) : (
          <ScrollRegion label="Legal holds, scrollable">
            <Table striped aria-label="Legal holds">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Subject</Table.Th>
                  <Table.Th scope="col">Reason</Table.Th>
                  <Table.Th scope="col">Placed</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  {canRelease && <Table.Th scope="col">Action</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{h.subjectId}</Table.Td>
                    <Table.Td>{h.reason}</Table.Td>
                    <Table.Td>
                      {h.placedAt} by {h.placedBy}
                    </Table.Td>
                    <Table.Td>
                      {h.releasedAt ? (
                        <Badge color="gray.7">Released {h.releasedAt}</Badge>
                      ) : (
                        <Badge color="red.9">Active</Badge>
                      )}
                    </Table.Td>
                    {canRelease && (
                      <Table.Td>
                        {!h.releasedAt && (
                          <Button
                            size="compact-sm"
                            variant="outline"
                            color="red.9"
                            onClick={() => setReleasing(h)}
                            aria-label={`Release the hold on ${h.subjectId}`}
                          >
                            Release
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <LoadMore query={holds} />
      </section>
      <ReleaseHold hold={releasing} onClose={() => setReleasing(null)} />
    </Stack>
  );
}
