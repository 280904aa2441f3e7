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
