import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireDataDirLock, type DataDirLock, DataDirLockedError } from './data-dir-lock';
import { PGliteSessionServer } from './pglite-session-server';

export { DataDirLockedError as EmbeddedDatabaseLockedError };

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted under `dataDir/pg`
 * and served on a loopback port so that the same `pg` pool, SQL and migrations
 * serve it and a real server alike. PGlite is one session: the socket server
 * (PGliteSessionServer) gives it to one connection at a time, for a whole
 * pipeline, query or transaction.
 */
export class EmbeddedPostgres {
  /** URLs of the instances running in this process. */
  private static readonly running = new Set<string>();

  /**
   * Whether `url` is served by an embedded instance of this process (a test
   * passes one as DATABASE_URL): its connections share one session, so named
   * prepared statements would collide.
   */
  static serves(url: string): boolean {
    return EmbeddedPostgres.running.has(url);
  }

  private constructor(
    readonly db: PGlite,
    private readonly server: PGliteSessionServer,
    readonly url: string,
    private readonly lock?: DataDirLock,
  ) {}

  static async start(options: {
    dataDir?: string;
    loadDataDir?: Blob;
    maxConnections: number;
    /** A data directory to copy when `dataDir` has none yet (a migrated template). */
    template?: string;
  }): Promise<EmbeddedPostgres> {
    let lock: DataDirLock | undefined;
    let pgDir: string | undefined;
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      lock = await acquireDataDirLock(options.dataDir);
      pgDir = join(options.dataDir, 'pg');
      if (options.template && isEmpty(pgDir) && existsSync(options.template)) {
        try {
          cpSync(options.template, pgDir, { recursive: true });
        } catch (err) {
          rmSync(pgDir, { recursive: true, force: true });
          lock.release();
          throw err;
        }
      }
    }
    try {
      const db = await PGlite.create({ dataDir: pgDir, loadDataDir: options.loadDataDir });
      const server = new PGliteSessionServer(db, {
        host: '127.0.0.1',
        maxConnections: options.maxConnections,
      });
      const url = `postgres://postgres@${await server.start()}/postgres`;
      EmbeddedPostgres.running.add(url);
      return new EmbeddedPostgres(db, server, url, lock);
    } catch (err) {
      lock?.release();
      throw err;
    }
  }

  async dump(): Promise<Blob> {
    return this.db.dumpDataDir('none');
  }

  /**
   * Closes the connections (their open transactions are rolled back) and the
   * listener, then PGlite, so its data directory is left clean.
   */
  async stop(): Promise<void> {
    EmbeddedPostgres.running.delete(this.url);
    await this.server.stop();
    await this.db.close();
    this.lock?.release();
  }
}

function isEmpty(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}
