import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../platform/clock/clock';
import type { SandboxRepository } from '../sandbox.repository';
import type {
  LookupResult,
  OutboundMessage,
  SentMessage,
  Transport,
  TransportError,
} from './transport';

/**
 * The default transport: records what would have been sent in
 * `sandbox_delivery` (readable at GET /v1/transports/sandbox/deliveries), so
 * that the whole loop runs with no platform account. It honours idempotency
 * keys, so a repeated send returns the first delivery, and answers look-ups.
 */
export class SandboxTransport implements Transport {
  readonly name = 'sandbox';

  constructor(
    private readonly repo: SandboxRepository,
    private readonly clock: Clock,
  ) {}

  async send(message: OutboundMessage): Promise<SentMessage> {
    const [out] = await this.sendMany([message]);
    if (!('platformMessageId' in out)) throw out;
    return out;
  }

  async sendMany(messages: OutboundMessage[]): Promise<Array<SentMessage | TransportError>> {
    const ids = await this.repo.deliver(
      messages.map((m) => ({
        ...m,
        id: randomUUID(),
        platformMessageId: `sandbox-${randomUUID()}`,
      })),
      this.clock.now(),
    );
    return messages.map((m) => ({ platformMessageId: ids.get(m.idempotencyKey)! }));
  }

  async lookup(message: OutboundMessage): Promise<LookupResult> {
    const row = await this.repo.byKey(message.idempotencyKey);
    return row ? { found: true, platformMessageId: row.platformMessageId } : { found: false };
  }
}
