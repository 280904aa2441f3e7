import { ArchiveService } from '../../src/modules/archive/archive.service';
import { ArchiveWorker } from '../../src/modules/archive/archive.worker';
import { CheckpointService } from '../../src/modules/archive/checkpoint.service';
import { FakeClock } from '../../src/platform/clock/clock';
import { TransactionRunner } from '../../src/platform/database/transaction-runner';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

const actor = { id: 'tester', roles: ['system'] };

/** The archive worker on a fake clock: rounds, checkpoints by time and by count, no sleeping. */
describe('archive worker', () => {
  const clock = new FakeClock('2026-03-02T08:00:00.000Z');
  let t: TestApp;
  let archive: ArchiveService;
  let checkpoints: CheckpointService;
  const rounds: Promise<boolean>[] = [];

  /** Moves the clock and waits for the rounds it started to finish. */
  async function tick(ms: number): Promise<void> {
    await clock.advance(ms);
    await Promise.all(rounds.splice(0));
  }

  /**
   * Waits (in real time) until every transaction that began before now has
   * ended, anywhere in the cluster: only then can the integrator sequence what
   * was just committed. Parallel test runs share the server.
   */
  async function horizonPassed(): Promise<void> {
    const ds = t.app.get(DataSource);
    const [{ xmax }] = await ds.query<{ xmax: string }[]>(
      `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,
    );
    for (let i = 0; i < 20_000; i++) {
      const [{ passed }] = await ds.query<{ passed: boolean }[]>(
        `SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8 AS passed`,
        [xmax],
      );
      if (passed) return;
      await new Promise((r) => setImmediate(r));
    }
    throw new Error('an older transaction stays open');
  }

  async function append(n: number): Promise<void> {
    await t.app.get(TransactionRunner).run((tx) =>
      archive.append(
        Array.from({ length: n }, (_, i) => ({
          stream: 'test',
          kind: 'test.event',
          actor,
          clear: { i },
        })),
        tx,
      ),
    );
    await horizonPassed();
  }

  const latestSize = () =>
    checkpoints.latestCheckpoint().then(
      (c) => c.size,
      () => undefined,
    );

  beforeAll(async () => {
    t = await startTestApp(
      {
        WORKERS: 'true',
        ARCHIVE_INTEGRATE_INTERVAL_MS: '1000',
        CHECKPOINT_INTERVAL_MS: '5000',
        CHECKPOINT_EVERY_ENTRIES: '5',
      },
      { clock },
    );
    archive = t.app.get(ArchiveService);
    checkpoints = t.app.get(CheckpointService);
    const worker = t.app.get(ArchiveWorker);
    const runOnce = worker.runOnce.bind(worker);
    jest.spyOn(worker, 'runOnce').mockImplementation(() => {
      const round = runOnce();
      rounds.push(round);
      return round;
    });
  });
  afterAll(() => t.close());

  it('integrates on its interval and signs checkpoints by time and by count', async () => {
    // Nothing happens until the clock moves.
    await append(2);
    expect(await archive.treeSize()).toBe(0);
    await tick(999);
    expect(await archive.treeSize()).toBe(0);

    // The first round integrates what is there (the policy load and the two entries).
    await tick(1);
    const first = await archive.treeSize();
    expect(first).toBeGreaterThanOrEqual(3);
    expect(await latestSize()).toBeUndefined();

    // Fewer than CHECKPOINT_EVERY_ENTRIES new entries: a checkpoint only after CHECKPOINT_INTERVAL_MS.
    await append(2);
    for (let i = 0; i < 4; i++) await tick(1000);
    expect(await archive.treeSize()).toBe(first + 2);
    expect(await latestSize()).toBeUndefined();
    await tick(1000);
    expect(await latestSize()).toBe(first + 2);

    // CHECKPOINT_EVERY_ENTRIES new entries: signed at the next round, long before the interval.
    await append(5);
    await tick(1000);
    expect(await latestSize()).toBe(first + 7);
    const c = await checkpoints.latestCheckpoint();
    expect(c.createdAt.toISOString()).toBe(clock.now().toISOString());

    // Entries carry the clock's time.
    const [last] = await archive.entries(first + 6, first + 7, 1);
    expect(new Date(JSON.parse(last.canonical.toString('utf8')).recordedAt).getTime()).toBe(
      Date.parse('2026-03-02T08:00:06.000Z'),
    );
  });
});
