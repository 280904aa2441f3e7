import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Pool, type PoolClient } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

/**
 * The embedded database is one PGlite session shared by every connection.
 * These tests speak the wire protocol with plain sockets so that a
 * connection's messages can be sent in separate writes, with pauses, the way
 * they arrive from a client under load (split across socket reads).
 */

interface Message {
  type: string;
  body: Buffer;
}

function frame(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const cstr = (s: string): Buffer => Buffer.from(`${s}\0`, 'utf8');
const int16 = (n: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

const wire = {
  query: (sql: string) => frame('Q', cstr(sql)),
  parse: (sql: string) => frame('P', cstr(''), cstr(sql), int16(0)),
  bind: (params: string[]) =>
    frame(
      'B',
      cstr(''),
      cstr(''),
      int16(0),
      int16(params.length),
      ...params.flatMap((p) => [int32(Buffer.byteLength(p)), Buffer.from(p)]),
      int16(0),
    ),
  describe: () => frame('D', Buffer.from('P'), cstr('')),
  execute: () => frame('E', cstr(''), int32(0)),
  sync: () => frame('S'),
};

/** A wire-protocol client that writes exactly what it is told, when it is told. */
class RawClient {
  private buffer = Buffer.alloc(0);
  private readonly received: Message[] = [];
  private wake?: () => void;
  closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1)) {
        const end = 1 + this.buffer.readInt32BE(1);
        this.received.push({
          type: String.fromCharCode(this.buffer[0]),
          body: this.buffer.subarray(5, end),
        });
        this.buffer = this.buffer.subarray(end);
      }
      this.wake?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake?.();
    });
    socket.on('error', () => undefined);
  }

  static async connect(url: string): Promise<RawClient> {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new RawClient(socket);
    const params = Buffer.concat([
      cstr('user'),
      cstr('postgres'),
      cstr('database'),
      cstr('postgres'),
      cstr(''),
    ]);
    socket.write(Buffer.concat([int32(params.length + 8), int32(196608), params]));
    await client.untilReady(5000);
    return client;
  }

  write(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }

  /** The messages up to and including the next ReadyForQuery; rejects after `ms`. */
  async untilReady(ms = 10_000): Promise<Message[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const z = this.received.findIndex((m) => m.type === 'Z');
      if (z >= 0) return this.received.splice(0, z + 1);
      if (this.closed) throw new Error('connection closed');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ReadyForQuery within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** The first column of every DataRow, and the error messages, of one exchange. */
function summary(messages: Message[]): { rows: string[]; errors: string[]; status: string } {
  const rows: string[] = [];
  const errors: string[] = [];
  for (const m of messages) {
    if (m.type === 'D') {
      const len = m.body.readInt32BE(2);
      const value = m.body.subarray(6, 6 + len).toString();
      // A long value (the 200 KiB parameter) is shown by its start and length.
      rows.push(value.length > 40 ? `${value.slice(0, 10)}…(${value.length})` : value);
    } else if (m.type === 'E') {
      const fields = m.body.toString().split('\0');
      errors.push((fields.find((f) => f.startsWith('M')) ?? 'M?').slice(1));
    }
  }
  const z = messages[messages.length - 1];
  return { rows, errors, status: String.fromCharCode(z.body[0]) };
}

describe('embedded PostgreSQL: one connection at a time in the shared session', () => {
  let pg: EmbeddedPostgres;
  const clients: RawClient[] = [];
  const open = async (): Promise<RawClient> => {
    const c = await RawClient.connect(pg.url);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    pg = await EmbeddedPostgres.start({ maxConnections: 40 });
  }, 60_000);
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => pg.stop());

  it('keeps a pipeline whose messages arrive in separate writes apart from a simple query in between', async () => {
    const a = await open();
    const b = await open();
    a.write(wire.parse(`SELECT 'from a' AS who`));
    await sleep(50);
    // A simple query drops the unnamed statement; it must wait for a's Sync.
    b.write(wire.query(`SELECT 'from b' AS who`));
    await sleep(50);
    a.write(wire.bind([]));
    await sleep(20);
    a.write(wire.describe(), wire.execute());
    await sleep(20);
    a.write(wire.sync());
    const [ra, rb] = await Promise.all([a.untilReady(), b.untilReady()]);
    expect(summary(ra)).toEqual({ rows: ['from a'], errors: [], status: 'I' });
    expect(summary(rb)).toEqual({ rows: ['from b'], errors: [], status: 'I' });
  });

  it('keeps a pipeline apart from another connection’s whole pipeline in between', async () => {
    const a = await open();
    const b = await open();
    a.write(wire.parse(`SELECT $1::text AS who`));
    await sleep(50);
    b.write(
      wire.parse(`SELECT $1::int + 1 AS who`),
      wire.bind(['41']),
      wire.describe(),
      wire.execute(),
      wire.sync(),
    );
    await sleep(50);
    a.write(wire.bind(['from a']), wire.describe(), wire.execute(), wire.sync());
    const [ra, rb] = await Promise.all([a.untilReady(), b.untilReady()]);
    expect(summary(ra)).toEqual({ rows: ['from a'], errors: [], status: 'I' });
    expect(summary(rb)).toEqual({ rows: ['42'], errors: [], status: 'I' });
  });

  it('answers a query sent while another connection’s pipeline is failing (it is not swallowed)', async () => {
    const a = await open();
    const b = await open();
    a.write(wire.parse(`SELECT $1::int AS n`));
    await sleep(50);
    // Bind fails; until a's Sync the session ignores every message but Sync.
    a.write(wire.bind(['not a number']));
    await sleep(50);
    b.write(wire.query(`SELECT 'from b' AS who`));
    await sleep(50);
    a.write(wire.describe(), wire.execute(), wire.sync());
    const ra = summary(await a.untilReady());
    expect(ra.errors).toEqual([expect.stringMatching(/invalid input syntax/)]);
    expect(summary(await b.untilReady(5000))).toEqual({
      rows: ['from b'],
      errors: [],
      status: 'I',
    });
  });

  it('frames messages split at any byte, e.g. a 200 KiB parameter written in small pieces', async () => {
    const a = await open();
    const b = await open();
    const big = 'x'.repeat(200 * 1024);
    const bytes = Buffer.concat([
      wire.parse(`SELECT length($1::text)::text AS n`),
      wire.bind([big]),
      wire.describe(),
      wire.execute(),
      wire.sync(),
    ]);
    const writing = (async () => {
      for (let at = 0; at < bytes.length; at += 7001) {
        a.write(bytes.subarray(at, at + 7001));
        await sleep(1);
      }
    })();
    // Meanwhile b runs simple queries and pipelines of its own.
    const others: string[] = [];
    for (let i = 0; i < 20; i++) {
      b.write(wire.query(`SELECT 'q${i}'`));
      others.push(...summary(await b.untilReady()).rows);
      b.write(wire.parse(`SELECT $1::text || 'p'`), wire.bind([`${i}`]), wire.describe());
      await sleep(1);
      b.write(wire.execute(), wire.sync());
      others.push(...summary(await b.untilReady()).rows);
    }
    await writing;
    expect(summary(await a.untilReady())).toEqual({
      rows: [String(big.length)],
      errors: [],
      status: 'I',
    });
    expect(others).toEqual(Array.from({ length: 20 }, (_, i) => [`q${i}`, `${i}p`]).flat());
  });

  it('keeps a transaction on its connection and rolls it back when that connection closes', async () => {
    const setup = await open();
    setup.write(wire.query('CREATE TABLE IF NOT EXISTS turn_probe (v int)'));
    await setup.untilReady();
    const a = await open();
    const b = await open();
    a.write(wire.query('BEGIN; INSERT INTO turn_probe VALUES (1)'));
    expect(summary(await a.untilReady()).status).toBe('T');
    b.write(wire.query('SELECT count(*)::text FROM turn_probe'));
    await sleep(100);
    a.destroy();
    expect(summary(await b.untilReady(5000))).toEqual({ rows: ['0'], errors: [], status: 'I' });
  });

  it('releases the session when a connection closes in the middle of a pipeline', async () => {
    const a = await open();
    const b = await open();
    a.write(wire.parse(`SELECT $1::int AS n`), wire.bind(['oops']));
    await sleep(50);
    b.write(wire.query(`SELECT 'from b'`));
    await sleep(50);
    a.destroy();
    expect(summary(await b.untilReady(5000))).toEqual({
      rows: ['from b'],
      errors: [],
      status: 'I',
    });
  });

  it('gives pooled clients whose writes are split and delayed their own results', async () => {
    const pool = new Pool({ connectionString: pg.url, max: 8 });
    pool.on('connect', (client: PoolClient) => splitWrites(client));
    await pool.query('CREATE TABLE IF NOT EXISTS turn_counter (k int PRIMARY KEY, n int)');
    try {
      const jobs = Array.from({ length: 240 }, async (_, i) => {
        if (i % 4 === 0) {
          // Every fourth job is a transaction of three statements.
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await client.query('INSERT INTO turn_counter VALUES ($1, 0)', [i]);
            await client.query('UPDATE turn_counter SET n = n + $2 WHERE k = $1', [i, i]);
            await client.query('COMMIT');
          } catch (err) {
            await client.query('ROLLBACK');
            throw err;
          } finally {
            client.release();
          }
          return `tx${i}`;
        }
        if (i % 4 === 1) {
          // Fails in its Bind.
          await pool.query('SELECT $1::int AS n', [`bad ${i}`]);
          return 'unexpected';
        }
        // A statement text of its own, so a Bind running another's Parse shows.
        const { rows } = await pool.query<{ v: string }>(
          `SELECT $1::text AS v${i % 7}, ${i} AS tag`,
          [`v${i}`],
        );
        return String(Object.values(rows[0])[0]);
      });
      const results = await Promise.allSettled(jobs);
      results.forEach((r, i) => {
        const got = r.status === 'fulfilled' ? r.value : String(r.reason);
        if (i % 4 === 0) expect(got).toBe(`tx${i}`);
        else if (i % 4 === 1) expect(got).toMatch(/invalid input syntax/);
        else expect(got).toBe(`v${i}`);
      });
      const { rows } = await pool.query<{ n: string; total: string }>(
        'SELECT count(*)::text AS n, sum(n)::text AS total FROM turn_counter',
      );
      const keys = Array.from({ length: 60 }, (_, j) => j * 4);
      expect(rows[0]).toEqual({ n: '60', total: String(keys.reduce((s, k) => s + k, 0)) });
    } finally {
      await pool.end();
    }
  }, 60_000);
});

/** Makes a pg client send each message in its own delayed write, some cut in two. */
function splitWrites(client: PoolClient): void {
  const stream = (client as unknown as { connection: { stream: Socket } }).connection.stream;
  const original = stream.write.bind(stream);
  const write = (chunk: Buffer): boolean => original(chunk);
  let chain = Promise.resolve();
  let n = 0;
  (stream as unknown as { write: (chunk: Buffer) => boolean }).write = (chunk: Buffer) => {
    const cut = n++ % 3 === 0 && chunk.length > 2 ? Math.floor(chunk.length / 2) : chunk.length;
    chain = chain
      .then(() => sleep(n % 2))
      .then(() => {
        write(chunk.subarray(0, cut));
        if (cut < chunk.length) return sleep(1).then(() => void write(chunk.subarray(cut)));
      });
    return true;
  };
}

/** Connects as soon as the server takes a connection again (within `ms`). */
async function connectWhenFree(url: string, ms = 15_000): Promise<RawClient> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await RawClient.connect(url);
    } catch (err) {
      if (Date.now() > until) throw err;
      await sleep(50);
    }
  }
}

describe('embedded PostgreSQL connection limit', () => {
  it('refuses a connection over maxConnections with PostgreSQL’s error, and takes one again once a slot frees', async () => {
    const pg = await EmbeddedPostgres.start({ maxConnections: 1 });
    try {
      const a = await RawClient.connect(pg.url);
      await expect(RawClient.connect(pg.url)).rejects.toThrow(/connection closed/);
      const client = new Client({ connectionString: pg.url });
      await expect(client.connect()).rejects.toThrow(/too many clients/);
      a.destroy();
      // The slot frees when the server has seen the socket close: on a loaded machine that
      // may take longer than a fixed pause.
      const b = await connectWhenFree(pg.url);
      b.write(wire.query(`SELECT 'again'`));
      expect(summary(await b.untilReady()).rows).toEqual(['again']);
      b.destroy();
    } finally {
      await pg.stop();
    }
  });
});

describe('stopping the embedded database', () => {
  it('does not wait for a connection idle in a transaction, nor for queries waiting behind it', async () => {
    const pg = await EmbeddedPostgres.start({ maxConnections: 6 });
    const a = await RawClient.connect(pg.url);
    const pool = new Pool({ connectionString: pg.url, max: 2 });
    pool.on('error', () => undefined);
    try {
      a.write(wire.query('BEGIN'));
      expect(summary(await a.untilReady()).status).toBe('T');
      // Waits for a's transaction, which never ends.
      const waiting = pool.query('SELECT 1').then(
        () => 'answered',
        (err: Error) => `failed: ${err.message}`,
      );
      await sleep(100);
      const started = Date.now();
      await pg.stop();
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await waiting).toMatch(/^failed: /);
      await expect(a.untilReady(1000)).rejects.toThrow(/connection closed/);
    } finally {
      a.destroy();
      await pool.end();
    }
  });
});
