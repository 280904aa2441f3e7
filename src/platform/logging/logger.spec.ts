import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import * as winston from 'winston';
import { createWinston, WinstonNestLogger } from './logger';

function capture(production: boolean): { logger: WinstonNestLogger; lines: string[] } {
  const lines: string[] = [];
  const w = createWinston({ production, level: 'info' });
  w.clear();
  w.add(
    new winston.transports.Stream({
      stream: new Writable({
        write(chunk: Buffer, _enc, cb) {
          lines.push(chunk.toString('utf8'));
          cb();
        },
      }),
    }),
  );
  return { logger: new WinstonNestLogger(w), lines };
}

describe('the application logger', () => {
  it('masks sensitive values in messages, metadata and errors (DESIGN invariant 6)', () => {
    const { logger, lines } = capture(true);
    logger.log('customer 4111 1111 1111 1111 wrote from jane@example.com', 'Test');
    logger.error(new Error('failed for acct 0012345678'), 'Test');
    logger.warn({ body: 'ssn 123-45-6789' }, 'Test');
    const out = lines.join('');
    expect(out).not.toMatch(/4111|jane@example\.com|0012345678|123-45-6789/);
    expect(out).toContain('[digits:16]');
    expect(out).toContain('[email]');
  });

  it('writes JSON lines in production, with the context', () => {
    const { logger, lines } = capture(true);
    logger.log('hello', 'Main');
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', message: 'hello', context: 'Main' });
    expect(typeof line.timestamp).toBe('string');
  });

  it('writes readable lines otherwise', () => {
    const { logger, lines } = capture(false);
    logger.log('hello', 'Main');
    expect(lines[0]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} info \[Main\] hello/);
  });
});

describe('request ids in the log', () => {
  it('an error logged as the exception filter logs it keeps its request id verbatim', () => {
    const { logger, lines } = capture(true);
    const ids = [
      randomUUID(),
      '98765432-1012-4345-8678-901234567890',
      'client-20261129-000123456789',
      '12345678901',
    ];
    for (const requestId of ids) {
      logger.error('POST /v1/x failed: acct 00123456789', { requestId, stack: 'Error: x' }, 'HTTP');
    }
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p.requestId)).toEqual(ids);
    expect(parsed[0].message).toBe('POST /v1/x failed: acct [digits:11]');
    expect(parsed[0].context).toBe('HTTP');
  });
});
