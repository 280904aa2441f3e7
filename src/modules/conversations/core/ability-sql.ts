/**
 * Turns the caller's CASL conditions for one action and subject into a SQL
 * condition, so that a list is filtered by the database before it is paged
 * (a page is never short because rows were dropped after the query, and a row
 * the caller may not read is never fetched). Pure: the query shape comes from
 * CASL's `rulesToQuery`.
 *
 * Fails closed: a field or an operator the map does not know throws, it is
 * never ignored.
 */

export type Scalar = string | number | boolean | null;

export interface AbilityQuery {
  $or?: object[];
  $and?: object[];
}

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

export class UnsupportedConditionError extends Error {}

/** Builds SQL with positional parameters starting after `offset`. */
export function abilityQueryToSql(
  query: AbilityQuery | null,
  columns: Readonly<Record<string, string>>,
  offset = 0,
): SqlCondition {
  const params: unknown[] = [];
  const param = (v: unknown): string => {
    params.push(v);
    return `$${offset + params.length}`;
  };

  const field = (name: string, value: unknown): string => {
    const col = columns[name];
    if (!col) throw new UnsupportedConditionError(`no column for condition field "${name}"`);
    if (value === null) return `${col} IS NULL`;
    if (typeof value !== 'object') return `${col} = ${param(value)}`;
    const parts: string[] = [];
    for (const [op, v] of Object.entries(value as Record<string, unknown>)) {
      switch (op) {
        case '$eq':
          parts.push(v === null ? `${col} IS NULL` : `${col} = ${param(v)}`);
          break;
        case '$ne':
          parts.push(v === null ? `${col} IS NOT NULL` : `${col} IS DISTINCT FROM ${param(v)}`);
          break;
        case '$in':
        case '$nin': {
          if (!Array.isArray(v)) throw new UnsupportedConditionError(`${op} needs a list`);
          const list = `${col} = ANY(${param(v)})`;
          parts.push(op === '$in' ? `COALESCE(${list}, false)` : `NOT COALESCE(${list}, false)`);
          break;
        }
        default:
          throw new UnsupportedConditionError(`operator ${op} is not supported in list filters`);
      }
    }
    if (parts.length === 0) throw new UnsupportedConditionError(`empty condition on "${name}"`);
    return parts.join(' AND ');
  };

  const conditions = (obj: object): string => {
    const parts: string[] = [];
    for (const [key, value] of Object.entries(obj)) {
      if (key === '$not') {
        parts.push(`NOT (${conditions(value as object)})`);
      } else if (key.startsWith('$')) {
        throw new UnsupportedConditionError(`operator ${key} is not supported in list filters`);
      } else {
        parts.push(field(key, value));
      }
    }
    return parts.length === 0 ? 'TRUE' : `(${parts.join(' AND ')})`;
  };

  if (query === null) return { sql: 'FALSE', params };
  const clauses: string[] = [];
  if (query.$or) clauses.push(`(${query.$or.map(conditions).join(' OR ')})`);
  if (query.$and) clauses.push(...query.$and.map(conditions));
  return { sql: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), params };
}

/** The converter to pass to `rulesToQuery`: an inverted rule excludes what it matches. */
export function ruleToQuery(rule: { inverted: boolean; conditions?: object }): object {
  const conditions = rule.conditions ?? {};
  return rule.inverted ? { $not: conditions } : conditions;
}
