import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (to provoke a client time-out). */
  delayMs?: number;
}

/**
 * A platform stand-in on 127.0.0.1 for transport tests: it records every
 * request (method, path, query, headers, parsed JSON body) and answers from
 * a queue of scripted answers, so a test can check exactly what was sent and
 * play errors, rate limits and time-outs.
 */
export class FakePlatformServer {
  readonly seen: SeenRequest[] = [];
  private answers: FakeAnswer[] = [];
  private server?: Server;
  private readonly open = new Set<ServerResponse>();
  private readonly timers = new Set<NodeJS.Timeout>();

  answer(...answers: FakeAnswer[]): void {
    this.answers.push(...answers);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    for (const r of this.open) r.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    this.seen.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    });
    const a = this.answers.shift() ?? { status: 500, body: { error: 'no answer scripted' } };
    this.open.add(res);
    const reply = () => {
      this.open.delete(res);
      if (res.destroyed) return;
      res.writeHead(a.status, { 'content-type': 'application/json', ...(a.headers ?? {}) });
      res.end(a.body === undefined ? '' : JSON.stringify(a.body));
    };
    if (a.delayMs) {
      const t = setTimeout(() => {
        this.timers.delete(t);
        reply();
      }, a.delayMs);
      this.timers.add(t);
    } else reply();
  }
}
