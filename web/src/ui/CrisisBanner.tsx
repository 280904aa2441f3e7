import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';

const SINCE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A slow safety net: live events (`crisis.updated`) refresh the banner at once. */
const RECHECK_MS = 120_000;

/**
 * Shown to everyone signed in while crisis mode is on: since when and why.
 * The query key ['crisis'] is the one live events invalidate, and the one the
 * crisis screen uses, so switching there or anywhere shows here at once.
 */
export function CrisisBanner() {
  const { ability } = useSession();
  const allowed = ability?.can('read', 'Crisis') ?? false;
  const crisis = useQuery({
    queryKey: ['crisis'],
    enabled: allowed,
    refetchInterval: RECHECK_MS,
    queryFn: async () => unwrap(await api.GET('/v1/crisis')),
  });
  const state = crisis.data;
  if (!allowed || !state?.active) return null;
  const since = state.since ? new Date(state.since) : null;
  return (
    // role="alert": it appears while people work, and it changes what they may send.
    <Alert
      role="alert"
      color="red.9"
      variant="filled"
      title="Crisis mode is on"
      mb="md"
      data-testid="crisis-banner"
    >
      <Text size="sm" c="white">
        {since && (
          <>
            Since <time dateTime={since.toISOString()}>{SINCE.format(since)}</time>
            {state.startedBy ? ` (${state.startedBy})` : ''}.{' '}
          </>
        )}
        {state.reason ? `Reason: ${state.reason}. ` : ''}
        Scheduled posts are held, replies are limited to crisis, acknowledgement and offline-routing
        templates, and every public reply needs a compliance sign-off.
      </Text>
    </Alert>
  );
}
