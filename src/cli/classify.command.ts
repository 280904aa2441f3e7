import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { createClassifier } from '../modules/classification/core';

interface ClassifyLine {
  id?: unknown;
  text?: unknown;
  channel?: unknown;
  visibility?: unknown;
}

/**
 * JSONL in, JSONL out, in input order, streaming (constant memory). A bad line
 * is reported on stderr with its line number and the rest carries on; the
 * exit code is 1 when any line was bad.
 */
export async function classifyStream(
  input: Readable,
  output: Writable,
  errors: Writable,
  options: { policiesDir?: string },
): Promise<{ lines: number; bad: number }> {
  const classifier = createClassifier({ policiesDir: options.policiesDir });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  const fail = (reason: string) => {
    bad++;
    errors.write(`line ${lineNo}: ${reason}\n`);
  };
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let parsed: ClassifyLine;
    try {
      parsed = JSON.parse(line) as ClassifyLine;
    } catch {
      fail('not valid JSON');
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      fail('expected a JSON object');
      continue;
    }
    if (typeof parsed.text !== 'string') {
      fail('"text" must be a string');
      continue;
    }
    if (parsed.id !== undefined && typeof parsed.id !== 'string' && typeof parsed.id !== 'number') {
      fail('"id" must be a string or a number');
      continue;
    }
    if (parsed.channel !== undefined && typeof parsed.channel !== 'string') {
      fail('"channel" must be a string');
      continue;
    }
    const visibility = parsed.visibility;
    if (visibility !== undefined && visibility !== 'public' && visibility !== 'private') {
      fail('"visibility" must be public or private');
      continue;
    }
    const result = classifier.classify(parsed.text, { channel: parsed.channel, visibility });
    const out = {
      id: parsed.id ?? lineNo,
      entities: result.entities.map((e) => ({
        type: e.type,
        start: e.start,
        end: e.end,
        detector: e.detector,
        confidence: e.confidence,
      })),
      intents: result.intents,
      decision: result.decision,
    };
    if (!output.write(JSON.stringify(out) + '\n')) await once(output, 'drain');
  }
  return { lines: lineNo, bad };
}
