import { createHash } from 'node:crypto';
import type { PoolClient, QueryConfig } from 'pg';

/**
 * Statements on the hot write paths (intake's group write, the archive's
 * staging, subject keys) run many times a second with the same text. Sent as
 * unnamed statements, PostgreSQL parses, analyses and plans each one every
 * time: about a quarter of its CPU on the intake path. Marked with
 * `prepared(sql)`, a statement is prepared once per connection under a name
 * derived from its text, and later executions only bind and run it.
 *
 * Only marked statements are prepared, so the number per connection is
 * bounded by the code (a statement whose text is built from a few optional
 * parts counts once per shape), and no other query is moved to a generic
 * plan. On the embedded database, whose socket server shares one session
 * between its connections, names would collide: there the mark is only a
 * comment and the statement runs unnamed.
 */
const MARK = '/* prepared */ ';

/** Marks `sql` to be prepared once per connection (see above). */
export function prepared(sql: string): string {
  return MARK + sql;
}

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `cs_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** Makes a pooled connection run marked statements as named, prepared ones. */
export function prepareMarkedStatements(client: PoolClient): void {
  const query = client.query.bind(client) as Query;
  const wrapped: Query = (config, values, callback) => {
    if (typeof config === 'string' && config.startsWith(MARK) && Array.isArray(values)) {
      const named: QueryConfig = { name: nameOf(config), text: config, values };
      return query(named, callback);
    }
    return query(config, values, callback);
  };
  (client as unknown as { query: Query }).query = wrapped;
}
