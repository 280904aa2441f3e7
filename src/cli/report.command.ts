import { Command, InvalidArgumentError, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { withAppContext } from './app-context';

const REPORTS = [
  'complaint-register',
  'template-records',
  'signoff-log',
  'sla-breaches',
  'supervisory-sampling',
];

function instant(value: string): Date {
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) {
    throw new InvalidArgumentError('an ISO 8601 date or instant, e.g. 2026-01-01T00:00:00Z');
  }
  return d;
}

/** `countersign report <name> --from --to --out FILE`: the examiner reports of the API, to a file. */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      `write an examiner report for a period (archived with who and when): ${REPORTS.join(', ')}`,
    )
    .argument('<name>', 'the report')
    .requiredOption('--from <instant>', 'start of the period (inclusive)', instant)
    .requiredOption('--to <instant>', 'end of the period (exclusive)', instant)
    .requiredOption('--out <file>', 'the file to write')
    .addOption(
      new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'),
    )
    .option('--requester <id>', 'who asks (recorded in the archive)', process.env.USER ?? 'cli')
    .action(
      async (
        name: string,
        opts: { from: Date; to: Date; out: string; format: 'csv' | 'json'; requester: string },
      ) => {
        const { ReportsModule, ReportsService } = await import('../modules/metrics');
        const { ClockModule } = await import('../platform/clock/clock.module');
        await withAppContext([ClockModule.forRoot(), ReportsModule], {}, async (ctx) => {
          const stream = await ctx
            .get(ReportsService)
            .open(
              { id: opts.requester, roles: ['cli'] },
              { name, from: opts.from, to: opts.to, format: opts.format },
            );
          await pipeline(stream, createWriteStream(opts.out, { flags: 'wx' }));
          process.stderr.write(`wrote ${name} to ${opts.out}\n`);
        });
      },
    );
}

/** `countersign replay --from --to [--out FILE] [--policy-version V]`: decision replay, read-only and archived. */
export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .description(
      'replay the automated decisions of a period with the policy version each cited (or --policy-version); prints the summary, writes the full report with --out',
    )
    .requiredOption('--from <instant>', 'start of the period (inclusive)', instant)
    .requiredOption('--to <instant>', 'end of the period (exclusive)', instant)
    .option('--out <file>', 'write the full JSON report here')
    .option('--policy-version <version>', 'sha256:… or current: what a policy change would change')
    .option('--requester <id>', 'who asks (recorded in the archive)', process.env.USER ?? 'cli')
    .action(
      async (opts: {
        from: Date;
        to: Date;
        out?: string;
        policyVersion?: string;
        requester: string;
      }) => {
        const { MetricsModule, ReplayService } = await import('../modules/metrics');
        const { ClockModule } = await import('../platform/clock/clock.module');
        const { writeFile } = await import('node:fs/promises');
        await withAppContext([ClockModule.forRoot(), MetricsModule], {}, async (ctx) => {
          const report = await ctx
            .get(ReplayService)
            .runNow(
              { id: opts.requester, roles: ['cli'] },
              { from: opts.from, to: opts.to, policyVersion: opts.policyVersion },
            );
          if (opts.out) {
            await writeFile(opts.out, JSON.stringify(report, null, 2) + '\n', { flag: 'wx' });
          }
          process.stdout.write(JSON.stringify(report.summary) + '\n');
        });
      },
    );
}
