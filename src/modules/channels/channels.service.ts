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
  readonly phones: readonly string[];
  readonly emailDomains: readonly string[];
  readonly urls: readonly string[];
}

const NO_CONTACTS: OwnContacts = Object.freeze({
  phones: Object.freeze([]),
  emailDomains: Object.freeze([]),
  urls: Object.freeze([]),
});

function toHandle(h: HandleSchema): ChannelHandle {
  return Object.freeze({
    id: h.id,
    platform: h.platform,
    accountId: h.accountId,
    handle: h.handle,
    purpose: h.purpose,
    channel: h.channel,
  });
}

function toContacts(h: HandleSchema): OwnContacts {
  const c = h.ownContacts;
  return Object.freeze({
    phones: Object.freeze([...(c?.phones ?? [])]),
    emailDomains: Object.freeze([...(c?.emailDomains ?? [])]),
    urls: Object.freeze([...(c?.urls ?? [])]),
  });
}

/**
 * The brand's handles from the policy set in force, built once per process:
 * the policy set is fixed for the life of the process, and the same frozen
 * objects on every post let the classifier reuse what it derived from them.
 */
@Injectable()
export class ChannelsService {
  private readonly byId = new Map<string, ChannelHandle>();
  private readonly byAccount = new Map<string, ChannelHandle>();
  private readonly contacts = new Map<string, OwnContacts>();
  private readonly dmDeclared: boolean;

  constructor(policy: PolicyService) {
    for (const h of policy.current.channels.handles ?? []) {
      const handle = toHandle(h);
      this.byId.set(h.id, handle);
      this.byAccount.set(`${h.platform}\u0000${h.accountId}`, handle);
      this.contacts.set(h.id, toContacts(h));
    }
    this.dmDeclared = policy.current.channels.channels.some((c) => c.id === 'dm');
  }

  handles(): ChannelHandle[] {
    return [...this.byId.values()];
  }

  platforms(): Set<string> {
    return new Set([...this.byId.values()].map((h) => h.platform));
  }

  handleById(id: string): ChannelHandle {
    const h = this.byId.get(id);
    if (!h) throw new ChannelsError(ChannelsErrorCode.UNKNOWN_HANDLE, 'Unknown handle.');
    return h;
  }

  /** The handle with this id, if any. */
  findById(id: string): ChannelHandle | undefined {
    return this.byId.get(id);
  }

  /** The handle a platform's webhook names by its account id, if any. */
  handleByAccount(platform: string, accountId: string): ChannelHandle | undefined {
    return this.byAccount.get(`${platform}\u0000${accountId}`);
  }

  ownContacts(handleId: string): OwnContacts {
    return this.contacts.get(handleId) ?? NO_CONTACTS;
  }

  /** The channel kind whose SLA applies to a message: direct messages use `dm` when declared. */
  channelFor(handle: ChannelHandle, direct: boolean): string {
    return direct && this.dmDeclared ? 'dm' : handle.channel;
  }
}
