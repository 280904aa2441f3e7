import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cachedRoot: string | undefined;

/**
 * The folder holding Countersign's package.json, found by walking up from this
 * file, so that the same code finds `policies/`, `templates/` and `migrations/`
 * whether it runs from `src/` (tests) or from `dist/src/` (built).
 */
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'countersign') return (cachedRoot = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('countersign package root not found');
    dir = parent;
  }
}

export function defaultPoliciesDir(): string {
  return join(projectRoot(), 'policies');
}
