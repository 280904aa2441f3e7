import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { PeriodicWorker } from '../../platform/workers/periodic-worker';
import { AuditedWork } from '../archive';
import { OutboundRecorderPort, TemplatesPort } from './replies.ports';
import { RepliesRepository } from './replies.repository';
import { ReviewsService } from './reviews.service';

/**
 * Records each sent reply on its conversation and the template version's
 * use, and draws the supervisory sample, after the dispatcher marked it
 * sent. Every replica may run it.
 */
@Injectable()
export class SentRepliesRecorder extends PeriodicWorker {
  constructor(
    clock: Clock,
    private readonly config: Settings,
    private readonly audited: AuditedWork,
    private readonly replies: RepliesRepository,
    private readonly templateUse: TemplatesPort,
    private readonly outbound: OutboundRecorderPort,
    private readonly reviews: ReviewsService,
  ) {
    super(clock, config, { name: 'SentRepliesRecorder', intervalMs: config.DISPATCH_INTERVAL_MS });
  }

  async runOnce(): Promise<boolean> {
    return (await this.recordOnConversations()) === this.config.DISPATCH_BATCH_SIZE;
  }

  /**
   * Sent replies are recorded on their conversation (the outbound message,
   * first-response time, complaint and offline acknowledgements) and the
   * template version's use, in an audited transaction of their own that
   * claims them with SKIP LOCKED: a crash between sending and recording
   * leaves them for the next round, never recorded twice, and the send path
   * does not wait on conversation locks.
   */
  async recordOnConversations(): Promise<number> {
    return this.audited.run(SYSTEM_ACTOR, async (ctx) => {
      const sent = await this.replies.claimUnrecorded(ctx.tx, this.config.DISPATCH_BATCH_SIZE);
      if (sent.length === 0) return { result: 0, records: [] };
      const records = await this.templateUse.recordUse(ctx, [
        ...new Set(sent.map((r) => r.templateVersionId)),
      ]);
      records.push(
        ...(await this.outbound.recordSent(
          ctx,
          sent.map((r) => ({
            conversationId: r.conversationId,
            replyId: r.id,
            templateVersionId: r.templateVersionId,
            platformMessageId: r.platformMessageId!,
            visibility: r.visibility,
            text: r.text,
            inReplyTo: r.inReplyTo,
            policyVersion: r.policyVersion,
          })),
        )),
      );
      records.push(...(await this.reviews.sample(ctx, sent)));
      await this.replies.markRecorded(
        ctx.tx,
        sent.map((r) => r.id),
        ctx.now,
      );
      return { result: sent.length, records };
    });
  }
}
