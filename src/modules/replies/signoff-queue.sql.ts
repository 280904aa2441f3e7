/**
 * The SQL condition "the next role still missing on this item is one of
 * `$1::text[]`": the first role of `required_signoffs`, in policy order, that
 * has no approval yet. Drafts and scheduled posts queue for sign-off alike.
 */
export function nextSignoffRoleIn(item: {
  alias: string;
  signoffTable: 'reply_signoff' | 'scheduled_post_signoff';
  foreignKey: 'reply_id' | 'scheduled_post_id';
}): string {
  const { alias, signoffTable, foreignKey } = item;
  return `(
            SELECT role FROM unnest(${alias}.required_signoffs) WITH ORDINALITY AS q(role, n)
             WHERE NOT EXISTS (SELECT 1 FROM ${signoffTable} s
                                WHERE s.${foreignKey} = ${alias}.id AND s.role = q.role
                                  AND s.decision = 'approve')
             ORDER BY n LIMIT 1
          ) = ANY($1::text[])`;
}
