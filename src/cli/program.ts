import { Command, InvalidArgumentError, Option } from 'commander';
import { Location, Role } from '../platform/auth/access.enums';
import { parseTtl, signDevToken } from '../platform/auth/token.service';
import { loadSettings } from '../platform/config/settings';
import { Database } from '../platform/database/database';

function roleArg(value: string, previous: Role[] = []): Role[] {
  if (!(Object.values(Role) as string[]).includes(value)) {
    throw new InvalidArgumentError(`unknown role; one of ${Object.values(Role).join(', ')}`);
  }
  return [...previous, value as Role];
}

export function buildCli(): Command {
  const program = new Command('countersign')
    .description('Compliance-first moderation and response approval for social customer service')
    .showHelpAfterError();

  program
    .command('serve')
    .description('start the HTTP service (embedded PostgreSQL when DATABASE_URL is unset)')
    .action(async () => {
      const { serve } = await import('../serve');
      await serve();
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      const settings = loadSettings();
      const db = await Database.open({
        databaseUrl: settings.DATABASE_URL,
        dataDir: settings.dataDir,
        poolSize: 1,
        migrate: false,
      });
      try {
        const { runMigrations } = await import('../platform/database/data-source');
        const applied = await runMigrations(db.url);
        process.stderr.write(
          applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n',
        );
      } finally {
        await db.close();
      }
    });

  program
    .command('token')
    .description('print a development bearer token (refused when NODE_ENV=production)')
    .requiredOption('--sub <id>', 'the user id (JWT sub)')
    .requiredOption(
      '--role <role>',
      `a role, repeatable: ${Object.values(Role).join(', ')}`,
      roleArg,
    )
    .addOption(
      new Option('--location <where>', 'office or remote')
        .choices(Object.values(Location))
        .default(Location.Office),
    )
    .option('--name <name>', 'display name (defaults to the sub)')
    .option('--ttl <duration>', 'lifetime, e.g. 30m, 8h, 2d', '8h')
    .action(
      async (opts: {
        sub: string;
        role: Role[];
        location: Location;
        name?: string;
        ttl: string;
      }) => {
        const settings = loadSettings();
        const token = await signDevToken(
          settings,
          { sub: opts.sub, name: opts.name, roles: opts.role, location: opts.location },
          parseTtl(opts.ttl),
        );
        process.stdout.write(token + '\n');
      },
    );

  return program;
}
