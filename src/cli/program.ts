import { Command, InvalidArgumentError, Option } from 'commander';
import { Location, Role } from '../platform/auth/access.enums';
import { parseTtl, signDevToken } from '../platform/auth/token.service';
import { loadSettings } from '../platform/config/settings';
import { Database } from '../platform/database/database';
import { ArchiveModule, withAppContext } from './app-context';
import { registerReplayCommand, registerReportCommand } from './report.command';

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

  program
    .command('seed')
    .description(
      'apply migrations, record the policy set in force and import the template library (templates/*.hbs) as versions pending approval',
    )
    .option(
      '--approve-as <sub>',
      'outside production: approve the imported versions as this compliance officer (not the importer)',
    )
    .action(async (opts: { approveAs?: string }) => {
      const { PolicyModule } = await import('../modules/policy/policy.module');
      const { PolicyService } = await import('../modules/policy/policy.service');
      const { ClockModule } = await import('../platform/clock/clock.module');
      const { TemplatesModule, TemplateLibraryService, SEED_IMPORTER } =
        await import('../modules/templates');
      await withAppContext(
        [ClockModule.forRoot(), PolicyModule, TemplatesModule],
        {},
        async (ctx, settings) => {
          process.stderr.write(`policy ${ctx.get(PolicyService).version} in force\n`);
          if (opts.approveAs !== undefined && settings.isProduction) {
            throw new InvalidArgumentError(
              '--approve-as is refused in production: a compliance officer approves each version',
            );
          }
          const r = await ctx.get(TemplateLibraryService).importLibrary({
            importer: SEED_IMPORTER,
            approveAs: opts.approveAs,
          });
          process.stderr.write(
            `templates: ${r.created.length} new, ${r.newVersions.length} changed, ${r.unchanged.length} unchanged; ` +
              (opts.approveAs
                ? `${r.approved} approved by ${opts.approveAs}\n`
                : 'new versions await approval by a compliance officer\n'),
          );
        },
      );
    });

  program
    .command('demo')
    .description(
      'send sample posts (every intent, some with sensitive values) through the webhooks of a running service',
    )
    .option('--posts <n>', 'how many posts', positiveInt, 200)
    .option('--rate <rate>', 'posts per second, e.g. 5/s or 120/m', '5/s')
    .option('--url <url>', 'the running service', `http://localhost:${process.env.PORT ?? 3000}`)
    .option('--seed <n>', 'sample seed (same seed, same posts)', positiveInt, 1)
    .action(async (opts: { posts: number; rate: string; url: string; seed: number }) => {
      const { parseRate, runDemo } = await import('./demo.command');
      const r = await runDemo(
        loadSettings(),
        { posts: opts.posts, rate: parseRate(opts.rate), url: opts.url, seed: opts.seed },
        process.stderr,
      );
      process.stderr.write(
        `sent ${r.sent} posts (${Object.entries(r.byHandle)
          .map(([h, n]) => `${h} ${n}`)
          .join(', ')}), ${r.failed} failed\n`,
      );
      if (r.failed > 0) process.exitCode = 1;
    });

  program
    .command('classify')
    .description(
      'classify posts: JSONL {"id","text","channel"?} on stdin, one JSONL result per line on stdout',
    )
    .option('--policies <dir>', 'policy set to use (default: the shipped policies/)')
    .action(async (opts: { policies?: string }) => {
      const { classifyStream } = await import('./classify.command');
      const { bad } = await classifyStream(process.stdin, process.stdout, process.stderr, {
        policiesDir: opts.policies,
      });
      if (bad > 0) process.exitCode = 1;
    });

  program
    .command('export')
    .description(
      'write an archive export bundle (by default the whole log up to the latest checkpoint)',
    )
    .requiredOption('--out <dir>', 'output directory (created; must not exist or be empty)')
    .option('--from <seq>', 'first seq (inclusive)', seqArg)
    .option('--to <seq>', 'end seq (exclusive)', seqArg)
    .option(
      '--exporter <id>',
      'who exports (recorded in the manifest and the archive)',
      process.env.USER ?? 'cli',
    )
    .action(async (opts: { out: string; from?: number; to?: number; exporter: string }) => {
      const { ArchiveExportService } = await import('../modules/archive/archive-export.service');
      const { ClockModule } = await import('../platform/clock/clock.module');
      await withAppContext([ClockModule.forRoot(), ArchiveModule], {}, async (ctx) => {
        const r = await ctx.get(ArchiveExportService).export({
          from: opts.from,
          to: opts.to,
          out: opts.out,
          exporter: { id: opts.exporter, roles: ['cli'] },
        });
        const { from, to } = r.manifest.range;
        process.stderr.write(`exported entries [${from}, ${to}) to ${r.dir}\n`);
      });
    });

  program
    .command('verify')
    .description(
      'verify an export bundle offline (exit 0 when every check holds, 1 naming the first failure)',
    )
    .argument('<dir>', 'the bundle directory')
    .option('--trusted-checkpoint <file>', 'a signed checkpoint kept from before')
    .option(
      '--key <fingerprint>',
      'pin the signing key (fingerprint or verifier key); repeatable',
      collect,
    )
    .action(async (dir: string, opts: { trustedCheckpoint?: string; key?: string[] }) => {
      const { main } = await import('../modules/archive/core/verifier');
      const argv = [dir];
      if (opts.trustedCheckpoint) argv.push('--trusted-checkpoint', opts.trustedCheckpoint);
      for (const k of opts.key ?? []) argv.push('--key', k);
      process.exitCode = await main(argv);
    });

  registerReportCommand(program);
  registerReplayCommand(program);
  return program;
}

function positiveInt(value: string): number {
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new InvalidArgumentError('a positive integer');
  return Number(value);
}

function seqArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('a non-negative integer');
  return Number(value);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
