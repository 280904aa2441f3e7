import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OutboundMessage } from './transports/transport';

export interface SandboxDeliveryRow {
  id: string;
  idempotencyKey: string;
  platform: string;
  kind: string;
  accountId: string;
  inReplyTo: string | null;
  recipientId: string | null;
  text: string;
  platformMessageId: string;
  deliveredAt: Date;
  repeatSends: number;
}

interface Raw {
  id: string;
  idempotency_key: string;
  platform: string;
  kind: string;
  account_id: string;
  in_reply_to: string | null;
  recipient_id: string | null;
  text: string;
  platform_message_id: string;
  delivered_at: Date;
  repeat_sends: number;
}

const toRow = (r: Raw): SandboxDeliveryRow => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  platform: r.platform,
  kind: r.kind,
  accountId: r.account_id,
  inReplyTo: r.in_reply_to,
  recipientId: r.recipient_id,
  text: r.text,
  platformMessageId: r.platform_message_id,
  deliveredAt: r.delivered_at,
  repeatSends: r.repeat_sends,
});

/**
 * What the sandbox transport "sent". Each delivery commits on its own, as a
 * platform call would, outside the dispatcher's transactions; the unique
 * idempotency key makes a repeated send return the first delivery.
 */
@Injectable()
export class SandboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the deliveries; a key seen before keeps its first delivery (and
   * counts the repeat, so a duplicate send is visible). Returns every key's
   * delivery id.
   */
  async deliver(
    messages: Array<OutboundMessage & { id: string; platformMessageId: string }>,
    at: Date,
  ): Promise<Map<string, string>> {
    if (messages.length === 0) return new Map();
    const keys = messages.map((m) => m.idempotencyKey);
    const rows = await this.dataSource.query<
      { idempotency_key: string; platform_message_id: string }[]
    >(
      `INSERT INTO sandbox_delivery (id, idempotency_key, platform, kind, account_id, in_reply_to,
         recipient_id, text, platform_message_id, delivered_at)
       SELECT v.*, $10::timestamptz FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[],
         $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS v
       ON CONFLICT (idempotency_key)
         DO UPDATE SET repeat_sends = sandbox_delivery.repeat_sends + 1
       RETURNING idempotency_key, platform_message_id`,
      [
        messages.map((m) => m.id),
        keys,
        messages.map((m) => m.platform),
        messages.map((m) => m.kind),
        messages.map((m) => m.accountId),
        messages.map((m) => m.inReplyTo ?? null),
        messages.map((m) => m.recipientId ?? null),
        messages.map((m) => m.text),
        messages.map((m) => m.platformMessageId),
        at,
      ],
    );
    return new Map(rows.map((r) => [r.idempotency_key, r.platform_message_id]));
  }

  async byKey(idempotencyKey: string): Promise<SandboxDeliveryRow | undefined> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT * FROM sandbox_delivery WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  /** In delivery order, after the cursor position. */
  async page(
    after: { deliveredAt: string; id: string } | undefined,
    limit: number,
  ): Promise<SandboxDeliveryRow[]> {
    const rows = await this.dataSource.query<Raw[]>(
      after
        ? `SELECT * FROM sandbox_delivery WHERE (delivered_at, id) > ($1::timestamptz, $2::uuid)
           ORDER BY delivered_at, id LIMIT $3`
        : `SELECT * FROM sandbox_delivery ORDER BY delivered_at, id LIMIT $1`,
      after ? [after.deliveredAt, after.id, limit] : [limit],
    );
    return rows.map(toRow);
  }
}
