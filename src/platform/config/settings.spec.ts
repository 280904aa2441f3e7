import { ConfigError, loadSettings } from './settings';

describe('settings', () => {
  it('has working defaults', () => {
    const s = loadSettings({});
    expect(s.PORT).toBe(3000);
    expect(s.BODY_LIMIT_BYTES).toBe(256 * 1024);
    expect(s.DATABASE_URL).toBeUndefined();
    expect(s.runWorkers).toBe(true);
  });

  it('reads and converts variables', () => {
    const s = loadSettings({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@h:5432/db',
      WORKERS: 'false',
    });
    expect(s.PORT).toBe(8080);
    expect(s.DATABASE_URL).toBe('postgres://u@h:5432/db');
    expect(s.runWorkers).toBe(false);
  });

  it('lists every bad variable in one error', () => {
    try {
      loadSettings({ PORT: '-1', LOG_LEVEL: 'loud', ARCHIVE_MASTER_KEY: 'short' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const names = (err as ConfigError).problems.map((p) => p.variable).sort();
      expect(names).toEqual(['ARCHIVE_MASTER_KEY', 'LOG_LEVEL', 'PORT']);
    }
  });

  it('ignores empty variables as unset', () => {
    expect(loadSettings({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('takes an OpenID Connect issuer and client id together, instead of the other token settings', () => {
    const s = loadSettings({
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://login.bank.example/realms/care',
      OIDC_CLIENT_ID: 'countersign-console',
    });
    expect(s.oidc).toBe(true);
    expect(s.OIDC_SCOPES).toBe('openid profile');
    expect(s.OIDC_ROLES_CLAIM).toBe('roles');
    const problems = (env: Record<string, string>) => {
      try {
        loadSettings(env);
        return [];
      } catch (err) {
        return (err as ConfigError).problems.map((p) => p.variable).sort();
      }
    };
    expect(problems({ OIDC_ISSUER: 'https://idp.example' })).toEqual(['OIDC_CLIENT_ID']);
    expect(problems({ OIDC_CLIENT_ID: 'c' })).toEqual(['OIDC_ISSUER']);
    expect(
      problems({
        OIDC_ISSUER: 'https://idp.example',
        OIDC_CLIENT_ID: 'c',
        JWT_SECRET: 'x'.repeat(40),
        JWKS_URL: 'https://idp.example/jwks',
      }),
    ).toEqual(['JWKS_URL', 'JWT_SECRET']);
    expect(
      problems({ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'c', OIDC_SCOPES: 'profile' }),
    ).toEqual(['OIDC_SCOPES']);
    expect(problems({ OIDC_ISSUER: 'idp.example', OIDC_CLIENT_ID: 'c' })).toEqual(['OIDC_ISSUER']);
  });
});
