import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Creates `file` with `content` unless it exists, atomically: the content is
 * written to a private file first and hard-linked into place, which fails when
 * the file exists. Two processes racing to create it never see a half-written
 * file, and both end up with the winner's content. Answers whether this call
 * created it.
 */
export function createFileOnce(file: string, content: string, mode = 0o600): boolean {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(temp, content, { mode });
  chmodSync(temp, mode);
  try {
    linkSync(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The file's trimmed text, made by `make` first when it does not exist yet (see createFileOnce). */
export function readOrCreateFile(
  file: string,
  make: () => string,
): { value: string; created: boolean } {
  let created = false;
  try {
    return { value: readFileSync(file, 'utf8').trim(), created };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  created = createFileOnce(file, make());
  return { value: readFileSync(file, 'utf8').trim(), created };
}
