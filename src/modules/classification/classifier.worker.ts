/**
 * A classification worker thread: loads the policy set from the directory the
 * service loaded it from, checks it is the same version, and classifies the
 * texts it is sent. The classifier is a pure function, so the answer is the
 * one the main thread would have given.
 */
import 'reflect-metadata';
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { classifyResponseJson } from './classification.mapper';
import type { ClassificationContext } from './core/classification.types';
import { createClassifier } from './core/classifier';

export interface WorkerInit {
  policiesDir: string;
  policyVersion: string;
}
/** `result`: the result object; `body`: the API response as JSON bytes (built here, off the main thread). */
export type WorkerOutput = 'result' | 'body';
export type WorkerRequest = {
  id: number;
  text: string;
  context: ClassificationContext;
  output: WorkerOutput;
};
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; reason: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; reason: string };

const encoder = new TextEncoder();

/** How much lower than the event loop a classification thread is scheduled (a nice increment). */
const BELOW_EVENT_LOOP = 10;

/**
 * On Linux, lowers this thread's scheduling priority (not the process's): when
 * the cores are busy, the event loop (health checks, short requests, webhook
 * acknowledgements) gets the CPU before a long classification does. Elsewhere,
 * or where the thread cannot be named, it runs at the process's priority.
 */
export function yieldToEventLoop(): boolean {
  try {
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (!Number.isSafeInteger(tid) || tid <= 0) return false;
    setPriority(tid, Math.min(19, getPriority(tid) + BELOW_EVENT_LOOP));
    return true;
  } catch {
    return false;
  }
}

function start(port: NonNullable<typeof parentPort>, init: WorkerInit): void {
  yieldToEventLoop();
  let classifier: ReturnType<typeof createClassifier>;
  try {
    classifier = createClassifier({ policiesDir: init.policiesDir });
  } catch (err) {
    port.postMessage({ type: 'failed', reason: String(err) } satisfies WorkerReply);
    return;
  }
  if (classifier.policyVersion !== init.policyVersion) {
    // The files changed since the service loaded them: this worker would cite another version.
    port.postMessage({
      type: 'failed',
      reason: 'the policy files on disk are not the version in force',
    } satisfies WorkerReply);
    return;
  }
  port.on('message', (req: WorkerRequest) => {
    try {
      const result = classifier.classify(req.text, req.context);
      if (req.output === 'body') {
        // Bytes of their own (not a pooled Buffer), moved rather than copied: the main
        // thread only sends them.
        const bytes = encoder.encode(classifyResponseJson(result));
        port.postMessage({ type: 'result', id: req.id, result: bytes } satisfies WorkerReply, [
          bytes.buffer,
        ]);
      } else {
        port.postMessage({ type: 'result', id: req.id, result } satisfies WorkerReply);
      }
    } catch (err) {
      port.postMessage({ type: 'error', id: req.id, reason: String(err) } satisfies WorkerReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

if (parentPort) start(parentPort, workerData as WorkerInit);
