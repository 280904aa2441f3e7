import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFileOnce } from '../files/create-once';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${pid ?? 'unknown'}; stop it first or set DATABASE_URL`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

const LOCK_NAME = 'embedded-postgres.pid';
/** A break marker older than this was left by a process that died while breaking a lock. */
const BREAK_MARKER_STALE_MS = 10_000;

// Locks this process holds: a lock file naming our own pid that is not in this set
// was left by an earlier process that had the same pid (a container restarted).
const held = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): { pid: number | undefined; text: string } | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const pid = Number(text.trim());
    return { pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, text };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function isStale(file: string, pid: number | undefined): boolean {
  if (pid === undefined) return true;
  if (pid === process.pid) return !held.has(file);
  return !processAlive(pid);
}

/**
 * Breaks a stale lock. Only the process that creates the break marker may
 * remove the lock, and it re-reads the lock under the marker, so two
 * processes that both saw the same stale lock cannot both remove it (and one
 * of them remove the other's fresh lock).
 */
function breakStale(file: string, seen: string): void {
  const marker = `${file}.break`;
  try {
    writeFileSync(marker, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    try {
      if (Date.now() - statSync(marker).mtimeMs > BREAK_MARKER_STALE_MS) {
        // Renamed, not removed: of two processes clearing it only one succeeds.
        const old = `${marker}.${randomBytes(6).toString('hex')}.old`;
        renameSync(marker, old);
        rmSync(old, { force: true });
      }
    } catch {
      // Another process cleared it first.
    }
    return;
  }
  try {
    const now = readPid(file);
    if (now && now.text === seen) unlinkSync(file);
  } finally {
    rmSync(marker, { force: true });
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Takes the data directory's lock, or throws DataDirLockedError naming the
 * live process that holds it. PGlite must never be opened by two processes
 * at once: that corrupts its files. A lock left by a process that is gone is
 * taken over.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const file = join(dataDir, LOCK_NAME);
  for (let attempt = 0; attempt < 200; attempt++) {
    if (createFileOnce(file, String(process.pid))) {
      held.add(file);
      return {
        file,
        release() {
          held.delete(file);
          const current = readPid(file);
          if (current?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    }
    const current = readPid(file);
    if (!current) continue; // released in between: try again
    if (!isStale(file, current.pid)) throw new DataDirLockedError(dataDir, current.pid);
    breakStale(file, current.text);
    await sleep(attempt < 10 ? 1 : 10);
  }
  throw new DataDirLockedError(dataDir, readPid(file)?.pid);
}
