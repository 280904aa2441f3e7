import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import integrationSetup from '../../setup/global-setup';

/** The migrated template database, and a built console to serve (built once if missing). */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  if (!existsSync(join(root, 'dist', 'web', 'index.html'))) {
    execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  }
  await integrationSetup();
}
