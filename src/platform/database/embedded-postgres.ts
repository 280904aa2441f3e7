import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class EmbeddedDatabaseLockedError extends Error {}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted under `dataDir/pg`
 * and served on a loopback port so that the same `pg` pool, SQL and migrations
 * serve it and a real server alike. PGlite is one session: the socket server
 * multiplexes pool connections onto it, keeping a transaction on the
 * connection that opened it.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
    private readonly lockFile?: string,
  ) {}

  static async start(options: {
    dataDir?: string;
    loadDataDir?: Blob;
    maxConnections: number;
  }): Promise<EmbeddedPostgres> {
    let lockFile: string | undefined;
    let pgDir: string | undefined;
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      lockFile = acquireLock(options.dataDir);
      pgDir = join(options.dataDir, 'pg');
    }
    try {
      const db = await PGlite.create({ dataDir: pgDir, loadDataDir: options.loadDataDir });
      const server = new PGLiteSocketServer({
        db,
        host: '127.0.0.1',
        port: 0,
        maxConnections: options.maxConnections,
      });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres`;
      return new EmbeddedPostgres(db, server, url, lockFile);
    } catch (err) {
      if (lockFile) rmSync(lockFile, { force: true });
      throw err;
    }
  }

  async dump(): Promise<Blob> {
    return this.db.dumpDataDir('none');
  }

  /** Stops accepting connections, then closes PGlite so its data directory is left clean. */
  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PGlite must never be opened by two processes at once: that corrupts its files. */
function acquireLock(dataDir: string): string {
  const lockFile = join(dataDir, 'embedded-postgres.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) {
      throw new EmbeddedDatabaseLockedError(
        `the embedded database in ${dataDir} is in use by process ${pid}; stop it first or set DATABASE_URL`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return lockFile;
}
