import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import { runMigrations } from './data-source';
import { EmbeddedPostgres } from './embedded-postgres';

/**
 * A migrated embedded data directory made by `npm run build`, copied on the
 * first start instead of initialising and migrating PGlite there (which takes
 * about ten seconds). Migrations added later still run at start as usual.
 */
export function embeddedTemplateDir(): string {
  return join(projectRoot(), 'dist', 'embedded-template', 'pg');
}

export async function buildEmbeddedTemplate(target = embeddedTemplateDir()): Promise<string[]> {
  const staging = `${target}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const pg = await EmbeddedPostgres.start({ dataDir: staging, maxConnections: 2 });
  let applied: string[];
  try {
    applied = await runMigrations(pg.url);
  } finally {
    await pg.stop();
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, '..'), { recursive: true });
  renameSync(join(staging, 'pg'), target);
  rmSync(staging, { recursive: true, force: true });
  return applied;
}

if (require.main === module) {
  const started = Date.now();
  buildEmbeddedTemplate()
    .then((applied) => {
      const dir = embeddedTemplateDir();
      if (!existsSync(dir)) throw new Error('the template was not written');
      process.stderr.write(
        `embedded database template with ${applied.length} migration(s) in ${Date.now() - started} ms\n`,
      );
    })
    .catch((err: unknown) => {
      process.stderr.write(`countersign: embedded template failed: ${String(err)}\n`);
      process.exit(1);
    });
}
