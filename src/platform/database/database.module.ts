import {
  DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Settings } from '../config/settings';
import { Database } from './database';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: Database,
          inject: [Settings],
          useFactory: (settings: Settings) => {
            const logger = new Logger('Database');
            if (!settings.DATABASE_URL) logger.log(`embedded PostgreSQL under ${settings.dataDir}`);
            return Database.open({
              databaseUrl: settings.DATABASE_URL,
              dataDir: settings.dataDir,
              poolSize: settings.DB_POOL_SIZE,
              migrate: true,
              log: (m) => logger.log(m),
            });
          },
        },
        { provide: DataSource, inject: [Database], useFactory: (db: Database) => db.dataSource },
        TransactionRunner,
      ],
      exports: [Database, DataSource, TransactionRunner],
    };
  }

  // Runs after Nest has closed the HTTP server, so no request is cut off mid-transaction.
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
    new Logger('Database').log('database closed');
  }
}
