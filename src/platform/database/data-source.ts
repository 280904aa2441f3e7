import type { PoolClient } from 'pg';
import { DataSource, EntityManager, type MixedList } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { prepareMarkedStatements } from './prepared-statements';

/** The handle a service receives to take part in its caller's transaction. */
export type Transaction = EntityManager;

/** The role the application runs as; created by the first migration. */
export const APP_ROLE = 'countersign_app';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Run every pooled session as this role (SET ROLE), e.g. APP_ROLE. */
  role?: string;
  /**
   * Run statements marked with `prepared()` as named prepared statements
   * (platform/database/prepared-statements). Not on the embedded database.
   */
  preparedStatements?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: MixedList<Function | string>;
}

/** One DataSource factory for the app, the CLI, the TypeORM CLI and the tests. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const setRole = options.role ? `SET ROLE ${options.role}` : undefined;
  const onConnect = async (client: PoolClient): Promise<void> => {
    if (options.preparedStatements) prepareMarkedStatements(client);
    if (setRole) await client.query(setRole);
  };
  return new DataSource({
    type: 'postgres',
    url: options.url,
    // Repositories use reviewed SQL; no TypeORM entities are mapped.
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: 'countersign',
    extra: {
      max: options.poolSize ?? 10,
      // Least privilege: the application's sessions cannot alter the archive (DESIGN invariant 5).
      ...(setRole || options.preparedStatements ? { onConnect } : {}),
    },
  });
}

/** Applies pending migrations as the connecting (owner) user. Returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = createDataSource({ url, poolSize: 1 });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
