import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../platform/config/settings';

/** The platforms' webhook secrets. Never logged, returned or written anywhere else. */
export interface ChannelSecrets {
  metaAppSecret: string;
  metaVerifyToken: string;
  xConsumerSecret: string;
}

const FILES = {
  META_APP_SECRET: 'meta-app-secret',
  META_VERIFY_TOKEN: 'meta-verify-token',
  X_CONSUMER_SECRET: 'x-consumer-secret',
} as const;
type SecretVariable = keyof typeof FILES;

/** The secrets each platform with a handle needs. */
export function requiredSecrets(platforms: Iterable<string>): SecretVariable[] {
  const out = new Set<SecretVariable>();
  for (const p of platforms) {
    if (p === 'facebook' || p === 'instagram') {
      out.add('META_APP_SECRET');
      out.add('META_VERIFY_TOKEN');
    }
    if (p === 'x') out.add('X_CONSUMER_SECRET');
  }
  return [...out];
}

function readOrCreate(file: string): string {
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600);
    } catch (err) {
      // Another process created it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The webhook secrets from the environment. Outside production a missing one
 * is generated once under DATA_DIR/keys (so that `countersign demo` signs with
 * what the service checks); in production every platform that has a handle
 * must have its secrets set, or the service refuses to start.
 */
export function resolveChannelSecrets(
  settings: Settings,
  platforms: Iterable<string>,
): ChannelSecrets {
  const required = requiredSecrets(platforms);
  if (settings.isProduction) {
    const missing = required.filter((v) => !settings[v]).sort();
    if (missing.length > 0) {
      throw new Error(
        `${missing.join(', ')} required when NODE_ENV=production (a handle in channels.yaml needs them)`,
      );
    }
  }
  const dir = join(settings.dataDir, 'keys');
  const value = (v: SecretVariable): string => {
    const given = settings[v];
    if (given) return given;
    if (settings.isProduction) return '';
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return readOrCreate(join(dir, FILES[v]));
  };
  return {
    metaAppSecret: value('META_APP_SECRET'),
    metaVerifyToken: value('META_VERIFY_TOKEN'),
    xConsumerSecret: value('X_CONSUMER_SECRET'),
  };
}
