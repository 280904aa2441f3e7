import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Role } from '../../src/platform/auth/access.enums';
import { startTestApp, TestApp } from '../support/test-app';

function post(port: number, path: string, token: string, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          authorization: token,
          'content-type': 'application/json',
          'content-length': body.length,
        },
      },
      (res) => {
        res.resume(); // drained, not parsed: the client must not load the loop it measures
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    httpRequest({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - started));
    })
      .on('error', reject)
      .end();
  });
}

/**
 * An idle thread measuring its own event-loop delay: what the machine's
 * scheduling (other processes on a busy CI host) adds to any thread's loop.
 * The main thread's delay beyond this is its own work.
 */
function startCalibration(): { stop(): Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const { monitorEventLoopDelay } = require('node:perf_hooks');
     const h = monitorEventLoopDelay({ resolution: 5 });
     h.enable();
     const keep = setInterval(() => {}, 1000);
     parentPort.on('message', () => { h.disable(); clearInterval(keep); parentPort.postMessage(h.max / 1e6); });`,
    { eval: true },
  );
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once('message', (ms: number) => {
          void worker.terminate();
          resolve(ms);
        });
        worker.postMessage('stop');
      }),
  };
}

const HOSTILE = [
  'my ssn is 078-05-1120 and dob 01/02/1990 acct 12345678 ',
  '4111 1111 1111 1111 ',
  '0123456789 -./@abc',
].map((unit) => unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000));
// The request bodies are built before the measurement: the client shares the loop it measures.
const BODIES = HOSTILE.map((text) => Buffer.from(JSON.stringify({ text })));

// Jest runs two spec files at once on a 2-core machine: a busy neighbour can preempt this
// process's main thread longer than it delays the idle calibration thread. One more run is
// allowed for that; a loop really blocked by classification (0.3–0.7 s a post in process)
// fails both runs.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describe('the event loop is not blocked by long hostile posts', () => {
  let t: TestApp;
  let port: number;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: String(512 * 1024) });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    token = `Bearer ${await t.token('ann', Role.Agent)}`;
    // Warm up: workers started and compiled, so the measurement is of steady work.
    const warm = await Promise.all(BODIES.map((body) => post(port, '/v1/classify', token, body)));
    expect(warm).toEqual([200, 200, 200]);
  }, 120_000);
  afterAll(() => t.close());

  it('8 concurrent 200,000-character posts: no loop delay over 50 ms, /healthz keeps answering', async () => {
    const calibration = startCalibration();
    // Garbage collections of this process's heap (the test runner's, grown over earlier suites)
    // pause the loop whatever the service does: the longest is taken out of the loop delay.
    let longestGcMs = 0;
    const gcs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longestGcMs = Math.max(longestGcMs, e.duration);
    });
    gcs.observe({ entryTypes: ['gc'] });
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    const latencies: number[] = [];
    let done = false;
    const probe = (async () => {
      while (!done) {
        latencies.push(await get(port, '/healthz'));
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post(port, '/v1/classify', token, BODIES[i % BODIES.length]),
      ),
    );
    done = true;
    await probe;
    histogram.disable();
    const noiseMs = await calibration.stop();
    for (const e of gcs.takeRecords()) longestGcMs = Math.max(longestGcMs, e.duration);
    gcs.disconnect();
    expect(statuses).toEqual(Array(8).fill(200));
    // In process, one of these posts alone blocks the loop for 0.3–0.7 s.
    expect(histogram.max / 1e6 - noiseMs - longestGcMs).toBeLessThan(50);
    expect(latencies.length).toBeGreaterThan(5);
  }, 120_000);
});
