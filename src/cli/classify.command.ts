import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { createClassifier } from '../modules/classification/core';
import { ClassifyLineDto } from '../modules/classification/dtos/classify.dto';
import { flattenValidationErrors } from '../platform/errors/validation';

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
  const channels = new Set(classifier.policySet.channels.channels.map((c) => c.id));
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
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      fail('not valid JSON');
      continue;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      fail('expected a JSON object');
      continue;
    }
    // The same DTO and rules as POST /v1/classify, so the two accept the same input.
    const parsed = plainToInstance(ClassifyLineDto, raw);
    const problems = validateSync(parsed, { whitelist: true, forbidNonWhitelisted: true });
    if (problems.length > 0) {
      fail(
        flattenValidationErrors(problems)
          .map((p) => `"${p.field}": ${p.problems.join('; ')}`)
          .join(', '),
      );
      continue;
    }
    if (parsed.channel !== undefined && !channels.has(parsed.channel)) {
      fail(`"channel": unknown channel; one of ${[...channels].join(', ')}`);
      continue;
    }
    const visibility = parsed.visibility;
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
