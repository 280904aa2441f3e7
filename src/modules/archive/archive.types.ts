import type { Actor } from '../../platform/auth/actor';
import type { JsonValue } from './core/canonical-json';

/** What a module hands to ArchiveService.append, in its own transaction. */
export interface ArchiveRecord {
  /** A label grouping entries (policy, conversations, archive, …); one log holds every stream. */
  stream: string;
  /** What happened, e.g. `policy.loaded`, `subject.erased`. */
  kind: string;
  occurredAt?: Date;
  actor: Actor;
  /** References used to find entries (conversation, subject, …) plus supersedes/redacts. */
  refs?: Record<string, string>;
  /** For automated decisions: the policy version and rule ids that produced it (invariant 8). */
  policyVersion?: string;
  ruleIds?: string[];
  /** Redacted, non-sensitive fields: they are in clear in every export. */
  clear?: { [key: string]: JsonValue };
  /** Sensitive originals: sealed under the data subject's key, never in clear. */
  sensitive?: { subjectId: string; data: JsonValue };
}
