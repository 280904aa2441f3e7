import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The KPI rollup trigger of `conversation` (KpiRollups1764000500002) turns an
 * UPDATE into the new rows' facts minus the old rows' facts. Most updates of a
 * conversation (a new inbound message: its last message time, latest decision,
 * version) touch no column a fact reads, and their facts cancel out exactly,
 * after being computed for every grain, handle and dimension. This migration
 * keeps only the pairs of old and new row that differ in a column the facts
 * read, so the trigger's result is the same and its cost follows the changes
 * that count.
 *
 * The function is rewritten in place from its own definition, so that the
 * facts stay those of the KpiRollups migration.
 */
export class KpiConversationChangedPairs1764000800000 implements MigrationInterface {
  name = 'KpiConversationChangedPairs1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await rewrite(q, ALL_PAIRS, CHANGED_PAIRS);
  }

  async down(q: QueryRunner): Promise<void> {
    await rewrite(q, CHANGED_PAIRS, ALL_PAIRS);
  }
}

/** The columns of `conversation` that its facts read (FACTS.conversation of KpiRollups). */
const FACT_COLUMNS = [
  'handle_id',
  'channel',
  'created_at',
  'priority',
  'intents',
  'first_response_due_at',
  'first_response_at',
  'resolved_at',
  'first_response_breached_at',
  'resolution_breached_at',
];

const differs = `(${FACT_COLUMNS.map((c) => `nr.${c}`).join(', ')}) IS DISTINCT FROM (${FACT_COLUMNS.map((c) => `orr.${c}`).join(', ')})`;

/** The UPDATE branch's rows as KpiRollups wrote them. */
const ALL_PAIRS =
  '(SELECT nr.*, 1 AS sign FROM new_rows nr UNION ALL SELECT orr.*, -1 FROM old_rows orr)';

const CHANGED_PAIRS =
  `(SELECT nr.*, 1 AS sign FROM new_rows nr JOIN old_rows orr ON orr.id = nr.id WHERE ${differs} ` +
  `UNION ALL SELECT orr.*, -1 FROM old_rows orr JOIN new_rows nr ON nr.id = orr.id WHERE ${differs})`;

async function rewrite(q: QueryRunner, from: string, to: string): Promise<void> {
  const rows = (await q.query(
    `SELECT pg_get_functiondef('kpi_conversation_changed()'::regprocedure) AS def`,
  )) as { def: string }[];
  const def = rows[0].def;
  // The facts read the rows twice (the facts, then the intents).
  if (def.split(from).length !== 3) {
    throw new Error('kpi_conversation_changed() is not the function this migration rewrites');
  }
  await q.query(def.split(from).join(to));
}
