import type { PGlite } from '@electric-sql/pglite';
import { createServer, type Server, type Socket } from 'node:net';

/**
 * Serves PGlite's one session to several PostgreSQL wire-protocol connections
 * (the service's pool, its workers, migrations) on a loopback port.
 *
 * Because the session is shared, a connection must have it to itself for a
 * whole exchange, not message by message: an extended-protocol Parse…Sync
 * pipeline (another connection's Parse would replace the unnamed statement,
 * or its messages would be swallowed while the session ignores everything up
 * to the failed pipeline's Sync), a simple Query, a COPY, and a transaction
 * until it ends. So a connection takes the turn with its first message and
 * keeps it until a reply of its own ends with ReadyForQuery "idle"; the others
 * wait, first come first served. Messages are framed by their length, however
 * the socket splits them.
 *
 * A connection that closes while it has the turn has its pipeline ended
 * (Sync) and its transaction rolled back, then the turn passes on. `stop()`
 * closes every connection and waits only for the message being run. What no
 * server here can undo: code that, inside a transaction, waits for a query on
 * another connection waits for ever (the transaction keeps the turn).
 *
 * (@electric-sql/pglite-socket's server, used before, switched connections
 * between any two messages outside an explicit transaction, and did not end a
 * closed connection's pipeline.)
 */
export class PGliteSessionServer {
  private server?: Server;
  private readonly connections = new Set<Connection>();
  private readonly turn = new Turn();
  private stopping = false;

  constructor(
    private readonly db: PGlite,
    private readonly options: { host: string; port?: number; maxConnections: number },
  ) {}

  /** Listens; resolves to "host:port". */
  async start(): Promise<string> {
    await this.db.waitReady;
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    return `${this.options.host}:${address.port}`;
  }

  /** Closes every connection (ending their pipelines and transactions) and the listener. */
  async stop(): Promise<void> {
    this.stopping = true;
    const server = this.server;
    this.server = undefined;
    const closed = server
      ? new Promise<void>((resolve) => server.close(() => resolve()))
      : Promise.resolve();
    const done = [...this.connections].map((c) => c.close());
    await Promise.all(done);
    await closed;
  }

  private accept(socket: Socket): void {
    if (this.stopping || this.connections.size >= this.options.maxConnections) {
      socket.on('error', () => undefined);
      socket.write(fatal('53300', 'sorry, too many clients already'), () => socket.destroy());
      return;
    }
    const connection = new Connection(socket, this.db, this.turn, () =>
      this.connections.delete(connection),
    );
    this.connections.add(connection);
  }
}

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const COPY_IN_RESPONSE = 0x47; // 'G'
const SYNC = message('S', Buffer.alloc(0));
const ROLLBACK = message('Q', Buffer.from('ROLLBACK\0'));
const COPY_FAIL = message('f', Buffer.from('connection closed\0'));

/** Who has the session: one connection, the others waiting in arrival order. */
class Turn {
  private holder?: Connection;
  private readonly waiting: Array<{ connection: Connection; grant: () => void }> = [];

  acquire(connection: Connection): Promise<void> {
    if (this.holder === undefined) {
      this.holder = connection;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ connection, grant }));
  }

  release(connection: Connection): void {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection;
    next?.grant();
  }
}

class Connection {
  private inbox: Buffer = Buffer.alloc(0);
  private started = false;
  private readonly pending: Buffer[] = [];
  private pumping?: Promise<void>;
  private holding = false;
  private closed = false;
  /** The session is in COPY FROM STDIN for this connection (a reply had CopyInResponse). */
  private copyIn = false;

  constructor(
    private readonly socket: Socket,
    private readonly db: PGlite,
    private readonly turn: Turn,
    private readonly onClosed: () => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => void this.close());
  }

  /** Closes the socket; resolves once this connection no longer has or waits for the turn. */
  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.pending.length = 0;
      this.socket.destroy();
      this.onClosed();
      // The pump ends the pipeline and transaction this connection may have left open.
      this.pump();
    }
    return this.pumping ?? Promise.resolve();
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    this.inbox = this.inbox.length === 0 ? chunk : Buffer.concat([this.inbox, chunk]);
    let at = 0;
    for (;;) {
      // Before start-up a message has no type byte: length, then a code.
      const head = this.started ? 1 : 0;
      if (this.inbox.length - at < head + 4) break;
      const length = head + this.inbox.readInt32BE(at + head);
      if (length < head + 4) return void this.close();
      if (this.inbox.length - at < length) break;
      const msg = this.inbox.subarray(at, at + length);
      at += length;
      if (this.started) {
        if (msg[0] === TERMINATE) return void this.close();
        this.pending.push(msg);
        continue;
      }
      const code = msg.length >= 8 ? msg.readInt32BE(4) : 0;
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        this.socket.write('N');
      } else if (code === PROTOCOL_3) {
        this.started = true;
        this.pending.push(msg);
      } else {
        // CancelRequest (a query here cannot be interrupted) or an unknown protocol.
        return void this.close();
      }
    }
    this.inbox = this.inbox.subarray(at);
    this.pump();
  }

  /** Runs the pending messages in order, one pump per connection at a time. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = this.run().finally(() => {
      this.pumping = undefined;
      // Messages that arrived while the last one's reply was being written.
      if (this.pending.length > 0 && !this.closed) this.pump();
    });
  }

  private async run(): Promise<void> {
    try {
      while (!this.closed && this.pending.length > 0) {
        const msg = this.pending.shift()!;
        if (!this.holding) {
          await this.turn.acquire(this);
          this.holding = true;
          if (this.closed) break;
        }
        const status = await this.exec(msg, true);
        if (status === 'I') this.release();
      }
    } catch {
      // PGlite failed on this message: drop the connection (its turn is ended below).
      void this.close();
    }
    if (this.closed && this.holding) {
      try {
        await this.reset();
      } catch {
        // PGlite is closing or broken: nothing left to reset.
      }
      this.release();
    }
  }

  /** Ends this connection's COPY, pipeline and transaction so the next one starts clean. */
  private async reset(): Promise<void> {
    if (this.copyIn) await this.exec(COPY_FAIL, false);
    const status = await this.exec(SYNC, false);
    if (status !== 'I') await this.exec(ROLLBACK, false);
  }

  private release(): void {
    this.holding = false;
    this.turn.release(this);
  }

  /** Runs one message; returns the status of the last ReadyForQuery of its reply, if any. */
  private async exec(msg: Uint8Array, forward: boolean): Promise<string | undefined> {
    const reply = new ReplyScanner();
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(msg, {
        onRawData: (data: Uint8Array) => {
          reply.scan(data);
          if (forward && !this.closed) this.socket.write(Buffer.from(data));
        },
      }),
    );
    if (reply.copyIn !== undefined) this.copyIn = reply.copyIn;
    return reply.readyStatus;
  }
}

/** Follows the framing of a reply, however it is chunked, for ReadyForQuery and CopyInResponse. */
class ReplyScanner {
  readyStatus?: string;
  copyIn?: boolean;
  private readonly header = Buffer.alloc(5);
  private headerBytes = 0;
  private left = 0;

  scan(data: Uint8Array): void {
    let i = 0;
    while (i < data.length) {
      if (this.headerBytes < 5) {
        this.header[this.headerBytes++] = data[i++];
        if (this.headerBytes === 5) {
          this.left = this.header.readInt32BE(1) - 4;
          if (this.header[0] === COPY_IN_RESPONSE) this.copyIn = true;
          if (this.left <= 0) this.headerBytes = 0;
        }
        continue;
      }
      if (this.header[0] === READY_FOR_QUERY) {
        this.readyStatus = String.fromCharCode(data[i]);
        this.copyIn = false;
      }
      const n = Math.min(this.left, data.length - i);
      i += n;
      this.left -= n;
      if (this.left === 0) this.headerBytes = 0;
    }
  }
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function fatal(code: string, text: string): Buffer {
  return message('E', Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`));
}
