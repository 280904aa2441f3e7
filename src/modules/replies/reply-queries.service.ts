import { Injectable } from '@nestjs/common';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import {
  decodeCursor,
  pageLimit,
  pageOf,
  type Page,
  type PageQueryDto,
} from '../../platform/http/pagination';
import { ConversationsError, ConversationsService, type MessageView } from '../conversations';
import { allowedPurposes, nextSignoffRole } from './core/reply-rules';
import { CrisisRepository } from './crisis.repository';
import type {
  ConversationReplyDto,
  SignoffQueueItemDto,
  SuggestionsResponseDto,
} from './dtos/reply.dtos';
import { conversationReplyResponse } from './replies.mapper';
import { TemplatesPort } from './replies.ports';
import { RepliesRepository, type ReplyRow, type SignoffRow } from './replies.repository';
import {
  ScheduledPostsRepository,
  type PostSignoffRow,
  type ScheduledPostRow,
} from './scheduled-posts.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Reads for the agent's template picker and the sign-off queue. */
@Injectable()
export class ReplyQueriesService {
  constructor(
    private readonly replies: RepliesRepository,
    private readonly conversations: ConversationsService,
    private readonly crisis: CrisisRepository,
    private readonly templates: TemplatesPort,
    private readonly posts: ScheduledPostsRepository,
  ) {}

  /**
   * Approved, in-review templates that fit the conversation's intents, channel
   * and visibility, best first; limited to crisis purposes in crisis mode and
   * to offline routing where policy keeps the conversation off the public channel.
   */
  async suggestions(
    ability: AppAbility,
    conversationId: string,
    q: { channel?: string; visibility?: 'public' | 'private' },
  ): Promise<SuggestionsResponseDto> {
    const { conversation: c, messages } = await this.conversations.getConversationForReply(
      conversationId,
      ability,
    );
    const channel = q.channel ?? c.channel;
    const inbound = [...messages].reverse().find((m) => m.direction === 'inbound');
    const visibility =
      q.visibility ?? (channel === 'dm' ? 'private' : (inbound?.visibility ?? 'public'));
    const purposes = allowedPurposes({
      crisis: !!(await this.crisis.active()),
      visibility,
      actions: c.decision.actions,
      routeOfflineRequired: c.routeOfflineRequired,
    });
    const items = await this.templates.suggestions({
      intents: c.intents,
      channel,
      visibility,
      purposes,
    });
    return { items, allowedPurposes: purposes ? [...purposes] : null };
  }

  /**
   * The replies of a conversation, newest first, with their sign-offs so far.
   * Authorized on the conversation object: a caller who may not read it (a
   * remote agent and an account-specific conversation) gets CONVERSATION_NOT_FOUND.
   */
  async ofConversation(
    ability: AppAbility,
    conversationId: string,
    q: PageQueryDto,
  ): Promise<Page<ConversationReplyDto>> {
    await this.conversations.getConversationForReply(conversationId, ability);
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { at: 'string', id: 'string' });
    if (after && !(UUID.test(String(after.id)) && !Number.isNaN(Date.parse(String(after.at))))) {
      throw new PlatformError(
        PlatformErrorCode.BAD_REQUEST,
        'The cursor is not valid for this list.',
      );
    }
    const rows = await this.replies.byConversation(
      conversationId,
      after ? { createdAt: String(after.at), id: String(after.id) } : undefined,
      limit + 1,
    );
    const kept = rows.slice(0, limit);
    const signoffs = new Map<string, SignoffRow[]>();
    for (const s of await this.replies.signoffsOfMany(kept.map((r) => r.id))) {
      signoffs.set(s.replyId, [...(signoffs.get(s.replyId) ?? []), s]);
    }
    return pageOf(
      rows,
      limit,
      (r) => ({ at: r.createdAt.toISOString(), id: r.id }),
      (r) => conversationReplyResponse(r, signoffs.get(r.id) ?? []),
    );
  }

  /**
   * Drafts and scheduled posts whose next sign-off is for one of the caller's
   * roles, the conversation due soonest (or longest overdue) or the post to
   * be published soonest first.
   */
  async signoffQueue(
    ability: AppAbility,
    roles: readonly string[],
    q: PageQueryDto,
  ): Promise<Page<SignoffQueueItemDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { at: 'string', id: 'string' });
    if (after && !(UUID.test(String(after.id)) && !Number.isNaN(Date.parse(String(after.at))))) {
      throw new PlatformError(
        PlatformErrorCode.BAD_REQUEST,
        'The cursor is not valid for this list.',
      );
    }
    const position = after ? { at: String(after.at), id: String(after.id) } : undefined;
    // Drafts and scheduled posts in one queue, merged on (due time, id).
    const [replies, posts] = await Promise.all([
      this.replies.pendingFor(
        [...roles],
        position && { dueAt: position.at, id: position.id },
        limit + 1,
      ),
      this.posts.pendingFor([...roles], position, limit + 1),
    ]);
    const merged: Array<{ at: Date; id: string; reply?: ReplyRow; post?: ScheduledPostRow }> = [
      ...replies.map((r) => ({ at: r.dueAt, id: r.id, reply: r })),
      ...posts.map((p) => ({ at: p.publishAt, id: p.id, post: p })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const page = pageOf(
      merged.slice(0, limit + 1),
      limit,
      (r) => ({ at: r.at.toISOString(), id: r.id }),
      (r) => r,
    );
    const postSignoffs = await this.posts.signoffsOf(
      page.items.flatMap((i) => (i.post ? [i.post.id] : [])),
    );
    const items: SignoffQueueItemDto[] = [];
    for (const i of page.items) {
      items.push(
        i.reply
          ? await this.queueItem(ability, i.reply)
          : postQueueItem(
              i.post!,
              postSignoffs.filter((s) => s.scheduledPostId === i.id),
            ),
      );
    }
    return { items, nextCursor: page.nextCursor };
  }

  private async queueItem(ability: AppAbility, r: ReplyRow): Promise<SignoffQueueItemDto> {
    let messages: MessageView[] = [];
    try {
      messages = (await this.conversations.getConversationForReply(r.conversationId, ability))
        .messages;
    } catch (err) {
      if (!(err instanceof ConversationsError)) throw err;
    }
    const approved = (await this.replies.signoffsOf(r.id))
      .filter((s) => s.decision === 'approve')
      .map((s) => s.role);
    return {
      kind: 'reply',
      replyId: r.id,
      scheduledPostId: null,
      conversationId: r.conversationId,
      handle: null,
      publishAt: null,
      text: r.text,
      templateVersionId: r.templateVersionId,
      purpose: r.purpose,
      requiredSignoffs: r.requiredSignoffs,
      nextRole: nextSignoffRole(r.requiredSignoffs, approved) ?? '',
      ruleIds: r.ruleIds,
      policyVersion: r.policyVersion,
      authorId: r.authorId,
      dueAt: r.dueAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
      version: r.version,
      messages: messages.map((m) => ({
        id: m.id,
        direction: m.direction,
        text: m.text,
        occurredAt: m.occurredAt.toISOString(),
      })),
    };
  }
}

function postQueueItem(p: ScheduledPostRow, signoffs: PostSignoffRow[]): SignoffQueueItemDto {
  return {
    kind: 'scheduled_post',
    replyId: null,
    scheduledPostId: p.id,
    conversationId: null,
    handle: p.handleId,
    publishAt: p.publishAt.toISOString(),
    text: p.text,
    templateVersionId: p.templateVersionId,
    purpose: p.purpose ?? '',
    requiredSignoffs: p.requiredSignoffs,
    nextRole:
      nextSignoffRole(
        p.requiredSignoffs,
        signoffs.filter((s) => s.decision === 'approve').map((s) => s.role),
      ) ?? '',
    ruleIds: [],
    policyVersion: p.policyVersion,
    authorId: p.authorId,
    dueAt: p.publishAt.toISOString(),
    createdAt: p.createdAt.toISOString(),
    version: p.version,
    messages: [],
  };
}
