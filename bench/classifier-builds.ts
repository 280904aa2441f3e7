/**
 * What the A/B scripts of the classifier share (classify-ab.ts,
 * classify-hostile-ab.ts): a classifier loaded from another build's
 * dist-bench (with its own policies, those of the project root it is in), and
 * the median.
 */
import { resolve } from 'node:path';
import type { createClassifier as CreateClassifier } from '../src/modules/classification/core';

export type Classifier = ReturnType<typeof CreateClassifier>;

/** The classifier of the build whose project root is `root`. */
export function loadClassifierBuild(root: string): Classifier {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(resolve(root, 'dist-bench/src/modules/classification/core')) as {
    createClassifier: typeof CreateClassifier;
  };
  return core.createClassifier();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[sorted.length >> 1] ?? 0;
}
