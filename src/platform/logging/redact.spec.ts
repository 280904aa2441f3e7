import { randomUUID } from 'node:crypto';
import { redactText, redactValue } from './redact';

describe('log redaction', () => {
  it('masks card-like and account-like digit runs, keeping their length', () => {
    expect(redactText('card 4111 1111 1111 1111 acct 00123456789')).toBe(
      'card [digits:16] acct [digits:11]',
    );
  });

  it('masks e-mail addresses', () => {
    expect(redactText('from jane.doe+x@example.co.uk today')).toBe('from [email] today');
  });

  it('leaves short numbers such as ports, years and status codes alone', () => {
    expect(redactText('GET /v1/me 200 in 12ms on port 3000, 2026')).toBe(
      'GET /v1/me 200 in 12ms on port 3000, 2026',
    );
  });

  it('redacts nested values and survives cycles', () => {
    const obj: Record<string, unknown> = { a: ['ssn 123-45-6789'], b: { c: 'x@y.io' } };
    obj.self = obj;
    expect(redactValue(obj)).toEqual({
      a: ['ssn [digits:9]'],
      b: { c: '[email]' },
      self: '[circular]',
    });
  });
});

describe('identifiers survive redaction', () => {
  it('keeps every generated request id, entry id and export id (UUIDs) unchanged', () => {
    for (let i = 0; i < 10_000; i++) {
      const id = randomUUID();
      expect(redactText(`GET /v1/x 500 id=${id} failed`)).toBe(`GET /v1/x 500 id=${id} failed`);
    }
    // A UUID that is mostly digits is kept whole, not partly masked.
    const digity = '12345678-1234-4123-8123-123456789012';
    expect(redactText(`entry ${digity}`)).toBe(`entry ${digity}`);
  });

  it('keeps policy versions (content hashes)', () => {
    const version = 'sha256:' + '0123456789'.repeat(6) + 'abcd';
    expect(redactText(`policy ${version} in force`)).toBe(`policy ${version} in force`);
  });

  it('keeps identifier fields of structured metadata, even with many digits', () => {
    expect(
      redactValue({
        requestId: 'order-20261129-000123456789',
        entryId: '00000000000000000042',
        params: [{ requestId: 'batch:12345678901' }],
        body: 'acct 00123456789',
      }),
    ).toEqual({
      requestId: 'order-20261129-000123456789',
      entryId: '00000000000000000042',
      params: [{ requestId: 'batch:12345678901' }],
      body: 'acct [digits:11]',
    });
  });

  it('still masks a value in an identifier field that is not shaped like an identifier', () => {
    expect(redactValue({ requestId: 'card 4111 1111 1111 1111' })).toEqual({
      requestId: 'card [digits:16]',
    });
  });
});

describe('digit groups however separated', () => {
  it.each([
    ['slashes', 'card 4111/1111/1111/1111 end'],
    ['double spaces', 'card 4111  1111  1111  1111 end'],
    ['line breaks', 'card 4111\n1111\n1111\n1111 end'],
    ['CRLF', 'card 4111\r\n1111\r\n1111\r\n1111 end'],
    ['tabs', 'card 4111\t1111\t1111\t1111 end'],
    ['mixed', 'card 4111 / 1111 - 1111 . 1111 end'],
  ])('masks a card number split by %s', (_name, text) => {
    expect(redactText(text)).toBe('card [digits:16] end');
  });

  it('masks an SSN split by slashes or line breaks', () => {
    expect(redactText('ssn 123/45/6789')).toBe('ssn [digits:9]');
    expect(redactText('ssn 123\n45\n6789')).toBe('ssn [digits:9]');
  });
});
