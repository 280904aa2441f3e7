export * from './policy-vocabulary';
export * from '../../../platform/policy-files/policy-validation.error';
export * from './policy-limits';
export {
  parsePolicyFile,
  readPolicyDocument,
  validatePolicyDocument,
  ReportAtParent,
  formatPolicyPath,
  type PolicyDocument,
  type PolicyPathSegment,
} from '../../../platform/policy-files/policy-file.parser';
export { computePolicyVersion } from './policy-version';
export {
  boundedRegexProblem,
  compileTokenPattern,
  minMatchLength,
  MAX_REGEX_BOUND,
} from './bounded-regex';
export * from './detectors-policy.schema';
export * from './intents-policy.schema';
export * from './rules-policy.schema';
export * from './channels-policy.schema';
export {
  loadPolicySet,
  policySetFromFiles,
  POLICY_FILES,
  REQUIRED_INTENTS,
  type PolicySet,
} from './policy-set.loader';
