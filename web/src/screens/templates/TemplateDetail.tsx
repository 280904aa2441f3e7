import {
  Alert,
  Badge,
  Button,
  Code,
  Drawer,
  Group,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorState, Loading } from '../../ui/states';
import { StatusBadge } from './TemplatesScreen';

type Version = Schemas['TemplateVersionResponseDto'];

function Diff({ version, against }: { version: Version; against: Version }) {
  const diff = useQuery({
    queryKey: ['diff', version.id, against.id],
    queryFn: async () =>
      unwrap(
        await api.GET('/v1/template-versions/{id}/diff', {
          params: { path: { id: version.id }, query: { against: against.id } },
        }),
      ),
  });
  if (diff.isPending) return <Loading label="Comparing versions…" />;
  if (diff.error) return <ErrorState title="The diff could not be loaded" error={diff.error} />;
  const d = diff.data;
  const changedVariants = d.variants.filter((v) => v.change !== 'same');
  return (
    <Stack gap="xs">
      <Text size="sm">
        Against v{against.number}
        {d.variablesAdded.length > 0 && ` · variables added: ${d.variablesAdded.join(', ')}`}
        {d.variablesRemoved.length > 0 && ` · removed: ${d.variablesRemoved.join(', ')}`}
        {d.variablesChanged.length > 0 && ` · changed: ${d.variablesChanged.join(', ')}`}
        {d.fields.length > 0 &&
          ` · ${d.fields.map((f) => `${f.field}: ${f.from} → ${f.to}`).join(', ')}`}
      </Text>
      {changedVariants.length === 0 ? (
        <Text size="sm">The text is the same on every channel.</Text>
      ) : (
        changedVariants.map((v) => (
          <div key={v.channel}>
            <Text size="sm" fw={600}>
              {v.channel}: {v.change}
            </Text>
            <pre className="cs-diff" aria-label={`Changes on ${v.channel}`}>
              {v.lines.map((l, i) => (
                <div key={i} className={`cs-diff-${l.op}`}>
                  {l.op === 'added' ? '+ ' : l.op === 'removed' ? '− ' : '  '}
                  {l.text}
                </div>
              ))}
            </pre>
          </div>
        ))
      )}
    </Stack>
  );
}

function Decision({ version, templateId }: { version: Version; templateId: string }) {
  const { me, ability } = useSession();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: ['template', templateId] });
    void queryClient.invalidateQueries({ queryKey: ['templates'] });
  };
  const approve = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/v1/template-versions/{id}/approve', {
          params: { path: { id: version.id } },
          body: { version: version.version },
        }),
      ),
    onSuccess: done,
  });
  const reject = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/v1/template-versions/{id}/reject', {
          params: { path: { id: version.id } },
          body: { version: version.version, reason: reason.trim() },
        }),
      ),
    onSuccess: () => {
      setRejecting(false);
      setReason('');
      done();
    },
  });

  if (version.status !== 'pending_approval') return null;
  const mayDecide =
    (ability?.can('approve', 'TemplateVersion') ?? false) ||
    (ability?.can('reject', 'TemplateVersion') ?? false);
  if (!mayDecide) return null;
  const isAuthor =
    me !== undefined && (version.authoredBy === me.sub || version.contributors.includes(me.sub));

  return (
    <section aria-labelledby="decision-title">
      <Title order={3} size="h5" id="decision-title" mb="xs">
        Decision
      </Title>
      {isAuthor ? (
        <Alert color="gray" role="note" title="You cannot approve this version">
          You wrote or changed it: another compliance officer must approve it.
        </Alert>
      ) : (
        <Group>
          {ability?.can('approve', 'TemplateVersion') && (
            <Button color="teal.9" onClick={() => approve.mutate()} loading={approve.isPending}>
              Approve
            </Button>
          )}
          {ability?.can('reject', 'TemplateVersion') && (
            <Button variant="outline" color="red.9" onClick={() => setRejecting(true)}>
              Reject…
            </Button>
          )}
        </Group>
      )}
      {approve.error && (
        <Alert color="red" mt="xs" role="alert" title="Not approved">
          {approve.error.message}
        </Alert>
      )}
      <Modal
        opened={rejecting}
        onClose={() => setRejecting(false)}
        title={`Reject v${version.number}`}
      >
        <form
          aria-label="Reject the version"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) reject.mutate();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label="Reason"
              description="What the author must change"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={1000}
              required
              data-autofocus
            />
            {reject.error && (
              <Alert color="red" role="alert" title="Not rejected">
                {reject.error.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRejecting(false)}>
                Cancel
              </Button>
              <Button type="submit" color="red.9" loading={reject.isPending}>
                Reject
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </section>
  );
}

export function TemplateDetail({
  templateId,
  onClose,
}: {
  templateId: string | null;
  onClose: () => void;
}) {
  const template = useQuery({
    queryKey: ['template', templateId],
    enabled: templateId !== null,
    queryFn: async () =>
      unwrap(await api.GET('/v1/templates/{id}', { params: { path: { id: templateId! } } })),
  });
  const [versionId, setVersionId] = useState<string | null>(null);
  useEffect(() => setVersionId(null), [templateId]);

  const versions = template.data?.versions ?? [];
  const version = versions.find((v) => v.id === versionId) ?? versions[0];
  const index = version ? versions.indexOf(version) : -1;
  const previous = index >= 0 ? versions[index + 1] : undefined;

  return (
    <Drawer
      opened={templateId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={template.data?.title ?? 'Template'}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {template.isPending ? (
        <Loading label="Loading the template…" />
      ) : template.error ? (
        <ErrorState title="The template could not be loaded" error={template.error} />
      ) : !version ? (
        <Text>This template has no version you may see.</Text>
      ) : (
        <Stack>
          <Group align="flex-end">
            <Select
              label="Version"
              data={versions.map((v) => ({ value: v.id, label: `v${v.number} (${v.status})` }))}
              value={version.id}
              onChange={(v) => setVersionId(v)}
              allowDeselect={false}
            />
            <StatusBadge status={version.status} />
            {version.reviewOverdue && <Badge color="red.9">Review overdue</Badge>}
          </Group>
          <Text size="sm">
            {version.purpose} · {version.visibility} · written by {version.authoredBy}
            {version.contributors.length > 1 &&
              ` (with ${version.contributors.filter((c) => c !== version.authoredBy).join(', ')})`}
            {version.submittedBy && ` · submitted by ${version.submittedBy}`}
            {version.approvedBy && ` · approved by ${version.approvedBy}`}
            {version.reviewDueAt && ` · review due ${version.reviewDueAt.slice(0, 10)}`}
          </Text>
          {version.rejectReason && (
            <Alert color="red" title={`Rejected by ${version.rejectedBy ?? ''}`}>
              {version.rejectReason}
            </Alert>
          )}
          <Decision version={version} templateId={templateId!} />
          <section aria-labelledby="variants-title">
            <Title order={3} size="h5" id="variants-title" mb="xs">
              Text per channel
            </Title>
            <Stack gap="xs">
              {Object.entries(version.variants).map(([ch, text]) => (
                <div key={ch}>
                  <Text size="sm" fw={600}>
                    {ch}
                  </Text>
                  <Code block>{text}</Code>
                </div>
              ))}
            </Stack>
          </section>
          {version.variables.length > 0 && (
            <section aria-labelledby="variables-title">
              <Title order={3} size="h5" id="variables-title" mb="xs">
                Variables
              </Title>
              <Table aria-label="Variables">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Type</Table.Th>
                    <Table.Th scope="col">Required</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {version.variables.map((v) => (
                    <Table.Tr key={v.name}>
                      <Table.Td>{v.name}</Table.Td>
                      <Table.Td>{v.type}</Table.Td>
                      <Table.Td>{v.required ? 'yes' : 'no'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
          )}
          <section aria-labelledby="diff-title">
            <Title order={3} size="h5" id="diff-title" mb="xs">
              Changes from the previous version
            </Title>
            {previous ? (
              <Diff version={version} against={previous} />
            ) : (
              <Text size="sm">This is the first version.</Text>
            )}
          </section>
        </Stack>
      )}
    </Drawer>
  );
}
