/**
 * Event-loop delay under hostile posts: the full app on a fresh database, 8
 * concurrent POST /v1/classify of 200,000 characters each (several rounds),
 * while /healthz is polled. Prints the loop's longest delay
 * (perf_hooks.monitorEventLoopDelay) and /healthz latency.
 */
import 'reflect-metadata';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createHttpApp } from '../src/http';
import { Location, Role } from '../src/platform/auth/access.enums';
import { signDevToken } from '../src/platform/auth/token.service';
import { loadSettings } from '../src/platform/config/settings';
import { percentile, runMain, withFreshDatabase } from './support';

export const HOSTILE_POSTS = [
  'my ssn is 078-05-1120 and dob 01/02/1990 acct 12345678 ',
  '4111 1111 1111 1111 ',
  '0123456789 -./@abc',
  'a1 b2 c3 ',
].map((unit) => unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000));

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

runMain(() =>
  withFreshDatabase(async () => {
    const settings = loadSettings({
      ...process.env,
      NODE_ENV: 'test',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      WORKERS: 'false',
    });
    const app = await createHttpApp(settings);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const token = await signDevToken(
      settings,
      { sub: 'bench', roles: [Role.Agent], location: Location.Office },
      3600,
    );
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const post = (text: string) =>
      send(port, 'POST', '/v1/classify', headers, JSON.stringify({ text }));
    try {
      for (const text of HOSTILE_POSTS) await post(text); // warm-up: workers started
      const rounds = 3;
      const delays: number[] = [];
      const healthz: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const histogram = monitorEventLoopDelay({ resolution: 5 });
        histogram.enable();
        let done = false;
        const probe = (async () => {
          while (!done) {
            healthz.push((await send(port, 'GET', '/healthz', {})).ms);
            await new Promise((r) => setTimeout(r, 10));
          }
        })();
        const started = performance.now();
        const answers = await Promise.all(
          Array.from({ length: 8 }, (_, i) => post(HOSTILE_POSTS[i % HOSTILE_POSTS.length])),
        );
        const elapsed = performance.now() - started;
        done = true;
        await probe;
        histogram.disable();
        if (answers.some((a) => a.status !== 200)) throw new Error('a hostile post failed');
        delays.push(histogram.max / 1e6);
        console.log(
          `round ${round + 1}: 8 posts in ${Math.round(elapsed)} ms; loop delay max ${(histogram.max / 1e6).toFixed(1)} ms, p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms`,
        );
      }
      console.log(
        `event loop under 8 concurrent 200,000-character posts: max delay ${Math.max(...delays).toFixed(1)} ms; ` +
          `/healthz p50 ${percentile(healthz, 50).toFixed(1)} ms, p99 ${percentile(healthz, 99).toFixed(1)} ms, max ${Math.max(...healthz).toFixed(1)} ms (${healthz.length} probes)`,
      );
    } finally {
      await app.close();
    }
  }),
);
