import { Injectable } from '@nestjs/common';
import { Clock } from '../../../platform/clock/clock';
import { Settings } from '../../../platform/config/settings';
import { SandboxRepository } from '../sandbox.repository';
import { MetaGraphTransport } from './meta-graph.transport';
import { SandboxTransport } from './sandbox.transport';
import {
  TransportError,
  type LookupResult,
  type OutboundMessage,
  type SentMessage,
  type Transport,
  type TransportPlatform,
} from './transport';
import { XApiTransport } from './x-api.transport';

/** A platform with no live transport: every send fails permanently, nothing is tried. */
class NoTransport implements Transport {
  readonly name = 'none';
  send(): Promise<SentMessage> {
    return Promise.reject(TransportError.permanent('no_transport'));
  }
  lookup(): Promise<LookupResult> {
    return Promise.resolve({ found: false });
  }
}

/**
 * The transport each handle's platform sends through: the sandbox unless
 * TRANSPORT=live, then the Meta Graph API for Facebook and Instagram and the
 * X API for X. Tokens and base URLs come from the environment.
 */
@Injectable()
export class TransportRegistry {
  readonly sandbox: SandboxTransport;
  private readonly live: Partial<Record<TransportPlatform, Transport>>;
  private readonly none = new NoTransport();

  constructor(
    private readonly settings: Settings,
    sandboxRepo: SandboxRepository,
    clock: Clock,
  ) {
    this.sandbox = new SandboxTransport(sandboxRepo, clock);
    const nowMs = () => clock.nowMs();
    const meta = new MetaGraphTransport({
      baseUrl: settings.META_GRAPH_BASE_URL,
      version: settings.META_GRAPH_VERSION,
      pageAccessToken: settings.META_PAGE_ACCESS_TOKEN,
      timeoutMs: settings.TRANSPORT_TIMEOUT_MS,
      nowMs,
    });
    const x = new XApiTransport({
      baseUrl: settings.X_API_BASE_URL,
      userAccessToken: settings.X_USER_ACCESS_TOKEN,
      bearerToken: settings.X_BEARER_TOKEN,
      timeoutMs: settings.TRANSPORT_TIMEOUT_MS,
      nowMs,
    });
    this.live = { facebook: meta, instagram: meta, x };
  }

  get mode(): 'sandbox' | 'live' {
    return this.settings.TRANSPORT === 'live' ? 'live' : 'sandbox';
  }

  for(message: Pick<OutboundMessage, 'platform'>): Transport {
    if (this.mode === 'sandbox') return this.sandbox;
    return this.live[message.platform] ?? this.none;
  }
}
