import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readOrCreateFile } from '../../platform/files/create-once';
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
    // Another process may be making it at the same moment: both use the first one made.
    text = readOrCreateFile(join(dir, 'archive-master.key'), () =>
      randomBytes(32).toString('base64'),
    ).value;
  }
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('ARCHIVE_MASTER_KEY must be a base64 32-byte key');
  return key;
}
