import { Injectable } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { AuditedWork } from '../archive';
import { ClassificationService } from '../classification';
import type { ClassificationContext, EntityFinding } from '../classification';
import { ConversationsService, inboundOriginalTarget } from '../conversations';
import type { InboundMessageInput, RecordInboundResult } from '../conversations';
import { PolicyService } from '../policy';
import { SubjectKeysService } from '../subjects';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService, type ChannelHandle } from './channels.service';
import {
  plausibleOccurredAt,
  screenForStorage,
  storageTreatments,
  withoutOwnContacts,
  type DeliveryItem,
  type NormalisedPost,
  type StorageTreatments,
} from './core';

/** Platform-given names kept in archive notes: plain characters, bounded. */
function label(value: string): string {
  return value.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 100);
}

/** Whether a platform username is the handle's own (`@HarborlineFCU` and `harborlinefcu` are one). */
function isOwnHandle(handle: ChannelHandle, username: string | undefined): boolean {
  if (username === undefined || handle.platform === 'generic') return false;
  const bare = (s: string) => s.trim().replace(/^@/, '').toLowerCase();
  return bare(username) !== '' && bare(username) === bare(handle.handle);
}

/** Subject ids are `<platform>:<authorId>` (generic sources: `generic:<account>:<authorId>`). */
const MAX_SUBJECT_ID = 200;
/** Display names and handles kept: the first 200 characters. */
const MAX_NAME = 200;

export interface DeliveryOutcome {
  received: number;
  duplicates: number;
  ignored: number;
  malformed: number;
  messages: RecordInboundResult[];
}

/**
 * The intake pipeline: classify (with the handle's own contact points) →
 * PAN-safe screening → seal the original under the data subject's key →
 * record the message, all before and inside one audited transaction per
 * message, so nothing is stored unscreened and a duplicate changes nothing.
 */
@Injectable()
export class IntakeService {
  private readonly treatments: StorageTreatments;

  constructor(
    private readonly channels: ChannelsService,
    private readonly classification: ClassificationService,
    policy: PolicyService,
    private readonly subjects: SubjectKeysService,
    private readonly conversations: ConversationsService,
    private readonly work: AuditedWork,
    private readonly clock: Clock,
    private readonly repo: ChannelsRepository,
  ) {
    this.treatments = storageTreatments(policy.current.detectors);
  }

  subjectIdOf(handle: ChannelHandle, authorId: string): string {
    return handle.platform === 'x' ||
      handle.platform === 'facebook' ||
      handle.platform === 'instagram'
      ? `${handle.platform}:${authorId}`
      : `${handle.platform}:${handle.accountId}:${authorId}`;
  }

  /** Screens, seals and records one post; a post seen before gives `duplicate: true`. */
  async ingest(
    handle: ChannelHandle,
    post: NormalisedPost,
    actor: Actor,
  ): Promise<RecordInboundResult> {
    const channel = this.channels.channelFor(handle, post.direct);
    const ownContacts = this.channels.ownContacts(handle.id);
    const context: ClassificationContext = { channel, visibility: post.visibility, ownContacts };
    const result = await this.classification.classifyAsync(post.text, context);
    // The classifier already leaves the handle's own contact points out; this
    // second look keeps them out of the redactions whatever detector changes.
    const entities: EntityFinding[] = withoutOwnContacts(post.text, result.entities, ownContacts);
    const policyVersion = result.decision.policyVersion;
    const screened = screenForStorage(post.text, entities, this.treatments, policyVersion);
    const subjectId = this.subjectIdOf(handle, post.author.id);

    const input: Omit<InboundMessageInput, 'sealedOriginal'> = {
      handleId: handle.id,
      platform: handle.platform,
      channel,
      externalId: post.externalId,
      threadKey: post.threadKey,
      inReplyTo: post.inReplyTo,
      author: {
        id: post.author.id,
        handle: post.author.handle === undefined ? undefined : this.screenName(post.author.handle),
        name: post.author.name === undefined ? undefined : this.screenName(post.author.name),
      },
      subjectId,
      visibility: post.visibility,
      occurredAt: plausibleOccurredAt(post.occurredAt, this.clock.now()),
      maskedText: screened.maskedText,
      // Each with its policy version and where its replacement is in the stored text.
      redactions: screened.redactions,
      classification: {
        entities: entities.map((e) => ({
          type: e.type,
          start: e.start,
          end: e.end,
          detector: e.detector,
          confidence: e.confidence,
        })),
        intents: result.intents.map((i) => ({
          id: i.intent,
          confidence: i.confidence,
          ruleIds: [...i.ruleIds],
        })),
        decision: {
          actions: [...result.decision.actions],
          priority: result.decision.priority,
          signoffRoles: [...result.decision.signoffRoles],
          ruleIds: [...result.decision.ruleIds],
          policyVersion,
        },
      },
    };
    // Some posts name only the post they answer (X, integrations without a
    // thread id): the thread is that post's thread.
    return this.work.run(actor, async (ctx) => {
      const threadKey =
        post.threadFromParent === true && post.inReplyTo !== undefined
          ? ((await this.repo.threadOf(ctx.tx, handle.id, post.inReplyTo)) ?? post.threadKey)
          : post.threadKey;
      const sealedOriginal =
        screened.sealableOriginal === null
          ? undefined
          : await this.subjects.seal(
              ctx.tx,
              subjectId,
              { text: screened.sealableOriginal },
              inboundOriginalTarget(handle.id, post.externalId),
            );
      const recorded = await this.conversations.recordInbound(ctx, {
        ...input,
        threadKey,
        sealedOriginal,
      });
      // A post that starts its own thread needs no link: a reply naming it falls
      // back to its id, which is that thread.
      if (
        post.recordsThread === true &&
        !recorded.result.duplicate &&
        threadKey !== post.externalId
      ) {
        await this.repo.link(ctx.tx, handle.id, post.externalId, threadKey, ctx.now);
      }
      return recorded;
    });
  }

  /** Display names and handles are stored in clear: a card-number-like run in them is truncated too. */
  private screenName(name: string): string {
    return screenForStorage(name.slice(0, MAX_NAME), [], this.treatments, '').maskedText;
  }

  /**
   * Processes the items of one webhook delivery, each in its own transaction:
   * one item that cannot be read or stored does not lose the others. Events
   * that are not handled, and unreadable items, are archived as notes.
   */
  async deliver(source: string, items: DeliveryItem[], actor: Actor): Promise<DeliveryOutcome> {
    const out: DeliveryOutcome = {
      received: 0,
      duplicates: 0,
      ignored: 0,
      malformed: 0,
      messages: [],
    };
    const notes: Array<{ kind: string; handle?: string; clear: Record<string, string> }> = [];
    const ownPosts: Array<{ handleId: string; externalId: string; inReplyTo?: string }> = [];
    for (const item of items) {
      if (item.kind === 'post') {
        const handle = this.channels.handleByAccount(item.post.platform, item.post.accountId);
        if (!handle) {
          out.ignored++;
          notes.push({
            kind: 'webhook.ignored',
            clear: { source, eventType: 'unknown_handle', accountId: label(item.post.accountId) },
          });
          continue;
        }
        if (isOwnHandle(handle, item.post.author.handle)) {
          // The brand's own comment or post (Instagram carries a scoped id, not the account id).
          out.ignored++;
          notes.push({
            kind: 'webhook.ignored',
            handle: handle.id,
            clear: { source, eventType: `${item.post.platform}.own` },
          });
          continue;
        }
        if (this.subjectIdOf(handle, item.post.author.id).length > MAX_SUBJECT_ID) {
          out.malformed++;
          notes.push({
            kind: 'webhook.malformed',
            handle: handle.id,
            clear: { source, eventType: 'author', reason: 'author id too long' },
          });
          continue;
        }
        const r = await this.ingest(handle, item.post, actor);
        out.messages.push(r);
        if (r.duplicate) out.duplicates++;
        else out.received++;
      } else {
        const handle =
          item.accountId !== undefined ? this.handleForAccount(source, item.accountId) : undefined;
        const clear: Record<string, string> = { source, eventType: label(item.eventType) };
        if (item.accountId !== undefined) clear.accountId = label(item.accountId);
        if (item.kind === 'ignored') {
          if (item.ownPost && handle) ownPosts.push({ handleId: handle.id, ...item.ownPost });
          out.ignored++;
          notes.push({ kind: 'webhook.ignored', handle: handle?.id, clear });
        } else {
          out.malformed++;
          notes.push({
            kind: 'webhook.malformed',
            handle: handle?.id,
            clear: { ...clear, reason: item.reason },
          });
        }
      }
    }
    if (notes.length > 0) {
      await this.work.run(actor, async (ctx) => {
        // The brand's own replies thread the customers' replies to them.
        for (const own of ownPosts) {
          const parent =
            own.inReplyTo === undefined
              ? undefined
              : await this.repo.threadOf(ctx.tx, own.handleId, own.inReplyTo);
          const thread = parent ?? own.inReplyTo ?? own.externalId;
          if (thread !== own.externalId) {
            await this.repo.link(ctx.tx, own.handleId, own.externalId, thread, ctx.now);
          }
        }
        return {
          result: undefined,
          records: notes.map((n) => ({
            stream: 'channels',
            kind: n.kind,
            refs: n.handle ? { handle: n.handle } : undefined,
            clear: n.clear,
          })),
        };
      });
    }
    return out;
  }

  /** Whether any item of the delivery belongs to one of the brand's handles. */
  knowsAnyAccount(source: string, items: DeliveryItem[]): boolean {
    return items.some((i) => {
      const account = i.kind === 'post' ? i.post.accountId : i.accountId;
      return account === undefined || this.handleForAccount(source, account) !== undefined;
    });
  }

  private handleForAccount(source: string, accountId: string): ChannelHandle | undefined {
    const platforms = source === 'meta' ? ['facebook', 'instagram'] : [source];
    for (const p of platforms) {
      const h = this.channels.handleByAccount(p, accountId);
      if (h) return h;
    }
    return undefined;
  }

  now(): Date {
    return this.clock.now();
  }
}
