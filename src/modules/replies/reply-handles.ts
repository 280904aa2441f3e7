import { Injectable } from '@nestjs/common';
import { ChannelsService } from '../channels';
import { RepliesError, RepliesErrorCode } from './replies.errors';
import { TRANSPORT_PLATFORMS, type TransportPlatform } from './transports/transport';

export interface ReplyHandle {
  id: string;
  platform: TransportPlatform;
  accountId: string;
  purpose: 'service' | 'marketing';
  /** Channel kind (channels.yaml id) whose limits apply to a post. */
  channel: string;
}

/**
 * The brand's handles as the replies work needs them, from the channels
 * module's public API (ChannelsService), which owns policies/channels.yaml.
 */
@Injectable()
export class ReplyHandles {
  constructor(private readonly channels: ChannelsService) {}

  get(id: string): ReplyHandle {
    const h = this.channels.findById(id);
    if (!h) {
      throw new RepliesError(RepliesErrorCode.UNKNOWN_HANDLE, 'Unknown handle.', { handle: id });
    }
    const platform = TRANSPORT_PLATFORMS.find((p) => p === h.platform);
    // The policy loader accepts only these platforms; a mismatch is a programming error.
    if (!platform) throw new Error(`handle ${h.id}: no transport for platform ${h.platform}`);
    return {
      id: h.id,
      platform,
      accountId: h.accountId,
      purpose: h.purpose,
      channel: h.channel,
    };
  }
}
