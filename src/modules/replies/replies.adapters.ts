import { Injectable } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { AppError } from '../../platform/errors/app-error';
import type { AuditContext, AuditRecord } from '../archive';
import { ConversationsService } from '../conversations';
import { TemplatesService, type Purpose } from '../templates';
import { RepliesRepository } from './replies.repository';
import {
  OutboundRecorderPort,
  RecordRefused,
  TemplatesPort,
  type RenderedText,
  type ReplyTemplateVersion,
  type TemplateSuggestion,
} from './replies.ports';

/** The template library behind TemplatesPort. */
@Injectable()
export class TemplatesAdapter extends TemplatesPort {
  constructor(private readonly templates: TemplatesService) {
    super();
  }

  async usableVersion(
    versionId: string,
    opts: { channel: string; at: Date },
  ): Promise<ReplyTemplateVersion> {
    const v = await this.templates.usableVersion(versionId, opts);
    return { id: v.id, templateId: v.templateId, title: v.title, purpose: v.purpose };
  }

  async render(
    versionId: string,
    channel: string,
    values: Record<string, unknown>,
    actor: Actor & { name?: string },
  ): Promise<RenderedText> {
    const r = await this.templates.render(versionId, channel, values, {
      id: actor.id,
      name: actor.name,
    });
    return { text: r.text, policyVersion: r.policyVersion };
  }

  async recordUse(ctx: AuditContext, versionIds: string[]): Promise<AuditRecord[]> {
    for (const id of [...versionIds].sort()) await this.templates.recordUse(ctx, id);
    return [];
  }

  async suggestions(q: {
    intents: string[];
    channel: string;
    visibility: 'public' | 'private';
    purposes?: readonly string[];
  }): Promise<TemplateSuggestion[]> {
    const found = await this.templates.suggestions({
      intents: q.intents,
      channel: q.channel,
      visibility: q.visibility,
      purposes: q.purposes as readonly Purpose[] | undefined,
    });
    const out: TemplateSuggestion[] = [];
    for (const s of found) {
      // The preview renders the declared examples, as the library's own previews do.
      const examples = Object.fromEntries(
        s.variables.filter((v) => v.example !== undefined).map((v) => [v.name, v.example]),
      );
      let preview: string | null = null;
      try {
        preview = (
          await this.templates.render(s.templateVersionId, q.channel, examples, {
            id: 'preview',
            name: 'Agent',
          })
        ).text;
      } catch {
        preview = null;
      }
      out.push({
        templateId: s.templateId,
        templateVersionId: s.templateVersionId,
        title: s.title,
        purpose: s.purpose,
        variables: s.variables,
        preview,
      });
    }
    return out;
  }
}

/** Records each sent reply on its conversation (outbound message, first response, acknowledgements). */
@Injectable()
export class ConversationsOutboundRecorder extends OutboundRecorderPort {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly replies: RepliesRepository,
  ) {
    super();
  }

  /**
   * One reply the conversation refuses (e.g. the platform already delivered
   * the brand's own message back through a webhook, so its id is taken) must
   * not block the others: in careful mode it is undone to a savepoint and
   * archived as not recorded, with the reason's code. Savepoints are only
   * taken in careful mode: each one that writes is a subtransaction, and past
   * 64 in one transaction PostgreSQL's snapshots overflow to pg_subtrans,
   * which slows every session on the database.
   */
  async recordSent(
    ctx: AuditContext,
    sent: Parameters<OutboundRecorderPort['recordSent']>[1],
    opts: { careful: boolean },
  ): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    // One lock order for every replica: conversation id, then reply id (no deadlocks).
    const ordered = [...sent].sort(
      (a, b) =>
        a.conversationId.localeCompare(b.conversationId) || a.replyId.localeCompare(b.replyId),
    );
    for (const s of ordered) {
      if (opts.careful) await this.replies.savepoint(ctx.tx, 'record_one');
      try {
        const r = await this.conversations.recordOutbound(ctx, {
          conversationId: s.conversationId,
          externalId: s.platformMessageId,
          visibility: s.visibility,
          text: s.text,
          inReplyTo: s.inReplyTo ?? undefined,
          refs: { reply: s.replyId, templateVersion: s.templateVersionId },
          policyVersion: s.policyVersion,
        });
        if (opts.careful) await this.replies.releaseSavepoint(ctx.tx, 'record_one');
        records.push(...r.records);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (!opts.careful) throw new RecordRefused(s.replyId);
        await this.replies.rollbackTo(ctx.tx, 'record_one');
        records.push({
          stream: 'replies',
          kind: 'reply.conversation_not_recorded',
          refs: { reply: s.replyId, conversation: s.conversationId },
          clear: { code: (err as AppError).code, platformMessageId: s.platformMessageId },
        });
      }
    }
    return records;
  }
}
