import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { PeriodicWorker } from '../../platform/workers/periodic-worker';
import { AuditedWork } from '../archive';
import { OutboundRecorderPort, RecordRefused, TemplatesPort } from './replies.ports';
import { RepliesRepository } from './replies.repository';
import { ReviewsService } from './reviews.service';

/** Replies per transaction when recording one savepoint each (under 64 subtransactions). */
const CAREFUL_CHUNK = 50;

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
   *
   * A batch is first recorded without savepoints. If a conversation refuses
   * one reply (its platform id already came back through a webhook), that
   * transaction is abandoned and the batch is taken again carefully, a
   * savepoint per reply, in chunks that stay under PostgreSQL's 64 cached
   * subtransactions.
   */
  async recordOnConversations(): Promise<number> {
    try {
      return await this.recordBatch(this.config.DISPATCH_BATCH_SIZE, false);
    } catch (err) {
      if (!(err instanceof RecordRefused)) throw err;
      this.logger.warn(`${err.message}: recording this batch reply by reply`);
    }
    let recorded = 0;
    for (
      let n = CAREFUL_CHUNK;
      n === CAREFUL_CHUNK && recorded < this.config.DISPATCH_BATCH_SIZE;
    ) {
      n = await this.recordBatch(
        Math.min(CAREFUL_CHUNK, this.config.DISPATCH_BATCH_SIZE - recorded),
        true,
      );
      recorded += n;
    }
    return recorded;
  }

  private recordBatch(limit: number, careful: boolean): Promise<number> {
    return this.audited.run(SYSTEM_ACTOR, async (ctx) => {
      const sent = await this.replies.claimUnrecorded(ctx.tx, limit);
      if (sent.length === 0) return { result: 0, records: [] };
      const records = [
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
          { careful },
        )),
      ];
      records.push(...(await this.reviews.sample(ctx, sent)));
      // Last, so that the version rows every recorder updates stay locked only until commit.
      records.push(
        ...(await this.templateUse.recordUse(ctx, [
          ...new Set(sent.map((r) => r.templateVersionId)),
        ])),
      );
      await this.replies.markRecorded(
        ctx.tx,
        sent.map((r) => r.id),
        ctx.now,
      );
      return { result: sent.length, records };
    });
  }
}
