import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Empty, ErrorState, Loading } from '../../ui/states';
import {
  DetailedError,
  REPLY_STATUS_LABEL,
  unwrapDetailed,
  variablesOf,
  type ConversationDetail,
  type Problem,
  type Suggestion,
  type Variable,
} from './api';
import { checkValue, maxLengthOf, TYPE_WORDS, valuesToSend } from './variables';

const PURPOSE_WORDS: Record<string, string> = {
  answer: 'Answer',
  offline_route: 'Route offline',
  acknowledgement: 'Acknowledgement',
  crisis: 'Crisis',
  csat: 'Satisfaction survey',
};

const ROLE_WORDS: Record<string, string> = {
  legal: 'Legal',
  compliance_officer: 'Compliance',
};

function label(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

function VariableInput({
  v,
  value,
  onChange,
  serverProblem,
  agentName,
}: {
  v: Variable;
  value: string;
  onChange: (value: string) => void;
  serverProblem?: string;
  agentName: string;
}) {
  const [touched, setTouched] = useState(false);
  const local = checkValue(v, value);
  // Validation as you type: a problem shows once something was typed (or the field was left).
  const error = (touched || value !== '' ? local : null) ?? serverProblem ?? null;
  const description = `${TYPE_WORDS[v.type]}${v.required ? '' : ', optional'}${
    v.example ? ` · e.g. ${v.example}` : ''
  }`;
  if (v.type === 'agent_name') {
    return (
      <TextInput
        label={label(v.name)}
        description="Filled from your sign-in"
        value={agentName}
        readOnly
      />
    );
  }
  if (v.type === 'enum') {
    return (
      <Select
        label={label(v.name)}
        description={description}
        data={v.values ?? []}
        value={value || null}
        onChange={(x) => {
          setTouched(true);
          onChange(x ?? '');
        }}
        required={v.required}
        clearable={!v.required}
        error={error}
      />
    );
  }
  return (
    <TextInput
      label={label(v.name)}
      description={description}
      type={v.type === 'date' ? 'date' : v.type === 'url' ? 'url' : 'text'}
      inputMode={v.type === 'money' ? 'decimal' : undefined}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={() => setTouched(true)}
      maxLength={maxLengthOf(v)}
      required={v.required}
      error={error}
      autoComplete="off"
      spellCheck={v.type === 'free_text' || v.type === 'string'}
    />
  );
}

function ChannelPreview({
  versionId,
  channel,
  values,
  sending,
  ready,
  fallback,
  onProblems,
}: {
  versionId: string;
  channel: string;
  values: Record<string, string>;
  sending: boolean;
  ready: boolean;
  fallback: string | null;
  onProblems?: (p: Problem[]) => void;
}) {
  const preview = useQuery({
    queryKey: ['template-preview', versionId, channel, values],
    enabled: ready,
    retry: false,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
    queryFn: async () =>
      unwrapDetailed(
        await api.POST('/v1/template-versions/{id}/preview', {
          params: { path: { id: versionId } },
          body: { channel, variables: values },
        }),
      ),
  });
  const problems = preview.error instanceof DetailedError ? preview.error.problems : [];
  const error = preview.error;
  useEffect(() => {
    if (!sending || !onProblems) return;
    onProblems(ready && error instanceof DetailedError ? error.problems : []);
  }, [sending, ready, error, onProblems]);

  const title = (
    <Group gap="xs" mb={4}>
      <Text size="sm" fw={600}>
        {channel}
      </Text>
      {sending && (
        <Badge size="sm" color="indigo.9">
          Goes out here
        </Badge>
      )}
    </Group>
  );
  if (!ready) {
    return (
      <div role="group" aria-label={`Preview for ${channel}`}>
        {title}
        {fallback ? (
          <>
            <Text size="xs" c="dimmed">
              Example (fill in the form to see your reply):
            </Text>
            <pre className="cs-preview">{fallback}</pre>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Fill in the form to see the reply.
          </Text>
        )}
      </div>
    );
  }
  if (preview.isPending) return <Loading label={`Rendering for ${channel}…`} />;
  if (preview.error) {
    return (
      <div role="group" aria-label={`Preview for ${channel}`}>
        {title}
        <Alert variant="outline" color="red.9" title={`Cannot be sent on ${channel}`} p="xs">
          {problems.length > 0 ? (
            <List size="sm">
              {problems.map((p, i) => (
                <List.Item key={i}>
                  {p.variable ? `${label(p.variable)}: ` : ''}
                  {p.reason}
                  {p.types?.length ? ` (${p.types.join(', ')})` : ''}
                </List.Item>
              ))}
            </List>
          ) : (
            preview.error.message
          )}
        </Alert>
      </div>
    );
  }
  const p = preview.data;
  const over = p.maxLength > 0 && p.length > p.maxLength;
  return (
    <div role="group" aria-label={`Preview for ${channel}`}>
      {title}
      <pre className="cs-preview">{p.text}</pre>
      <Text size="xs" c={over ? 'red.9' : 'dimmed'} fw={over ? 700 : 400}>
        {p.maxLength > 0
          ? `${p.length} / ${p.maxLength} characters${over ? ': over the channel’s limit' : ''}`
          : `${p.length} characters`}
      </Text>
    </div>
  );
}

function TemplateForm({
  conversation: c,
  suggestion,
  onSubmitted,
}: {
  conversation: ConversationDetail;
  suggestion: Suggestion;
  onSubmitted: (status: string) => void;
}) {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const variables = useMemo(() => variablesOf(suggestion), [suggestion]);
  const openCase = c.offlineCases.find((k) => k.status === 'open');
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      variables
        .filter((v) => v.type === 'case_ref' && openCase)
        .map((v) => [v.name, openCase!.caseRef]),
    ),
  );
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const version = useQuery({
    queryKey: ['template-version', suggestion.templateVersionId],
    staleTime: 5 * 60_000,
    queryFn: async () =>
      unwrap(
        await api.GET('/v1/template-versions/{id}', {
          params: { path: { id: suggestion.templateVersionId } },
        }),
      ),
  });
  const send = valuesToSend(variables, values);
  const [debounced] = useDebouncedValue(send, 300);
  const valid = variables.every((v) => checkValue(v, values[v.name] ?? '') === null);
  const channels = [c.channel, ...(version.data?.channels ?? []).filter((ch) => ch !== c.channel)];

  const submit = useMutation({
    mutationFn: async () =>
      unwrapDetailed(
        await api.POST('/v1/conversations/{id}/replies', {
          params: { path: { id: c.id } },
          body: {
            templateVersionId: suggestion.templateVersionId,
            variables: send,
            version: c.version,
          },
        }),
      ),
    onSuccess: (r) => onSubmitted(r.status),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['replies'] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
  const submitProblems = submit.error instanceof DetailedError ? submit.error.problems : [];
  const problemOf = (name: string) =>
    [...submitProblems, ...serverProblems].find((p) => p.variable === name)?.reason;

  return (
    <form
      aria-label={`Reply with ${suggestion.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) submit.mutate();
      }}
    >
      <Stack gap="sm">
        {variables.length === 0 ? (
          <Text size="sm">This template has no variable to fill in.</Text>
        ) : (
          variables.map((v) => (
            <VariableInput
              key={v.name}
              v={v}
              value={values[v.name] ?? ''}
              onChange={(x) => setValues((old) => ({ ...old, [v.name]: x }))}
              serverProblem={problemOf(v.name)}
              agentName={me?.name ?? ''}
            />
          ))
        )}
        <section aria-label="Preview per channel">
          <Text size="sm" fw={600} mb={4}>
            Preview
          </Text>
          <Stack gap="xs">
            {channels.map((ch) => (
              <ChannelPreview
                key={ch}
                versionId={suggestion.templateVersionId}
                channel={ch}
                values={debounced}
                sending={ch === c.channel}
                ready={valid}
                fallback={ch === c.channel ? suggestion.preview : null}
                onProblems={setServerProblems}
              />
            ))}
          </Stack>
        </section>
        {c.decision.signoffRoles.length > 0 && (
          <Text size="sm" role="note">
            Policy asks for sign-off by{' '}
            {c.decision.signoffRoles.map((r) => ROLE_WORDS[r] ?? r).join(', then ')}: the reply
            waits for it before it is sent. You cannot sign your own reply.
          </Text>
        )}
        {submit.error && (
          <Alert variant="outline" color="red.9" role="alert" title="The reply was not submitted">
            {submit.error.message}
            {submit.error instanceof DetailedError && submit.error.code === 'CONFLICT' && (
              <Text size="sm" mt={4}>
                The conversation changed since you opened it; it has been reloaded. Check it and
                submit again.
              </Text>
            )}
            {submitProblems.length > 0 && (
              <List size="sm" mt={4}>
                {submitProblems.map((p, i) => (
                  <List.Item key={i}>
                    {p.variable ? `${label(p.variable)}: ` : ''}
                    {p.reason}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Group>
          <Button type="submit" disabled={!valid} loading={submit.isPending}>
            Submit reply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ReplyComposer({ conversation: c }: { conversation: ConversationDetail }) {
  const suggestions = useQuery({
    queryKey: ['conversations', 'suggestions', c.id],
    queryFn: async () =>
      unwrap(
        await api.GET('/v1/conversations/{id}/suggestions', {
          params: { path: { id: c.id } },
        }),
      ),
  });
  const [picked, setPicked] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const items = suggestions.data?.items ?? [];
  const suggestion = items.find((s) => s.templateVersionId === picked);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compose-title">
      <Title order={2} size="h4" id="compose-title" mb="xs">
        Reply from a template
      </Title>
      <Text size="sm" mb="sm">
        Replies are written only from approved templates: pick one and fill in its fields.
      </Text>
      {submitted && (
        <Paper withBorder p="sm" mb="sm" role="status" className="cs-done">
          <Text fw={700} size="sm">
            Reply submitted
          </Text>
          <Text size="sm">
            Its status is{' '}
            {REPLY_STATUS_LABEL[submitted as keyof typeof REPLY_STATUS_LABEL] ?? submitted}; follow
            it under Replies.
          </Text>
        </Paper>
      )}
      {suggestions.isPending ? (
        <Loading label="Loading suggested templates…" />
      ) : suggestions.error ? (
        <ErrorState title="The suggestions could not be loaded" error={suggestions.error} />
      ) : items.length === 0 ? (
        <Empty>No approved template fits this conversation.</Empty>
      ) : (
        <Stack gap="sm">
          {suggestions.data.allowedPurposes && (
            <Text size="sm" role="note">
              Only these purposes are allowed here:{' '}
              {suggestions.data.allowedPurposes.map((p) => PURPOSE_WORDS[p] ?? p).join(', ')}.
            </Text>
          )}
          <Radio.Group
            label="Suggested templates, best first"
            value={picked}
            onChange={(v) => {
              setPicked(v);
              setSubmitted(null);
            }}
          >
            <Stack gap="xs" mt="xs">
              {items.map((s) => (
                <Radio
                  key={s.templateVersionId}
                  value={s.templateVersionId}
                  label={`${s.title} (${PURPOSE_WORDS[s.purpose] ?? s.purpose})`}
                  description={s.preview ?? undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          {suggestion && (
            <TemplateForm
              key={suggestion.templateVersionId}
              conversation={c}
              suggestion={suggestion}
              onSubmitted={(status) => {
                setSubmitted(status);
                setPicked(null);
              }}
            />
          )}
        </Stack>
      )}
    </Paper>
  );
}
