import { Injectable } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { AuditedWork, type Audited } from '../archive';
import { ClassificationService } from '../classification';
import type { ClassificationContext, EntityFinding } from '../classification';
import { ConversationsService } from '../conversations';
import type { InboundMessageInput, RecordInboundResult } from '../conversations';
import { PolicyService } from '../policy';
import type { Transaction } from '../../platform/database/data-source';
import { ChannelsRepository, type ThreadLink } from './channels.repository';
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

/** Posts written in one transaction at most (see IntakeService.startGroups). */
const GROUP_MAX = 64;
/**
 * Group transactions at once, at most. A group costs about the same number of
 * statements whatever its size, so fewer groups at once make larger groups
 * and less work per post; three keep a group preparing while others wait on
 * the database (docs/benchmarks.md, Intake). Two connections of the pool stay
 * for reads and workers.
 */
const GROUPS_IN_FLIGHT = 3;

/** One post screened and classified, waiting for its group to be written. */
interface PendingPost {
  actor: Actor;
  input: InboundMessageInput;
  /** It names only the post it answers: its thread is that post's (found in the transaction). */
  threadFromParent: boolean;
  /** Its thread is recorded, so that a reply naming only this post finds it. */
  recordsThread: boolean;
  resolve: (r: RecordInboundResult) => void;
  reject: (err: unknown) => void;
}

/** Attempts of a group when the database ends it as a deadlock or a duplicate stored meanwhile. */
const ATTEMPTS = 3;

/**
 * The same work may succeed when run again: a deadlock, a serialization
 * failure, or a unique key taken meanwhile by another transaction (a
 * platform message delivered twice at once on two threads; the next attempt
 * reads it as stored).
 */
function isTransient(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.code ?? e?.driverError?.code;
  return code === '40P01' || code === '40001' || code === '23505';
}

function linkKey(handleId: string, externalId: string): string {
  return `${handleId}\u0000${externalId}`;
}

export interface DeliveryOutcome {
  received: number;
  duplicates: number;
  ignored: number;
  malformed: number;
  messages: RecordInboundResult[];
}

/**
 * The intake pipeline: classify (with the handle's own contact points) →
 * PAN-safe screening, before anything is written → in one audited
 * transaction per group of posts (see startGroups): seal each original under
 * its data subject's key and record the messages, so nothing is stored
 * unscreened and a duplicate changes nothing.
 */
@Injectable()
export class IntakeService {
  private readonly treatments: StorageTreatments;
  private readonly waiting: PendingPost[] = [];
  private groupsInFlight = 0;
  private readonly maxGroups: number;

  constructor(
    private readonly channels: ChannelsService,
    private readonly classification: ClassificationService,
    policy: PolicyService,
    private readonly conversations: ConversationsService,
    private readonly work: AuditedWork,
    private readonly clock: Clock,
    private readonly repo: ChannelsRepository,
    settings: Settings,
  ) {
    this.treatments = storageTreatments(policy.current.detectors);
    this.maxGroups = Math.max(1, Math.min(GROUPS_IN_FLIGHT, settings.DB_POOL_SIZE - 2));
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

    const input: InboundMessageInput = {
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
      // Sealed under the subject's key in the transaction that stores it.
      original: screened.sealableOriginal ?? undefined,
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
    return new Promise((resolve, reject) => {
      this.waiting.push({
        actor,
        input,
        // Some posts name only the post they answer (X, integrations without a
        // thread id): the thread is that post's thread.
        threadFromParent: post.threadFromParent === true && post.inReplyTo !== undefined,
        recordsThread: post.recordsThread === true,
        resolve,
        reject,
      });
      this.startGroups();
    });
  }

  /**
   * Group commit: posts that arrive while earlier ones are being written wait
   * and are then written together, in one transaction and with a fixed
   * number of statements (ConversationsService.recordInboundMany), so that
   * many share its round trips, its commit (and its flush to disk) and the
   * archive insert. Each keeps its own archive records and its own result. A
   * post arriving when nothing is being written starts at once. If a group
   * fails, each of its posts is written again alone, so that one bad post
   * loses no other.
   */
  private startGroups(): void {
    while (this.groupsInFlight < this.maxGroups && this.waiting.length > 0) {
      const group = this.waiting.splice(0, GROUP_MAX);
      this.groupsInFlight++;
      void this.commitGroup(group).finally(() => {
        this.groupsInFlight--;
        this.startGroups();
      });
    }
  }

  private async commitGroup(group: PendingPost[]): Promise<void> {
    try {
      const results = await this.writeGroup(group);
      group.forEach((p, i) => p.resolve(results[i]));
      return;
    } catch (err) {
      if (group.length === 1) {
        group[0].reject(err);
        return;
      }
      // Nothing of the group was stored: each post again, alone.
    }
    await Promise.all(group.map((p) => this.writeGroup([p]).then(([r]) => p.resolve(r), p.reject)));
  }

  /**
   * One transaction for the posts, run again when the database ends it as a
   * deadlock or a platform message of it was stored meanwhile.
   */
  private async writeGroup(posts: readonly PendingPost[]): Promise<RecordInboundResult[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.work.runMany(
          posts.map((p) => p.actor),
          (tx, now) => this.recordGroup(tx, now, posts),
        );
      } catch (err) {
        if (attempt >= ATTEMPTS || !isTransient(err)) throw err;
      }
    }
  }

  private async recordGroup(
    tx: Transaction,
    now: Date,
    posts: readonly PendingPost[],
  ): Promise<Audited<RecordInboundResult>[]> {
    // A post naming only its parent joins the parent's thread: as recorded,
    // or as an earlier post of this group records it, else the parent itself.
    const parents = posts.flatMap((p) =>
      p.threadFromParent && p.input.inReplyTo !== undefined
        ? [{ handleId: p.input.handleId, externalId: p.input.inReplyTo }]
        : [],
    );
    const recorded =
      parents.length > 0 ? await this.repo.threadsOf(tx, parents) : new Map<string, string>();
    const inGroup = new Map<string, string>();
    const inputs = posts.map((p) => {
      let threadKey = p.input.threadKey;
      if (p.threadFromParent && p.input.inReplyTo !== undefined) {
        const parent = linkKey(p.input.handleId, p.input.inReplyTo);
        threadKey = recorded.get(parent) ?? inGroup.get(parent) ?? threadKey;
      }
      if (p.recordsThread) inGroup.set(linkKey(p.input.handleId, p.input.externalId), threadKey);
      return threadKey === p.input.threadKey ? p.input : { ...p.input, threadKey };
    });
    const done = await this.conversations.recordInboundMany(tx, now, inputs);
    // A post that starts its own thread needs no link: a reply naming it falls
    // back to its id, which is that thread.
    const links: ThreadLink[] = [];
    posts.forEach((p, i) => {
      const { handleId, externalId, threadKey } = inputs[i];
      if (p.recordsThread && !done[i].result.duplicate && threadKey !== externalId) {
        links.push({ handleId, externalId, threadKey, at: now });
      }
    });
    await this.repo.linkAll(tx, links);
    return done;
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
