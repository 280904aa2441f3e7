import { Injectable } from '@nestjs/common';
import type { Transaction } from '../../platform/database/data-source';

export interface ThreadLink {
  handleId: string;
  externalId: string;
  threadKey: string;
  at: Date;
}

/** channel_thread_link: the thread of every X post seen on a handle. */
@Injectable()
export class ChannelsRepository {
  async threadOf(
    tx: Transaction,
    handleId: string,
    externalId: string,
  ): Promise<string | undefined> {
    const rows = await tx.query<{ thread_key: string }[]>(
      `SELECT thread_key FROM channel_thread_link WHERE handle_id = $1 AND external_id = $2`,
      [handleId, externalId],
    );
    return rows[0]?.thread_key;
  }

  /** Many links in one statement (a group of posts); a link already stored is kept. */
  async linkAll(tx: Transaction, links: readonly ThreadLink[]): Promise<void> {
    if (links.length === 0) return;
    await tx.query(
      `INSERT INTO channel_thread_link (handle_id, external_id, thread_key, recorded_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[])
       ON CONFLICT DO NOTHING`,
      [
        links.map((l) => l.handleId),
        links.map((l) => l.externalId),
        links.map((l) => l.threadKey),
        links.map((l) => l.at),
      ],
    );
  }

  async link(
    tx: Transaction,
    handleId: string,
    externalId: string,
    threadKey: string,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO channel_thread_link (handle_id, external_id, thread_key, recorded_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [handleId, externalId, threadKey, now],
    );
  }
}
