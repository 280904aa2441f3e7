import { FakeClock } from '../clock/clock';
import { loadSettings } from '../config/settings';
import { PeriodicWorker } from './periodic-worker';

class CountingWorker extends PeriodicWorker {
  rounds = 0;
  results: Array<boolean | Error> = [];
  release?: () => void;
  holdNext = false;

  constructor(clock: FakeClock) {
    super(clock, loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      name: 'counting',
      intervalMs: 1000,
      maxBackoffMs: 8000,
    });
  }

  async runOnce(): Promise<boolean> {
    this.rounds++;
    if (this.holdNext) {
      this.holdNext = false;
      await new Promise<void>((r) => (this.release = r));
    }
    const next = this.results.shift() ?? false;
    if (next instanceof Error) throw next;
    return next;
  }
}

describe('PeriodicWorker', () => {
  it('runs a round every interval of the clock, and at once again after a full batch', async () => {
    const clock = new FakeClock();
    const w = new CountingWorker(clock);
    await w.start();
    await clock.advance(999);
    expect(w.rounds).toBe(0);
    await clock.advance(1);
    expect(w.rounds).toBe(1);
    w.results = [true, true, false];
    await clock.advance(1000);
    expect(w.rounds).toBe(4);
    await w.stop();
  });

  it('backs off exponentially after failures and recovers', async () => {
    const clock = new FakeClock();
    const w = new CountingWorker(clock);
    (w as unknown as { logger: { error: () => void } }).logger.error = () => undefined;
    w.results = [new Error('db down'), new Error('db down'), false];
    await w.start();
    await clock.advance(1000); // round 1 fails -> next in 2000
    expect(w.rounds).toBe(1);
    await clock.advance(1999);
    expect(w.rounds).toBe(1);
    await clock.advance(1); // round 2 fails -> next in 4000
    expect(w.rounds).toBe(2);
    await clock.advance(4000); // round 3 succeeds -> back to 1000
    expect(w.rounds).toBe(3);
    await clock.advance(1000);
    expect(w.rounds).toBe(4);
    await w.stop();
  });

  it('stop waits for the round in progress and schedules nothing after it', async () => {
    const clock = new FakeClock();
    const w = new CountingWorker(clock);
    w.holdNext = true;
    await w.start();
    await clock.advance(1000);
    expect(w.rounds).toBe(1);
    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await clock.advance(0);
    expect(stopped).toBe(false);
    w.release!();
    await stopping;
    expect(stopped).toBe(true);
    await clock.advance(10_000);
    expect(w.rounds).toBe(1);
    expect(clock.pending).toBe(0);
  });
});
