import { Badge, Group } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { slaOf, slaText, useNow } from './sla';

type Conversation = Schemas['ConversationResponseDto'];
export type ConversationStatus = Conversation['status'];
export type Priority = Conversation['priority'];

export const STATUS_LABEL: Record<ConversationStatus, string> = {
  open: 'Open',
  awaiting_reply: 'Awaiting reply',
  awaiting_signoff: 'Awaiting sign-off',
  routed_offline: 'Routed offline',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** Shades dark enough for white text at 4.5:1. */
const STATUS_COLOR: Record<ConversationStatus, string> = {
  open: 'blue.9',
  awaiting_reply: 'indigo.9',
  awaiting_signoff: 'grape.9',
  routed_offline: 'teal.9',
  resolved: 'gray.7',
  closed: 'gray.8',
};

export const PRIORITY_LABEL: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

const PRIORITY_COLOR: Record<Priority, string> = {
  urgent: 'red.9',
  high: 'violet.9',
  normal: 'blue.9',
  low: 'gray.7',
};

export function StatusBadge({ status }: { status: ConversationStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} aria-label={`Status: ${STATUS_LABEL[status]}`}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <Badge
      color={PRIORITY_COLOR[priority]}
      variant={priority === 'urgent' || priority === 'high' ? 'filled' : 'outline'}
      aria-label={`Priority: ${PRIORITY_LABEL[priority]}`}
    >
      {PRIORITY_LABEL[priority]}
    </Badge>
  );
}

/** Intent ids as policy names them (`account_specific` → "account specific"). */
export function intentLabel(intent: string): string {
  return intent.replace(/[_-]+/g, ' ');
}

export function IntentBadges({ intents }: { intents: readonly string[] }) {
  if (intents.length === 0) return null;
  return (
    <Group gap={4} aria-label="Intents" role="group">
      {intents.map((i) => (
        <Badge key={i} variant="outline" color="dark.6" tt="none">
          {intentLabel(i)}
        </Badge>
      ))}
    </Group>
  );
}

/** The running SLA clock, ticking: amber when due soon, red once overdue (and the words say so). */
export function SlaCountdown({ conversation }: { conversation: Conversation }) {
  const now = useNow();
  const clock = slaOf(conversation, now);
  return (
    <span className={`cs-sla cs-sla-${clock.level}`} data-sla={clock.level}>
      {slaText(clock)}
    </span>
  );
}

/** The states an agent scans for: routed offline, awaiting sign-off, must go offline, breached. */
export function StateBadges({ conversation: c }: { conversation: Conversation }) {
  return (
    <Group gap={4}>
      <StatusBadge status={c.status} />
      {c.routeOfflineRequired && c.status !== 'routed_offline' && c.routedOfflineAt === null && (
        <Badge color="teal.9" variant="outline">
          Must go offline
        </Badge>
      )}
      {c.breached && (
        <Badge color="red.9" variant="outline">
          SLA breached
        </Badge>
      )}
    </Group>
  );
}
