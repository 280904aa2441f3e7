import { createPrivateKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../platform/config/settings';
import { readOrCreateFile } from '../../platform/files/create-once';
import { createSigner, importPrivateKeyRaw, type CheckpointSigner } from './core/checkpoint';

export interface ArchiveKeys {
  signer: CheckpointSigner;
  /** Whether the signing key was generated now (its public key is then printed). */
  generated: boolean;
}

function privateKeyFrom(text: string): KeyObject {
  const trimmed = text.trim();
  return trimmed.startsWith('-----BEGIN')
    ? createPrivateKey(trimmed)
    : importPrivateKeyRaw(trimmed);
}

/**
 * The archive's Ed25519 checkpoint signer (ARCHIVE_SIGNING_KEY). Outside
 * production a missing key is generated once under the data directory; in
 * production it must be given. (The master key wrapping subject data keys is
 * the subjects module's.)
 */
export function resolveArchiveKeys(settings: Settings): ArchiveKeys {
  let signingText = settings.ARCHIVE_SIGNING_KEY;
  let generated = false;
  if (!signingText) {
    if (settings.isProduction) {
      throw new Error('ARCHIVE_SIGNING_KEY is required when NODE_ENV=production');
    }
    const dir = join(settings.dataDir, 'keys');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const r = readOrCreateFile(join(dir, 'archive-signing.pem'), () =>
      generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    );
    signingText = r.value;
    generated = r.created;
  }
  return {
    signer: createSigner(settings.ARCHIVE_ORIGIN, privateKeyFrom(signingText)),
    generated,
  };
}
