import { createHmac } from 'node:crypto';
import {
  metaSignature,
  safeEqual,
  verifyMetaSignature,
  verifyXSignature,
  xSignature,
} from './webhook-signature';

const body = Buffer.from('{"object":"page","entry":[]}');

describe('webhook signatures', () => {
  it('Meta: sha256= and the hex HMAC of the raw body with the app secret', () => {
    const expected = 'sha256=' + createHmac('sha256', 'app-secret').update(body).digest('hex');
    expect(metaSignature('app-secret', body)).toBe(expected);
    expect(verifyMetaSignature('app-secret', body, expected)).toBe(true);
    expect(verifyMetaSignature('other-secret', body, expected)).toBe(false);
    expect(verifyMetaSignature('app-secret', Buffer.from(body.toString() + ' '), expected)).toBe(
      false,
    );
    expect(verifyMetaSignature('app-secret', body, expected.toUpperCase())).toBe(false);
    expect(verifyMetaSignature('app-secret', body, expected.slice(7))).toBe(false);
    expect(verifyMetaSignature('app-secret', body, undefined)).toBe(false);
    expect(verifyMetaSignature('app-secret', body, expected + '00')).toBe(false);
  });

  it('Meta: the hex digest in either case is the same digest; anything else is refused', () => {
    const hex = createHmac('sha256', 'app-secret').update(body).digest('hex');
    expect(verifyMetaSignature('app-secret', body, 'sha256=' + hex.toUpperCase())).toBe(true);
    for (const header of [
      'sha256=' + hex.slice(0, 63),
      'sha256=' + hex.slice(0, 63) + 'g',
      'sha256=' + hex + ' ',
      'sha256=' + Buffer.from(hex, 'hex').toString('base64'),
      'sha256 ' + hex,
      'sha1=' + hex,
      'sha256=',
      '',
    ]) {
      expect([header, verifyMetaSignature('app-secret', body, header)]).toEqual([header, false]);
    }
  });

  it('an empty secret verifies nothing (anyone could compute its HMAC)', () => {
    expect(verifyMetaSignature('', body, metaSignature('', body))).toBe(false);
    expect(verifyXSignature('', body, xSignature('', body))).toBe(false);
  });

  it('X: sha256= and the base64 HMAC, for the CRC token and for bodies', () => {
    const crc = 'sha256=' + createHmac('sha256', 'consumer').update('token-1').digest('base64');
    expect(xSignature('consumer', 'token-1')).toBe(crc);
    const sig = xSignature('consumer', body);
    expect(verifyXSignature('consumer', body, sig)).toBe(true);
    expect(verifyXSignature('consumer', body, metaSignature('consumer', body))).toBe(false);
    expect(verifyXSignature('consumer', body, 'sha1=abc')).toBe(false);
  });

  it('safeEqual compares strings of any length', () => {
    expect(safeEqual('verify-token', 'verify-token')).toBe(true);
    expect(safeEqual('verify-token', 'verify-tokeN')).toBe(false);
    expect(safeEqual('verify-token', 'verify-token-longer')).toBe(false);
    expect(safeEqual('', 'x')).toBe(false);
  });
});
