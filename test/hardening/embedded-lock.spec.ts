import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as ts from 'typescript';
import { acquireDataDirLock, DataDirLockedError } from '../../src/platform/database/data-dir-lock';
import { EmbeddedPostgres } from '../../src/platform/database/embedded-postgres';

const LOCK_SOURCE = resolve(__dirname, '../../src/platform/database/data-dir-lock.ts');
const CREATE_ONCE_SOURCE = resolve(__dirname, '../../src/platform/files/create-once.ts');

/** A pid that no process has now: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  return r.pid;
}

// Each contender waits for the start of each round, tries to take the lock,
// holds it for a third of the round and records when it held it.
const CONTENDER = `
const { appendFileSync } = require('node:fs');
const { acquireDataDirLock } = require(process.argv[2]);
const [dir, t0, rounds, slot, out] = [process.argv[3], ...process.argv.slice(4, 7).map(Number), process.argv[7]];
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
(async () => {
  for (let r = 0; r < rounds; r++) {
    await sleep(t0 + r * slot - Date.now());
    try {
      const lock = await acquireDataDirLock(dir);
      const from = Date.now();
      await sleep(slot / 3);
      const to = Date.now();
      lock.release();
      appendFileSync(out, JSON.stringify({ r, pid: process.pid, from, to }) + '\\n');
    } catch (err) {
      if (err.name !== 'DataDirLockedError') {
        appendFileSync(out, JSON.stringify({ r, pid: process.pid, error: String(err) }) + '\\n');
      }
    }
  }
})();
`;

describe('the embedded database lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'countersign-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('many processes starting at the same instant: never two holders at once, every round one', async () => {
    // The lock and what it imports, laid out as in src/platform.
    const transpile = (source: string, to: string) => {
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(
        to,
        ts.transpileModule(readFileSync(source, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
        }).outputText,
      );
    };
    const lockJs = join(dir, 'database', 'data-dir-lock.js');
    transpile(LOCK_SOURCE, lockJs);
    transpile(CREATE_ONCE_SOURCE, join(dir, 'files', 'create-once.js'));
    const script = join(dir, 'contender.js');
    writeFileSync(script, CONTENDER);
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, '');

    const contenders = 6;
    const rounds = 24;
    const slot = 240;
    const t0 = Date.now() + 2500;
    const dead = deadPid();
    // Every other round starts on a stale lock left by a process that is gone,
    // so the contenders also race to break it. The stale file is laid only on a
    // free lock: overwriting a live holder's file (a slow round on a loaded
    // machine) would be the test breaking the lock, not a contender.
    // A timer that fires late (a loaded machine) lays nothing: the round it was for has begun,
    // and a stale file laid then could outlive the last contender.
    const layStale = (round: number): void => {
      if (Date.now() >= t0 + round * slot - slot / 8) return;
      try {
        writeFileSync(join(dataDir, 'embedded-postgres.pid'), String(dead), { flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    };
    const stale: NodeJS.Timeout[] = [];
    for (let r = 1; r < rounds; r += 2) {
      stale.push(setTimeout(layStale, t0 + r * slot - slot / 4 - Date.now(), r));
    }
    const children = Array.from({ length: contenders }, () =>
      spawn(
        process.execPath,
        [script, lockJs, dataDir, String(t0), String(rounds), String(slot), out],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      ),
    );
    const stderr: string[] = [];
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((done) => {
            c.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
            c.on('exit', () => done());
          }),
      ),
    );
    stale.forEach(clearTimeout);
    expect(stderr.join('')).toBe('');

    const held = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { r: number; pid: number; from: number; to: number; error?: string },
      );
    expect(held.filter((h) => h.error)).toEqual([]);
    held.sort((a, b) => a.from - b.from);
    for (let i = 1; i < held.length; i++) {
      expect(held[i].from).toBeGreaterThanOrEqual(held[i - 1].to);
    }
    expect(new Set(held.map((h) => h.r)).size).toBe(rounds);
    // Nothing is left behind: no lock, no temporary or break files.
    expect(readdirSync(dataDir)).toEqual([]);
  }, 60_000);

  it('a live holder is named; a lock left by a dead process or an earlier process with our pid is taken over', async () => {
    const file = join(dir, 'embedded-postgres.pid');
    writeFileSync(file, String(process.ppid));
    await expect(acquireDataDirLock(dir)).rejects.toThrow(DataDirLockedError);
    await expect(acquireDataDirLock(dir)).rejects.toThrow(`in use by process ${process.ppid}`);

    writeFileSync(file, String(deadPid()));
    const a = await acquireDataDirLock(dir);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    a.release();

    writeFileSync(file, String(process.pid)); // e.g. a container restarted with the same pid
    const b = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toThrow(DataDirLockedError);
    b.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('two in-process attempts at the same instant: exactly one wins, many times', async () => {
    for (let i = 0; i < 200; i++) {
      const results = await Promise.allSettled([acquireDataDirLock(dir), acquireDataDirLock(dir)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      (won[0] as PromiseFulfilledResult<{ release(): void }>).value.release();
    }
  });

  it('two real starts of the embedded database on one data directory: one refused', async () => {
    const starts = await Promise.allSettled([
      EmbeddedPostgres.start({ dataDir: dir, maxConnections: 2 }),
      EmbeddedPostgres.start({ dataDir: dir, maxConnections: 2 }),
    ]);
    const up = starts.filter((s) => s.status === 'fulfilled');
    const refused = starts.filter((s) => s.status === 'rejected');
    try {
      expect(up).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0].reason).toBeInstanceOf(DataDirLockedError);
    } finally {
      for (const s of up) await s.value.stop();
    }
  }, 60_000);
});
