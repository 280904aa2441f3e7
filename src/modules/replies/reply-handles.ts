import { Injectable } from '@nestjs/common';
import { PolicyService } from '../policy';
import { RepliesError, RepliesErrorCode } from './replies.errors';
import type { TransportPlatform } from './transports/transport';

export interface ReplyHandle {
  id: string;
  platform: TransportPlatform;
  accountId: string;
  purpose: 'service' | 'marketing';
  /** Channel kind (channels.yaml id) whose limits apply to a post. */
  channel: string;
}

/** The brand's handles (policies/channels.yaml `handles`), as the replies work needs them. */
@Injectable()
export class ReplyHandles {
  private readonly byId = new Map<string, ReplyHandle>();

  constructor(policy: PolicyService) {
    for (const h of policy.current.channels.handles ?? []) {
      this.byId.set(h.id, {
        id: h.id,
        platform: h.platform,
        accountId: h.accountId,
        purpose: h.purpose,
        channel: h.channel,
      });
    }
  }

  get(id: string): ReplyHandle {
    const h = this.byId.get(id);
    if (!h)
      throw new RepliesError(RepliesErrorCode.UNKNOWN_HANDLE, 'Unknown handle.', { handle: id });
    return h;
  }
}
