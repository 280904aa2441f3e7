import type { Client } from 'pg';

/**
 * Specs here insert reply rows directly; `reply.due_at` (required once the
 * replies module's sign-off queue migration ran) is filled with the row's
 * creation time when the column exists.
 */
export async function replyDue(db: Pick<Client, 'query'>): Promise<{
  col: string;
  val: (expr: string) => string;
}> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM information_schema.columns WHERE table_name = 'reply' AND column_name = 'due_at'`,
  );
  const has = (rowCount ?? 0) > 0;
  return { col: has ? ', due_at' : '', val: (expr) => (has ? `, ${expr}` : '') };
}
