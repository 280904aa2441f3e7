import { Injectable } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { ChannelsError, ChannelsErrorCode } from './channels.errors';
import { ChannelsService } from './channels.service';
import type { CreateInboundMessageDto, InboundAcceptedDto } from './dtos/inbound.dto';
import { IntakeService } from './intake.service';

/** Platforms whose messages arrive only through their signed webhooks. */
const WEBHOOK_PLATFORMS = new Set(['x', 'facebook', 'instagram']);

/** POST /v1/inbound: one message from an integration (CRM, web chat, review importer). */
@Injectable()
export class InboundUseCase {
  constructor(
    private readonly channels: ChannelsService,
    private readonly intake: IntakeService,
  ) {}

  async execute(body: CreateInboundMessageDto, actor: Actor): Promise<InboundAcceptedDto> {
    const handle = this.channels.findById(body.handle);
    if (!handle || WEBHOOK_PLATFORMS.has(handle.platform)) {
      throw new ChannelsError(
        ChannelsErrorCode.UNKNOWN_HANDLE,
        'No integration handle with that id.',
      );
    }
    const direct = body.visibility === 'private';
    const r = await this.intake.ingest(
      handle,
      {
        platform: handle.platform,
        accountId: handle.accountId,
        externalId: body.externalId,
        // Without a thread id a public reply joins the thread of the post it answers.
        threadKey: body.threadId ?? (direct ? body.author.id : (body.inReplyTo ?? body.externalId)),
        inReplyTo: body.inReplyTo,
        recordsThread: !direct,
        threadFromParent: !direct && body.threadId === undefined,
        author: { id: body.author.id, handle: body.author.handle, name: body.author.name },
        text: body.text,
        visibility: body.visibility,
        direct,
        occurredAt: body.occurredAt ? new Date(body.occurredAt) : this.intake.now(),
      },
      actor,
    );
    return { messageId: r.messageId, conversationId: r.conversationId, duplicate: r.duplicate };
  }
}
