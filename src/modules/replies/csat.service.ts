import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { PeriodicWorker } from '../../platform/workers/periodic-worker';
import { AuditedWork, type AuditContext, type AuditRecord } from '../archive';
import { ConversationsService, type ConversationView } from '../conversations';
import { csatScore } from './core/csat-score';
import { CrisisRepository } from './crisis.repository';
import { CsatRepository, type CsatRow, type SentCsat } from './csat.repository';
import { RepliesPolicy } from './replies-policy';
import { TemplatesPort, type RenderedText, type TemplateSuggestion } from './replies.ports';
import { RepliesRepository } from './replies.repository';
import { ReplyDraftsService, replyTarget } from './reply-drafts.service';
import { ReplyHandles } from './reply-handles';

const STREAM = 'replies';
type Prepared =
  | {
      template: TemplateSuggestion;
      rendered: RenderedText;
      visibility: 'public' | 'private';
    }
  | { skip: string; templateVersionId?: string };

const EPOCH = { at: new Date(0), id: '00000000-0000-0000-0000-000000000000' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Satisfaction surveys. Every replica may run it; each step claims its rows
 * (SKIP LOCKED, or one survey per conversation by a unique key) and is
 * archived in its own transaction:
 * 1. a conversation resolved on a channel `csat.channels` allows gets one
 *    survey, due `csat.delayMinutes` after the resolution (csat.planned);
 * 2. when due (and no crisis is on), an approved template of purpose `csat`
 *    is rendered for the channel and queued through the outbox like any
 *    reply, answering in the same thread (csat.queued); no usable template,
 *    a refused render or a conversation reopened meanwhile skips it
 *    (csat.skipped);
 * 3. once the survey went out, the first inbound message on the
 *    conversation that is a score on its own (1–5) is recorded with the
 *    conversation and the agent who last answered it (csat.answered); a
 *    conversation the score alone reopened is resolved again. Nothing within
 *    `csat.answerHours` expires the survey (csat.expired).
 */
@Injectable()
export class CsatWorker extends PeriodicWorker {
  constructor(
    clock: Clock,
    private readonly config: Settings,
    private readonly audited: AuditedWork,
    private readonly policy: RepliesPolicy,
    private readonly repo: CsatRepository,
    private readonly replies: RepliesRepository,
    private readonly drafts: ReplyDraftsService,
    private readonly conversations: ConversationsService,
    private readonly templates: TemplatesPort,
    private readonly crisis: CrisisRepository,
    private readonly handles: ReplyHandles,
  ) {
    super(clock, config, {
      name: 'CsatWorker',
      intervalMs: Math.max(config.DISPATCH_INTERVAL_MS, 1000),
    });
  }

  private get batch(): number {
    return this.config.DISPATCH_BATCH_SIZE;
  }

  async runOnce(): Promise<boolean> {
    const planned = await this.plan();
    const sent = await this.sendDue();
    const checked = await this.collectAnswers();
    return planned === this.batch || sent === this.batch || checked === this.batch;
  }

  /** Step 1: a survey for each conversation resolved since the last one planned. */
  async plan(): Promise<number> {
    const { channels, delayMinutes } = this.policy.current.csat;
    if (channels.length === 0) return 0;
    return this.audited.run(SYSTEM_ACTOR, async (ctx) => {
      // The position row is locked: one planner at a time, moving forward only.
      const after = (await this.repo.position(ctx.tx)) ?? EPOCH;
      const resolved = await this.conversations.resolvedAfter(ctx, after, channels, this.batch);
      const rows = [];
      for (const c of resolved) {
        rows.push({
          id: randomUUID(),
          conversationId: c.id,
          handleId: c.handleId,
          channel: c.channel,
          agentId: (await this.repo.lastAgentOf(ctx.tx, c.id)) ?? c.assigneeId ?? null,
          resolvedAt: c.resolvedAt!,
          dueAt: new Date(c.resolvedAt!.getTime() + delayMinutes * MINUTE),
        });
      }
      const inserted = new Set(await this.repo.insertMany(ctx.tx, rows, ctx.now));
      const last = resolved.at(-1);
      if (last) await this.repo.setPosition(ctx.tx, { at: last.resolvedAt!, id: last.id });
      const records: AuditRecord[] = rows
        .filter((r) => inserted.has(r.id))
        .map((r) => ({
          stream: STREAM,
          kind: 'csat.planned',
          refs: { csatSurvey: r.id, conversation: r.conversationId },
          clear: {
            channel: r.channel,
            agent: r.agentId,
            resolvedAt: r.resolvedAt.toISOString(),
            dueAt: r.dueAt.toISOString(),
            delayMinutes,
          },
        }));
      return { result: resolved.length, records };
    });
  }

  /**
   * Step 2: due surveys rendered (before any lock is taken, as drafts are)
   * and queued through the outbox in one transaction that claims them.
   */
  async sendDue(): Promise<number> {
    if (await this.crisis.active()) return 0;
    const due = await this.repo.due(this.clock.now(), this.batch);
    if (due.length === 0) return 0;
    const prepared = new Map<string, Prepared>();
    for (const s of due) prepared.set(s.id, await this.prepare(s));
    return this.audited.run(SYSTEM_ACTOR, async (ctx) => {
      const claimed = await this.repo.claimDue(ctx.tx, ctx.now, this.batch);
      const records: AuditRecord[] = [];
      let done = 0;
      for (const s of claimed) {
        const p = prepared.get(s.id);
        if (!p) continue; // became due since; the next round prepares it
        records.push(...(await this.sendOne(ctx, s, p)));
        done++;
      }
      return { result: done, records };
    });
  }

  /** The csat template and its text for the survey's channel and the thread's visibility. */
  private async prepare(s: CsatRow): Promise<Prepared> {
    const inbound = await this.conversations.inboundAfter(s.conversationId, new Date(0), {
      limit: 1000,
    });
    const visibility =
      s.channel === 'dm' ? 'private' : (inbound.at(-1)?.visibility ?? ('public' as const));
    const [template] = await this.templates.suggestions({
      intents: [],
      channel: s.channel,
      visibility,
      purposes: ['csat'],
    });
    if (!template) return { skip: 'no_csat_template' };
    try {
      const rendered = await this.templates.render(
        template.templateVersionId,
        s.channel,
        {},
        SYSTEM_ACTOR,
      );
      return { template, rendered, visibility };
    } catch {
      return { skip: 'render_refused', templateVersionId: template.templateVersionId };
    }
  }

  private async sendOne(ctx: AuditContext, s: CsatRow, p: Prepared): Promise<AuditRecord[]> {
    if ('skip' in p) return this.skip(ctx, s, p.skip, p.templateVersionId);
    const { template, rendered } = p;
    const c = await this.conversations.loadForChange(ctx, s.conversationId);
    if (c.status !== 'resolved') return this.skip(ctx, s, 'conversation_reopened');
    const inbound = await this.conversations.inboundAfter(c.id, new Date(0), {
      ctx,
      limit: 1000,
    });
    const target = replyTarget(
      c,
      inbound,
      { channel: s.channel, visibility: p.visibility },
      this.handles.get(c.handleId).accountId,
    );
    const replyId = randomUUID();
    await this.replies.insert(ctx.tx, {
      id: replyId,
      conversationId: c.id,
      handleId: c.handleId,
      platform: c.platform,
      channel: target.channel,
      visibility: target.visibility,
      kind: target.kind,
      accountId: target.accountId,
      inReplyTo: target.inReplyTo,
      recipientId: target.recipientId,
      templateId: template.templateId,
      templateVersionId: template.templateVersionId,
      purpose: 'csat',
      variables: {},
      text: rendered.text,
      policyVersion: rendered.policyVersion,
      ruleIds: [],
      requiredSignoffs: [],
      status: 'queued',
      authorId: SYSTEM_ACTOR.id,
      dueAt: ctx.now,
      createdAt: ctx.now,
    });
    await this.repo.update(
      ctx.tx,
      s.id,
      { status: 'queued', replyId, templateVersionId: template.templateVersionId },
      ctx.now,
    );
    const refs = {
      reply: replyId,
      conversation: c.id,
      templateVersion: template.templateVersionId,
    };
    const records: AuditRecord[] = [
      {
        stream: STREAM,
        kind: 'reply.drafted',
        refs,
        policyVersion: rendered.policyVersion,
        clear: {
          templateId: template.templateId,
          purpose: 'csat',
          channel: target.channel,
          visibility: target.visibility,
          variables: {},
          text: rendered.text,
          requiredSignoffs: [],
          crisis: false,
          status: 'queued',
        },
      },
      {
        stream: STREAM,
        kind: 'csat.queued',
        refs: { csatSurvey: s.id, ...refs },
        clear: { channel: target.channel, visibility: target.visibility, agent: s.agentId },
      },
    ];
    records.push(...(await this.drafts.queue(ctx, (await this.replies.byId(replyId, ctx.tx))!)));
    return records;
  }

  private async skip(
    ctx: AuditContext,
    s: CsatRow,
    reason: string,
    templateVersionId?: string,
  ): Promise<AuditRecord[]> {
    await this.repo.update(
      ctx.tx,
      s.id,
      { status: 'skipped', skipReason: reason, templateVersionId },
      ctx.now,
    );
    return [
      {
        stream: STREAM,
        kind: 'csat.skipped',
        refs: { csatSurvey: s.id, conversation: s.conversationId },
        clear: { reason },
      },
    ];
  }

  /** Step 3: the score answered in the thread, or the survey's expiry. */
  async collectAnswers(): Promise<number> {
    const { answerHours } = this.policy.current.csat;
    return this.audited.run(SYSTEM_ACTOR, async (ctx) => {
      const sent = await this.repo.claimSent(ctx.tx, this.batch);
      const records: AuditRecord[] = [];
      for (const s of sent) records.push(...(await this.collectOne(ctx, s, answerHours)));
      return { result: sent.length, records };
    });
  }

  private async collectOne(
    ctx: AuditContext,
    s: SentCsat,
    answerHours: number,
  ): Promise<AuditRecord[]> {
    const refs = { csatSurvey: s.id, conversation: s.conversationId, reply: s.replyId! };
    if (s.replyStatus === 'failed' || !s.replySentAt) {
      await this.repo.update(ctx.tx, s.id, { status: 'failed', checkedAt: ctx.now }, ctx.now);
      return [{ stream: STREAM, kind: 'csat.failed', refs, clear: { reason: 'send_failed' } }];
    }
    const sentAt = s.replySentAt;
    const inbound = await this.conversations.inboundAfter(s.conversationId, sentAt, { ctx });
    const answer = inbound
      .map((m) => ({ m, score: csatScore(m.text) }))
      .find((a) => a.score !== null);
    if (answer) {
      await this.repo.update(
        ctx.tx,
        s.id,
        {
          status: 'answered',
          sentAt,
          checkedAt: ctx.now,
          score: answer.score!,
          answerMessageId: answer.m.id,
          answeredAt: answer.m.recordedAt,
        },
        ctx.now,
      );
      const records: AuditRecord[] = [
        {
          stream: STREAM,
          kind: 'csat.answered',
          refs: { ...refs, message: answer.m.id },
          clear: { score: answer.score, agent: s.agentId, sentAt: sentAt.toISOString() },
        },
      ];
      records.push(...(await this.resolveAgain(ctx, s.conversationId, inbound.length)));
      return records;
    }
    if (ctx.now.getTime() >= sentAt.getTime() + answerHours * HOUR) {
      await this.repo.update(
        ctx.tx,
        s.id,
        { status: 'expired', sentAt, checkedAt: ctx.now },
        ctx.now,
      );
      return [{ stream: STREAM, kind: 'csat.expired', refs, clear: { answerHours } }];
    }
    await this.repo.update(ctx.tx, s.id, { sentAt, checkedAt: ctx.now }, ctx.now);
    return [];
  }

  /** A conversation that only the score reopened is resolved again. */
  private async resolveAgain(
    ctx: AuditContext,
    conversationId: string,
    inboundSinceSurvey: number,
  ): Promise<AuditRecord[]> {
    if (inboundSinceSurvey !== 1) return [];
    const c: ConversationView = await this.conversations.loadForChange(ctx, conversationId);
    if (c.status !== 'open' || !ConversationsService.canResolve(c)) return [];
    const moved = await this.conversations.applyTransition(
      ctx,
      c,
      'resolved',
      'The satisfaction score was the only answer.',
    );
    return moved.records;
  }
}
