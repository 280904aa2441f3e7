import { DataSource } from 'typeorm';
import { APP_ROLE, createDataSource, runMigrations } from './data-source';
import { EmbeddedPostgres } from './embedded-postgres';
import { embeddedTemplateDir } from './embedded-template';
import { join } from 'node:path';

export interface OpenDatabaseOptions {
  /** A real PostgreSQL; when absent, the embedded one under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  migrate: boolean;
  /** The migrated data directory copied on the first start (default: the one `npm run build` made). */
  embeddedTemplate?: string;
  log?: (message: string) => void;
}

/**
 * The database as the process holds it: the DataSource (running as the
 * application role) and, on the embedded path, the PGlite server behind it.
 * Closing releases them in order: pool, then socket server, then PGlite.
 */
export class Database {
  private constructor(
    readonly dataSource: DataSource,
    readonly embedded: EmbeddedPostgres | undefined,
    readonly url: string,
  ) {}

  static async open(options: OpenDatabaseOptions): Promise<Database> {
    const embedded = options.databaseUrl
      ? undefined
      : await EmbeddedPostgres.start({
          dataDir: join(options.dataDir, 'embedded'),
          maxConnections: options.poolSize + 2,
          template: options.embeddedTemplate ?? embeddedTemplateDir(),
        });
    const url = options.databaseUrl ?? embedded!.url;
    try {
      if (options.migrate) {
        const applied = await runMigrations(url);
        if (applied.length > 0) {
          // Names without their epoch suffix: the log redactor would mask it as a digit run.
          const names = applied.map((n) => n.replace(/\d+$/, ''));
          options.log?.(`applied ${applied.length} migration(s): ${names.join(', ')}`);
        }
      }
      const dataSource = createDataSource({
        url,
        poolSize: options.poolSize,
        role: APP_ROLE,
        // The embedded server shares one session between connections: names would collide.
        preparedStatements: embedded === undefined && !EmbeddedPostgres.serves(url),
      });
      await dataSource.initialize();
      return new Database(dataSource, embedded, url);
    } catch (err) {
      await embedded?.stop();
      throw err;
    }
  }

  async pendingMigrations(): Promise<boolean> {
    return this.dataSource.showMigrations();
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}
