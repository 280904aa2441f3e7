import { AuditedWork } from '../../src/modules/archive';
import { ClassificationService } from '../../src/modules/classification';
import {
  ConversationsService,
  inboundOriginalTarget,
  type InboundMessageInput,
  type RecordInboundResult,
} from '../../src/modules/conversations';
import { SubjectKeysService } from '../../src/modules/subjects';
import type { TestApp } from '../support/test-app';

export const INTEGRATION_ACTOR = { id: 'crm', roles: ['integration'] };

export interface SeedPost {
  text: string;
  externalId: string;
  threadKey?: string;
  handleId?: string;
  channel?: string;
  platform?: string;
  authorId?: string;
  visibility?: 'public' | 'private';
  occurredAt?: Date;
}

/**
 * Sends a post through the module's intake the way the channels pipeline
 * does: classify, mask every finding in the stored text, seal the original
 * under the author's subject key, record inside AuditedWork.
 */
export class Seeder {
  private readonly classifier: ClassificationService;
  private readonly conversations: ConversationsService;
  private readonly subjects: SubjectKeysService;
  private readonly work: AuditedWork;

  constructor(t: TestApp) {
    this.classifier = t.app.get(ClassificationService);
    this.conversations = t.app.get(ConversationsService);
    this.subjects = t.app.get(SubjectKeysService);
    this.work = t.app.get(AuditedWork);
  }

  async input(p: SeedPost): Promise<InboundMessageInput> {
    const channel = p.channel ?? 'x';
    const handleId = p.handleId ?? 'x-help';
    const authorId = p.authorId ?? '783214';
    const platform = p.platform ?? 'x';
    const subjectId = `${platform}:${authorId}`;
    const result = this.classifier.classify(p.text, { channel, visibility: p.visibility });
    let masked = p.text;
    for (const e of [...result.entities].sort((a, b) => b.start - a.start)) {
      masked = masked.slice(0, e.start) + `[${e.type}]` + masked.slice(e.end);
    }
    const sealedOriginal =
      result.entities.length > 0
        ? await this.work.run(INTEGRATION_ACTOR, async (ctx) => ({
            result: await this.subjects.seal(
              ctx.tx,
              subjectId,
              p.text,
              inboundOriginalTarget(handleId, p.externalId),
            ),
            records: [],
          }))
        : undefined;
    return {
      handleId,
      platform,
      channel,
      externalId: p.externalId,
      threadKey: p.threadKey ?? `thread-${p.externalId}`,
      author: { id: authorId, handle: `@user${authorId}` },
      subjectId,
      visibility: p.visibility ?? 'public',
      occurredAt: p.occurredAt ?? new Date('2026-01-05T08:59:00Z'),
      maskedText: masked,
      sealedOriginal,
      redactions: result.entities.map((e) => ({
        type: e.type,
        detector: e.detector,
        start: e.start,
        end: e.end,
        action: 'masked' as const,
      })),
      classification: {
        entities: result.entities.map(({ type, start, end, detector, confidence }) => ({
          type,
          start,
          end,
          detector,
          confidence,
        })),
        intents: result.intents.map((i) => ({
          id: i.intent,
          confidence: i.confidence,
          ruleIds: i.ruleIds,
        })),
        decision: result.decision,
      },
    };
  }

  record(input: InboundMessageInput): Promise<RecordInboundResult> {
    return this.work.run(INTEGRATION_ACTOR, (ctx) => this.conversations.recordInbound(ctx, input));
  }

  async post(p: SeedPost): Promise<RecordInboundResult> {
    return this.record(await this.input(p));
  }
}
