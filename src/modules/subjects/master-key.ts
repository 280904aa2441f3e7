import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../platform/config/settings';

/**
 * The AES-256 key that wraps every subject's data key (ARCHIVE_MASTER_KEY).
 * Outside production a missing key is generated once under the data
 * directory; in production it must be given.
 */
export function resolveMasterKey(settings: Settings): Buffer {
  let text = settings.ARCHIVE_MASTER_KEY;
  if (!text) {
    if (settings.isProduction) {
      throw new Error('ARCHIVE_MASTER_KEY is required when NODE_ENV=production');
    }
    const dir = join(settings.dataDir, 'keys');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, 'archive-master.key');
    if (!existsSync(file)) {
      try {
        writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
        chmodSync(file, 0o600);
      } catch (err) {
        // Another process made it first: use theirs.
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    text = readFileSync(file, 'utf8').trim();
  }
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('ARCHIVE_MASTER_KEY must be a base64 32-byte key');
  return key;
}
