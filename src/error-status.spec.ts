import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_STATUS } from './error-status';
import { projectRoot } from './platform/paths';

describe('error codes', () => {
  const doc = readFileSync(join(projectRoot(), 'docs', 'errors.md'), 'utf8');

  it.each(Object.entries(ERROR_STATUS))(
    'docs/errors.md documents %s with status %i',
    (code, status) => {
      expect(doc).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
    },
  );

  it('every code is SCREAMING_SNAKE', () => {
    for (const code of Object.keys(ERROR_STATUS)) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});
