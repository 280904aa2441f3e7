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
});
