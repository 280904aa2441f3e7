/** Public library entry (`countersign/classification`): pure, no Nest or database. */
export * from './classifier';
export * from './classification.types';
export {
  classify,
  classifyCompiled,
  compileClassifier,
  compiledClassifierFor,
  type CompiledClassifier,
} from './classify';
export { INVARIANT_OFFLINE_ROUTING, INVARIANT_UNREAD_NUMBER } from './decision-engine';
export { normalizeText, toOriginalSpan, type NormalizedText } from './text-normalizer';
export {
  luhnValid,
  abaValid,
  ssnValid,
  ibanValid,
  cardNetwork,
  isCardNumber,
  IBAN_LENGTHS,
  type CardNetwork,
} from './checksums';
export type { CompiledPolicy } from './compiled-policy';
