import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadSettings } from '../../src/platform/config/settings';
import { startTestApp, TestApp } from '../support/test-app';

interface Outcome {
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfter: number;
  answer: string;
}

/**
 * Opens a raw connection, sends `first`, then one byte of `trickle` every
 * `everyMs` (so that the idle time-out alone never fires), until the server
 * closes the connection or `giveUpMs` passes.
 */
function slowClient(
  port: number,
  first: string,
  trickle: string,
  everyMs: number,
  giveUpMs: number,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let i = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      if (first) socket.write(first);
      if (trickle) {
        timer = setInterval(() => {
          if (!socket.destroyed && socket.writable) socket.write(trickle[i++ % trickle.length]);
        }, everyMs);
      }
    });
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', () => undefined);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ closedAfter: Date.now() - started, answer: Buffer.concat(chunks).toString() });
    });
  });
}

function errorOf(answer: string): { status: number; code: string; requestId: string } {
  const [head, body] = answer.split('\r\n\r\n');
  const parsed = JSON.parse(body) as { error: { code: string }; requestId: string };
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
    code: parsed.error.code,
    requestId: parsed.requestId,
  };
}

describe('time-outs: a slow client cannot hold a connection', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({
      HTTP_CONNECTION_TIMEOUT_MS: '1000',
      HTTP_HEADERS_TIMEOUT_MS: '800',
      HTTP_BODY_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '2500',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '500',
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('the defaults are safe and documented settings', () => {
    const s = loadSettings({ NODE_ENV: 'test' });
    expect(s.HTTP_HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(30_000);
    expect(s.HTTP_BODY_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
    expect(s.HTTP_REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
    expect(s.HTTP_CONNECTION_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
    expect(s.HTTP_KEEP_ALIVE_TIMEOUT_MS).toBeLessThanOrEqual(30_000);
  });

  it('a connection that sends nothing is closed after the connection time-out', async () => {
    const o = await slowClient(port, '', '', 0, 10_000);
    expect(o.closedAfter).toBeLessThan(4000);
  });

  it('headers trickled one byte at a time: 408 in the error shape, then closed', async () => {
    const o = await slowClient(
      port,
      'GET /healthz HTTP/1.1\r\nHost: x\r\n',
      'X-Slow: aaaaaaaa\r\n',
      100,
      10_000,
    );
    expect(o.closedAfter).toBeLessThan(4000);
    expect(errorOf(o.answer)).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    expect(o.answer.toLowerCase()).toMatch(/x-request-id: [0-9a-f-]{36}/);
  });

  it('headers, then part of the body and a trickle, without a token: 408 and closed', async () => {
    const o = await slowClient(
      port,
      'POST /v1/classify HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"text":"',
      'a',
      100,
      10_000,
    );
    expect(o.closedAfter).toBeLessThan(4000);
    const e = errorOf(o.answer);
    expect(e).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    expect(e.requestId).toMatch(/\S/);
  });

  it('an idle keep-alive connection is closed after the keep-alive time-out', async () => {
    const o = await slowClient(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', '', 0, 10_000);
    expect(o.answer).toMatch(/^HTTP\/1\.1 200/);
    expect(o.closedAfter).toBeLessThan(3000);
  });
});
