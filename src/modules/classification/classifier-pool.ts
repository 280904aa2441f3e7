import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerInit, WorkerOutput, WorkerReply, WorkerRequest } from './classifier.worker';
import type { ClassificationContext, ClassificationResult } from './core/classification.types';

interface Job {
  id: number;
  text: string;
  context: ClassificationContext;
  output: WorkerOutput;
  resolve(result: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
}

/** The pool could not classify (no usable worker); the caller classifies in process. */
export class ClassifierPoolUnavailable extends Error {}

// When the service runs from its TypeScript sources (the tests), the worker is
// transpiled as it loads, with the compiler the tests already use.
const TS_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const ts = require('typescript');
require.extensions['.ts'] = (module, filename) => {
  const out = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
    },
  });
  module._compile(out.outputText, filename);
};
require(require('node:worker_threads').workerData.entry);
`;

function spawn(init: WorkerInit): Worker {
  const js = join(__dirname, 'classifier.worker.js');
  if (existsSync(js)) return new Worker(js, { workerData: init });
  const entry = join(__dirname, 'classifier.worker.ts');
  return new Worker(TS_BOOTSTRAP, { eval: true, workerData: { ...init, entry } });
}

/** Workers that leave the main thread a core: at least one, at most four. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Worker threads running the same classifier on the same policy set, so that
 * a long hostile post does not block the event loop. Workers start on first
 * use; a worker that fails to start or dies leaves its job to the caller
 * (ClassifierPoolUnavailable), which classifies in process.
 */
export class ClassifierPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disabled: string | undefined;

  constructor(
    private readonly init: WorkerInit,
    private readonly size: number = defaultPoolSize(),
  ) {}

  /** Why the pool stopped using workers, if it did. */
  get unavailableReason(): string | undefined {
    return this.disabled;
  }

  classify(text: string, context: ClassificationContext): Promise<ClassificationResult> {
    return this.run(text, context, 'result') as Promise<ClassificationResult>;
  }

  /** The API response body (JSON bytes) for the text, built in the worker. */
  async classifyToBody(text: string, context: ClassificationContext): Promise<Buffer> {
    const bytes = (await this.run(text, context, 'body')) as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private run(
    text: string,
    context: ClassificationContext,
    output: WorkerOutput,
  ): Promise<unknown> {
    if (this.disabled) return Promise.reject(new ClassifierPoolUnavailable(this.disabled));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, context, output, resolve, reject });
      this.grow();
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.disable('the pool is closed');
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private grow(): void {
    const idle = this.slots.filter((s) => !s.job).length;
    if (idle >= this.queue.length || this.slots.length >= this.size) return;
    const slot: Slot = { worker: spawn(this.init), ready: false };
    slot.worker.unref();
    slot.worker.on('message', (msg: WorkerReply) => this.onMessage(slot, msg));
    slot.worker.on('error', (err) => this.onExit(slot, err.message));
    slot.worker.on('exit', (code) => this.onExit(slot, `worker exited with code ${code}`));
    this.slots.push(slot);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({
        id: job.id,
        text: job.text,
        context: job.context,
        output: job.output,
      } satisfies WorkerRequest);
    }
  }

  private onMessage(slot: Slot, msg: WorkerReply): void {
    switch (msg.type) {
      case 'ready':
        slot.ready = true;
        break;
      case 'failed':
        this.disable(msg.reason);
        void slot.worker.terminate();
        return;
      case 'result':
      case 'error': {
        const job = slot.job;
        slot.job = undefined;
        slot.worker.unref();
        if (job && msg.type === 'result') job.resolve(msg.result);
        else if (job && msg.type === 'error') job.reject(new ClassifierPoolUnavailable(msg.reason));
        break;
      }
    }
    this.dispatch();
  }

  private onExit(slot: Slot, reason: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    // A worker that dies before it is ready would die again: stop using workers.
    if (!slot.ready) this.disable(reason);
    slot.job?.reject(new ClassifierPoolUnavailable(reason));
    slot.job = undefined;
    if (this.slots.length === 0 && this.queue.length > 0 && !this.disabled) this.grow();
    this.dispatch();
  }

  private disable(reason: string): void {
    this.disabled ??= reason;
    for (const job of this.queue.splice(0)) job.reject(new ClassifierPoolUnavailable(reason));
  }
}
