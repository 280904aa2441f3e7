import type { IncomingMessage } from 'node:http';
import { requestIdFor } from './http';

const withId = (id?: string) => ({ headers: { 'x-request-id': id } }) as unknown as IncomingMessage;

describe('request ids', () => {
  it("keeps a caller's id, digits and all", () => {
    expect(requestIdFor(withId('client-20261129-000123456789'))).toBe(
      'client-20261129-000123456789',
    );
    expect(requestIdFor(withId('12345678901'))).toBe('12345678901');
  });

  it('makes a new id for an unsafe one or one carrying a card number', () => {
    expect(requestIdFor(withId('bad id'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(withId('req-4111111111111111'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(withId())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
