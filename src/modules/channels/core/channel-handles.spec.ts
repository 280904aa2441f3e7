import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicySet, PolicyValidationError } from '../../policy/core';

const shipped = join(__dirname, '../../../../policies');

describe('channel handles in channels.yaml', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cs-handles-'));
    cpSync(shipped, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, fn: (t: string) => string) =>
    writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));
  const problems = (): string => {
    try {
      loadPolicySet(dir);
      return '';
    } catch (err) {
      if (err instanceof PolicyValidationError) return err.message;
      throw err;
    }
  };

  it('the shipped policy has a service handle on X, Facebook, Instagram and generic', () => {
    const handles = loadPolicySet(shipped).channels.handles ?? [];
    const service = new Set(handles.filter((h) => h.purpose === 'service').map((h) => h.platform));
    expect([...service].sort()).toEqual(['facebook', 'generic', 'instagram', 'x']);
  });

  it('refuses a handle whose channel is not declared, duplicates, and unknown platforms', () => {
    edit('channels.yaml', (t) => t.replace('    channel: instagram\n', '    channel: myspace\n'));
    expect(problems()).toMatch(/handle "ig-main" names unknown channel "myspace"/);
    cpSync(shipped, dir, { recursive: true });
    edit('channels.yaml', (t) => t.replace('  - id: x-news', '  - id: x-help'));
    expect(problems()).toMatch(/duplicate handle id "x-help"/);
    cpSync(shipped, dir, { recursive: true });
    edit('channels.yaml', (t) => t.replace('platform: generic', 'platform: myspace'));
    expect(problems()).toMatch(/platform/);
  });

  it('a policy set without handles still loads (older sets)', () => {
    edit('channels.yaml', (t) => t.slice(0, t.indexOf('\n# The brand')));
    expect(loadPolicySet(dir).channels.handles).toBeUndefined();
  });

  it('refuses storage: seal for card numbers and credentials', () => {
    edit('detectors.yaml', (t) => t.replace('storage: truncate', 'storage: seal'));
    expect(problems()).toMatch(/never kept, not even encrypted/);
  });
});
