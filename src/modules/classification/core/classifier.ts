/**
 * The classifier without Nest or a database, for the CLI, tests, benchmarks
 * and other services; published as `countersign/classification` (core/index.ts).
 */
import { loadPolicySet, type PolicySet } from '../../policy/core';
import { classifyCompiled, compiledClassifierFor } from './classify';
import type { ClassificationContext, ClassificationResult } from './classification.types';

export { loadPolicySet, PolicyValidationError, type PolicySet } from '../../policy/core';

export interface Classifier {
  /** `sha256:…` of the policy set every decision cites. */
  readonly policyVersion: string;
  readonly policySet: PolicySet;
  classify(text: string, context?: ClassificationContext): ClassificationResult;
}

export interface CreateClassifierOptions {
  /** Folder of policy YAML files; the shipped `policies/` by default. */
  policiesDir?: string;
  /** An already loaded policy set (takes precedence over `policiesDir`). */
  policySet?: PolicySet;
}

/**
 * Loads and validates the policy (throwing `PolicyValidationError` when invalid)
 * and compiles it into detectors and lexicons once; `classify` is then a pure,
 * synchronous function of the text and its context.
 */
export function createClassifier(options: CreateClassifierOptions = {}): Classifier {
  const policySet = options.policySet ?? loadPolicySet(options.policiesDir);
  const compiled = compiledClassifierFor(policySet);
  return {
    policyVersion: policySet.version,
    policySet,
    classify: (text, context) => classifyCompiled(compiled, text, context),
  };
}
