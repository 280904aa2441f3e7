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
  ): Promise<AuditRecord[]>;
}
