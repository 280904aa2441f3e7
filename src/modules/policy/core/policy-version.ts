import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * `sha256:` + hex SHA-256 of the RFC 8785 canonical JSON of `{ fileName: content }`.
 * Key order and YAML formatting do not change it; any change of content does
 * (DESIGN.md invariant 8: every decision cites this version).
 */
export function computePolicyVersion(files: Readonly<Record<string, unknown>>): string {
  const canonical = canonicalize(files);
  if (canonical === undefined) throw new TypeError('policy content cannot be canonicalised');
  return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}
