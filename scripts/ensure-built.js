#!/usr/bin/env node
'use strict';
/**
 * `npm start` runs this first: it rebuilds only when a build input is newer
 * than the last build (dist/.build-stamp, written at the end of `npm run build`),
 * so the build that `npm ci` ran (through `prepare`) is not repeated.
 *   node scripts/ensure-built.js          build when stale
 *   node scripts/ensure-built.js --stamp  record a finished build
 */
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const INPUTS = [
  'src',
  'migrations',
  'web',
  'scripts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];
const SKIP = new Set(['node_modules', 'dist', '.git']);

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let latest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (SKIP.has(name)) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

if (process.argv.includes('--stamp')) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stamp, new Date().toISOString() + '\n');
  process.exit(0);
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...INPUTS.map((p) => newest(join(root, p))));
if (built > 0 && changed <= built) process.exit(0);

process.stderr.write(
  built === 0
    ? 'countersign: building (first time)\n'
    : 'countersign: sources changed, rebuilding\n',
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
