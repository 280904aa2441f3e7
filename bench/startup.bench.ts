/**
 * Newcomer start: `npm start` on a fresh data directory (embedded database),
 * timed from the command to `/readyz` 200, then stopped and started again
 * (restart). Run after `npm ci` (or `npm run build`): the build must not run again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/platform/paths';
import { runMain } from './support';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function ready(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    get({ host: '127.0.0.1', port, path: '/readyz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    })
      .on('error', () => resolve(false))
      .on('timeout', () => resolve(false));
  });
}

interface Started {
  child: ChildProcess;
  ms: number;
  output: string;
}

async function start(port: number, dataDir: string): Promise<Started> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  };
  delete env.DATABASE_URL;
  const child = spawn('npm', ['start', '--silent'], {
    cwd: projectRoot(),
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`npm start exited before it was ready:\n${output}`);
    if (await ready(port)) return { child, ms: performance.now() - started, output };
    if (performance.now() - started > 120_000) throw new Error(`not ready in 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Stops the whole process group and waits until nothing answers on the port. */
async function stop(child: ChildProcess, port: number): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  while (await ready(port)) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 200));
}

runMain(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'countersign-startup-'));
  try {
    const port = await freePort();
    const first = await start(port, dataDir);
    await stop(first.child, port);
    if (/building|rebuilding/.test(first.output)) {
      console.log('note: npm start rebuilt the project (sources newer than the last build)');
    }
    const restarts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const again = await start(port, dataDir);
      restarts.push(again.ms);
      await stop(again.child, port);
    }
    const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `${cpus().length} CPU(s), load average ${loadavg()[0].toFixed(1)}, Node ${process.version}, embedded database (fresh DATA_DIR)`,
    );
    console.log(`first start (npm start -> /readyz 200): ${fmt(first.ms)}`);
    console.log(
      `restart (npm start -> /readyz 200): ${restarts.map(fmt).join(', ')} (best ${fmt(Math.min(...restarts))})`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
