import { Injectable } from '@nestjs/common';
import type { Transaction } from '../../platform/database/data-source';
import { prepared } from '../../platform/database/prepared-statements';

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

  /** The recorded threads of many posts, by `<handleId>\u0000<externalId>`. */
  async threadsOf(
    tx: Transaction,
    posts: readonly { handleId: string; externalId: string }[],
  ): Promise<Map<string, string>> {
    const rows = await tx.query<{ handle_id: string; external_id: string; thread_key: string }[]>(
      `SELECT handle_id, external_id, thread_key FROM channel_thread_link
        WHERE (handle_id, external_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [posts.map((p) => p.handleId), posts.map((p) => p.externalId)],
    );
    return new Map(rows.map((r) => [`${r.handle_id}\u0000${r.external_id}`, r.thread_key]));
  }

  /**
   * Many links in one statement (a group of posts), in key order so that two
   * groups wait on each other in one order; a link already stored is kept.
   */
  async linkAll(tx: Transaction, unsorted: readonly ThreadLink[]): Promise<void> {
    if (unsorted.length === 0) return;
    const key = (l: ThreadLink) => `${l.handleId}\u0000${l.externalId}`;
    const links = [...unsorted].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    await tx.query(
      prepared(`INSERT INTO channel_thread_link (handle_id, external_id, thread_key, recorded_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[])
       ON CONFLICT DO NOTHING`),
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
