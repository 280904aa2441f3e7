/** UUIDs and hex digests (32 hex digits or more): random text that a search for a value's digits must skip. */
const RANDOM_IDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,}/gi;

/**
 * `text` without its UUIDs and hex digests, so that `.not.toContain('4111')` asserts that no
 * part of a card number is kept, and does not fail when an id happens to hold those digits.
 */
export function withoutRandomIds(text: string): string {
  return text.replace(RANDOM_IDS, '');
}

/** The same, in SQL, for a text column or expression (PostgreSQL reads the pattern alike). */
export const WITHOUT_RANDOM_IDS_SQL = (expr: string): string =>
  `regexp_replace(${expr}, '${RANDOM_IDS.source}', '', 'gi')`;
