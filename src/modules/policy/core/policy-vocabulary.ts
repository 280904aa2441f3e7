/**
 * Closed vocabularies shared by the policy schemas and the classifier. The entity
 * names are part of the public API (DESIGN.md, "Sensitive-data detection").
 */
export const ENTITY_TYPES = [
  'CARD_NUMBER',
  'BANK_ACCOUNT',
  'ROUTING_NUMBER',
  'IBAN',
  'SSN',
  'DATE_OF_BIRTH',
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'CREDENTIAL',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RULE_ACTIONS = [
  'route_offline',
  'require_signoff',
  'block_public_reply',
  'priority',
  'hide_public_post',
] as const;
export type RuleActionType = (typeof RULE_ACTIONS)[number];

/**
 * The actions a decision lists: every rule action but `priority`, which sets the
 * decision's priority instead. Derived from RULE_ACTIONS, so an action added
 * there is carried through to decisions with nothing else to change.
 */
export type DecisionAction = Exclude<RuleActionType, 'priority'>;
export const DECISION_ACTIONS: readonly DecisionAction[] = RULE_ACTIONS.filter(
  (a): a is DecisionAction => a !== 'priority',
);

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Kinds of context words the entity detectors understand (detectors.yaml `contexts`). */
export const CONTEXT_CATEGORIES = [
  'account',
  'card',
  'routing',
  'ssn',
  'member',
  'loan',
  'policy',
  'phone',
  'dob',
  'verify',
  'partial',
  'reference',
  'address',
  'branch',
  'pobox',
] as const;
export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];

/**
 * How a credential keyword's value is recognised (detectors.yaml `credentials`): `secret` one
 * token (a password, a username), `digits` a run of digits (a PIN, a card code, a one-time
 * code), `phrase` a run of twelve to twenty-four plain words within reach after the keyword (a
 * crypto wallet's recovery phrase).
 */
export const CREDENTIAL_VALUE_KINDS = ['secret', 'digits', 'phrase'] as const;
export type CredentialValueKind = (typeof CREDENTIAL_VALUE_KINDS)[number];

/**
 * Intent models shipped with the classifier (classification core, `intent-model.<id>.json`)
 * that an intents.yaml rule may name with `model:`.
 */
export const INTENT_MODELS = ['intents-lr-1'] as const;
export type IntentModelId = (typeof INTENT_MODELS)[number];

/**
 * Digit-run models shipped with the classifier (classification core,
 * `digit-run-model.<id>.json`) that detectors.yaml may name with `digitRunModel`.
 */
export const DIGIT_RUN_MODELS = ['runs-lr-1'] as const;
export type DigitRunModelId = (typeof DIGIT_RUN_MODELS)[number];

/**
 * Credential models shipped with the classifier (classification core,
 * `credential-model.<id>.json`) that detectors.yaml may name with `credentialModel`.
 */
export const CREDENTIAL_MODELS = ['creds-lr-1'] as const;
export type CredentialModelId = (typeof CREDENTIAL_MODELS)[number];

export const NEGATION_MODES = ['reduce', 'drop', 'ignore'] as const;
export type NegationMode = (typeof NEGATION_MODES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Platforms a channel handle can live on (channels.yaml `handles`). */
export const HANDLE_PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'google_reviews',
  'web_chat',
  'generic',
] as const;
export type HandlePlatform = (typeof HANDLE_PLATFORMS)[number];

export const HANDLE_PURPOSES = ['service', 'marketing'] as const;
export type HandlePurpose = (typeof HANDLE_PURPOSES)[number];

/**
 * What intake keeps of a sensitive value before anything is stored
 * (detectors.yaml `entities[].storage`): `truncate` keeps at most the last four
 * digits, `remove` keeps nothing, `seal` masks it in the stored text and keeps
 * the original sealed under the data subject's key. Card numbers and
 * credentials can never be sealed (PCI DSS 3.3.1, 3.4.1).
 */
export const STORAGE_TREATMENTS = ['truncate', 'remove', 'seal'] as const;
export type StorageTreatment = (typeof STORAGE_TREATMENTS)[number];
