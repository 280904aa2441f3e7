import { Injectable } from '@nestjs/common';
import type { HandleSchema } from '../policy/core';
import { PolicyService } from '../policy';
import { ChannelsError, ChannelsErrorCode } from './channels.errors';

/** One of the brand's accounts (policies/channels.yaml `handles`). */
export interface ChannelHandle {
  id: string;
  platform: string;
  accountId: string;
  handle: string;
  purpose: 'service' | 'marketing';
  /** The channel kind whose SLA and business hours apply. */
  channel: string;
}

/** The brand's own published contact points on a handle: never a customer's finding. */
export interface OwnContacts {
  phones: string[];
  emailDomains: string[];
  urls: string[];
}

function toHandle(h: HandleSchema): ChannelHandle {
  return {
    id: h.id,
    platform: h.platform,
    accountId: h.accountId,
    handle: h.handle,
    purpose: h.purpose,
    channel: h.channel,
  };
}

/** The brand's handles from the policy set in force. */
@Injectable()
export class ChannelsService {
  private readonly byId = new Map<string, HandleSchema>();
  private readonly byAccount = new Map<string, HandleSchema>();

  constructor(private readonly policy: PolicyService) {
    for (const h of policy.current.channels.handles ?? []) {
      this.byId.set(h.id, h);
      this.byAccount.set(`${h.platform}\u0000${h.accountId}`, h);
    }
  }

  handles(): ChannelHandle[] {
    return [...this.byId.values()].map(toHandle);
  }

  platforms(): Set<string> {
    return new Set([...this.byId.values()].map((h) => h.platform));
  }

  handleById(id: string): ChannelHandle {
    const h = this.byId.get(id);
    if (!h) throw new ChannelsError(ChannelsErrorCode.UNKNOWN_HANDLE, 'Unknown handle.');
    return toHandle(h);
  }

  /** The handle a platform's webhook names by its account id, if any. */
  handleByAccount(platform: string, accountId: string): ChannelHandle | undefined {
    const h = this.byAccount.get(`${platform}\u0000${accountId}`);
    return h ? toHandle(h) : undefined;
  }

  ownContacts(handleId: string): OwnContacts {
    const h = this.byId.get(handleId);
    const c = h?.ownContacts;
    return {
      phones: [...(c?.phones ?? [])],
      emailDomains: [...(c?.emailDomains ?? [])],
      urls: [...(c?.urls ?? [])],
    };
  }

  /** The channel kind whose SLA applies to a message: direct messages use `dm` when declared. */
  channelFor(handle: ChannelHandle, direct: boolean): string {
    if (!direct) return handle.channel;
    return this.policy.current.channels.channels.some((c) => c.id === 'dm') ? 'dm' : handle.channel;
  }
}
