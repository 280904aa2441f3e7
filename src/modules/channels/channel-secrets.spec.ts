import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../../platform/config/settings';
import { requiredSecrets, resolveChannelSecrets } from './channel-secrets';

describe('channel secrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cs-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('each platform with a handle needs its own secrets', () => {
    expect(requiredSecrets(['facebook']).sort()).toEqual(['META_APP_SECRET', 'META_VERIFY_TOKEN']);
    expect(requiredSecrets(['x', 'generic'])).toEqual(['X_CONSUMER_SECRET']);
    expect(requiredSecrets(['generic', 'web_chat'])).toEqual([]);
  });

  it('outside production, missing secrets are generated once under DATA_DIR/keys (0600)', () => {
    const settings = loadSettings({ NODE_ENV: 'development', DATA_DIR: dir });
    const a = resolveChannelSecrets(settings, ['x', 'facebook']);
    const b = resolveChannelSecrets(settings, ['x', 'facebook']);
    expect(a).toEqual(b);
    expect(a.metaAppSecret.length).toBeGreaterThanOrEqual(32);
    expect(new Set([a.metaAppSecret, a.metaVerifyToken, a.xConsumerSecret]).size).toBe(3);
    expect(readFileSync(join(dir, 'keys', 'x-consumer-secret'), 'utf8')).toBe(a.xConsumerSecret);
    expect(statSync(join(dir, 'keys', 'meta-app-secret')).mode & 0o777).toBe(0o600);
  });

  it('the environment wins', () => {
    const settings = loadSettings({
      NODE_ENV: 'development',
      DATA_DIR: dir,
      X_CONSUMER_SECRET: 'from-the-environment-0123',
    });
    expect(resolveChannelSecrets(settings, ['x']).xConsumerSecret).toBe(
      'from-the-environment-0123',
    );
  });

  it('in production, a platform with a handle and no secret stops start-up, naming the variables only', () => {
    const settings = loadSettings({
      NODE_ENV: 'production',
      DATA_DIR: dir,
      JWT_SECRET: 'j'.repeat(40),
      META_APP_SECRET: 'meta-app-secret-0123456789',
    });
    expect(() => resolveChannelSecrets(settings, ['facebook', 'x'])).toThrow(
      /^META_VERIFY_TOKEN, X_CONSUMER_SECRET required when NODE_ENV=production/,
    );
    expect(() => resolveChannelSecrets(settings, ['generic'])).not.toThrow();
  });
});
