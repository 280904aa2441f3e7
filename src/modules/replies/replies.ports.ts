import type { Actor } from '../../platform/auth/actor';
import type { AuditContext, AuditRecord } from '../archive';

/** An approved template version that may be used now on a channel. */
export interface ReplyTemplateVersion {
  id: string;
  templateId: string;
  title: string;
  /** e.g. acknowledgement, offline_route, crisis, answer, csat, marketing. */
  purpose: string;
}

export interface RenderedText {
  text: string;
  policyVersion: string;
}

export interface TemplateSuggestion {
  templateId: string;
  templateVersionId: string;
  title: string;
  purpose: string;
  variables: unknown[];
  preview: string | null;
}

/**
 * What replies need from the template library, narrowed to the verbs used
 * here; bound to TemplatesService in replies.module.ts.
 */
export abstract class TemplatesPort {
  /** Approved, within its review period, not retired; else the library's typed error. */
  abstract usableVersion(
    versionId: string,
    opts: { channel: string; at: Date },
  ): Promise<ReplyTemplateVersion>;
  /** Renders with typed variables and screens the result; a 422 lists the problems. */
  abstract render(
    versionId: string,
    channel: string,
    values: Record<string, unknown>,
    actor: Actor,
  ): Promise<RenderedText>;
  /** Records first/last use of each version sent, in the caller's transaction. */
  abstract recordUse(ctx: AuditContext, versionIds: string[]): Promise<AuditRecord[]>;
  abstract suggestions(q: {
    intents: string[];
    channel: string;
    visibility: 'public' | 'private';
    purposes?: readonly string[];
  }): Promise<TemplateSuggestion[]>;
}

/** What the dispatcher tells the conversation a reply belongs to once it went out. */
export abstract class OutboundRecorderPort {
  /**
   * Records each sent reply on its conversation. `careful`: each reply under a
   * savepoint, so that one the conversation refuses is undone alone and
   * archived as not recorded; otherwise the first refusal throws
   * `RecordRefused` (the caller's transaction is then abandoned and the batch
   * taken again carefully).
   */
  abstract recordSent(
    ctx: AuditContext,
    sent: Array<{
      conversationId: string;
      replyId: string;
      templateVersionId: string;
      platformMessageId: string;
      visibility: 'public' | 'private';
      text: string;
      inReplyTo: string | null;
      policyVersion: string;
    }>,
    opts: { careful: boolean },
  ): Promise<AuditRecord[]>;
}

/** A conversation refused to record a sent reply on the fast path (no savepoints). */
export class RecordRefused extends Error {
  constructor(readonly replyId: string) {
    super(`a conversation refused sent reply ${replyId}`);
    this.name = 'RecordRefused';
  }
}
