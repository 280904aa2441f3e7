/**
 * Sizes the classifier represents as 32-bit bit sets (reported intents, the
 * rules matched within an intent). The loader refuses a policy beyond them with
 * the file, line and reason, like any other invalid policy. Decision rules have
 * no such limit: their bit set grows by a word per 32 rules.
 */
export const MAX_INTENTS = 31;
export const MAX_RULES_PER_INTENT = 31;
