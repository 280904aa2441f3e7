import 'reflect-metadata';
import { createHttpApp } from './http';
import { ConfigError, loadSettings, Settings } from './platform/config/settings';
import { createWinston, WinstonNestLogger } from './platform/logging/logger';

function report(message: string): void {
  process.stderr.write(`countersign: ${message}\n`);
}

/** Starts the service: validated config, database (embedded when no DATABASE_URL), migrations, HTTP. */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings(env);
  } catch (err) {
    report(err instanceof ConfigError ? err.message : String(err));
    throw err;
  }
  const winston = createWinston({ production: settings.isProduction, level: settings.LOG_LEVEL });
  const logger = new WinstonNestLogger(winston);
  try {
    const app = await createHttpApp(settings, logger);
    await app.listen({ port: settings.PORT, host: settings.HOST });
    const base = `http://localhost:${settings.PORT}`;
    logger.log(
      `Countersign listening on ${base}: the console at ${base}/, the API under /v1, API docs at ${base}/docs`,
      'Main',
    );
    if (!settings.isProduction) {
      logger.log(
        `Sign in: open ${base}/ and use "Sign in as" (any subject, the roles you want to try); for the API, TOKEN=$(npx countersign token --sub alice --role compliance_officer), then curl -H "Authorization: Bearer $TOKEN" ${base}/v1/me`,
        'Main',
      );
    }
  } catch (err) {
    logger.error(err instanceof Error ? err : String(err), 'Main');
    report(`start-up failed: ${err instanceof Error ? err.message : String(err)}`);
    throw err;
  }
}
