import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ArchiveModule } from '../modules/archive/archive.module';
import { ConfigModule } from '../platform/config/config.module';
import { loadSettings, Settings } from '../platform/config/settings';
import { DatabaseModule } from '../platform/database/database.module';
import { HealthModule } from '../platform/health/health.module';
import { createWinston, WinstonNestLogger } from '../platform/logging/logger';

@Module({})
class CliModule {
  static forRoot(settings: Settings, imports: DynamicModule['imports']): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(settings),
        DatabaseModule.forRoot(),
        HealthModule,
        ...(imports ?? []),
      ],
    };
  }
}

/**
 * The services of the app without HTTP and without background workers, for
 * CLI commands. On the embedded database the service must be stopped first.
 */
export async function withAppContext<T>(
  imports: DynamicModule['imports'],
  options: { workers?: boolean },
  work: (ctx: INestApplicationContext, settings: Settings) => Promise<T>,
): Promise<T> {
  const settings = loadSettings({ ...process.env, WORKERS: options.workers ? 'true' : 'false' });
  const logger = new WinstonNestLogger(
    createWinston({ production: settings.isProduction, level: 'warn' }),
  );
  const ctx = await NestFactory.createApplicationContext(CliModule.forRoot(settings, imports), {
    logger,
    abortOnError: false,
  });
  try {
    return await work(ctx, settings);
  } finally {
    await ctx.close();
  }
}

export { ArchiveModule };
