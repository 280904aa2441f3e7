import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileOnce, readOrCreateFile } from './create-once';

describe('createFileOnce', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'create-once-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file once, private, and leaves no temporary file behind', () => {
    const file = join(dir, 'key');
    expect(createFileOnce(file, 'first')).toBe(true);
    expect(createFileOnce(file, 'second')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['key']);
  });

  it('reads an existing file, or makes it', () => {
    const file = join(dir, 'key');
    expect(readOrCreateFile(file, () => ' made \n')).toEqual({ value: 'made', created: true });
    expect(readOrCreateFile(file, () => 'other')).toEqual({ value: 'made', created: false });
  });
});
