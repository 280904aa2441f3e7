import {
  EnvelopeCryptoError,
  WRAPPED_KEY_BYTES,
  generateDataKey,
  generateMasterKey,
  open,
  seal,
  sealAad,
  unwrapKey,
  wrapKey,
  type SealedBox,
} from './envelope-crypto';

const flip = (b: Buffer, at = 0): Buffer => {
  const c = Buffer.from(b);
  c[at] ^= 0x80;
  return c;
};

describe('envelope encryption', () => {
  it('keeps the archive entry binding of the archive format (v1 AAD)', () => {
    const lp = (s: string) => {
      const b = Buffer.from(s, 'utf8');
      const len = Buffer.alloc(4);
      len.writeUInt32BE(b.length, 0);
      return Buffer.concat([len, b]);
    };
    expect(sealAad({ subjectKeyId: 'sk_1', kind: 'archive.entry', id: 'e-1' })).toEqual(
      Buffer.concat([lp('countersign/seal/v1'), lp('sk_1'), lp('e-1')]),
    );
    expect(sealAad({ subjectKeyId: 'sk_1', kind: 'message', id: 'm-1' })).toEqual(
      Buffer.concat([lp('countersign/seal/v2'), lp('sk_1'), lp('message'), lp('m-1')]),
    );
  });

  const master = generateMasterKey();
  const dataKey = generateDataKey();
  const binding = { subjectKeyId: 'sk_1', kind: 'archive.entry', id: 'entry-1' };
  const plaintext = '{"text":"my card is 4111 1111 1111 1111"}';

  it('seals and opens', () => {
    const box = seal(plaintext, dataKey, binding);
    expect(box.iv).toHaveLength(12);
    expect(box.tag).toHaveLength(16);
    expect(box.ct.toString('utf8')).not.toContain('4111');
    expect(open(box, dataKey, binding).toString('utf8')).toBe(plaintext);
  });

  it('uses a fresh IV per seal', () => {
    expect(seal(plaintext, dataKey, binding).iv).not.toEqual(seal(plaintext, dataKey, binding).iv);
  });

  it.each<[string, (b: SealedBox) => SealedBox]>([
    ['ciphertext', (b) => ({ ...b, ct: flip(b.ct, 3) })],
    ['tag', (b) => ({ ...b, tag: flip(b.tag) })],
    ['IV', (b) => ({ ...b, iv: flip(b.iv) })],
    ['truncated tag', (b) => ({ ...b, tag: b.tag.subarray(0, 12) })],
  ])('fails when the %s is tampered', (_, tamper) => {
    const box = tamper(seal(plaintext, dataKey, binding));
    expect(() => open(box, dataKey, binding)).toThrow(EnvelopeCryptoError);
  });

  it('fails with the wrong key or a different binding (AAD)', () => {
    const box = seal(plaintext, dataKey, binding);
    expect(() => open(box, generateDataKey(), binding)).toThrow(EnvelopeCryptoError);
    expect(() => open(box, dataKey, { ...binding, id: 'entry-2' })).toThrow(EnvelopeCryptoError);
    expect(() => open(box, dataKey, { ...binding, kind: 'message' })).toThrow(EnvelopeCryptoError);
    expect(() => open(box, dataKey, { ...binding, subjectKeyId: 'sk_2' })).toThrow(
      EnvelopeCryptoError,
    );
    // length-prefixed AAD: moving a character between the fields changes the binding
    expect(() =>
      open(box, dataKey, { subjectKeyId: 'sk_1e', kind: 'archive.entry', id: 'ntry-1' }),
    ).toThrow(EnvelopeCryptoError);
    const other = { subjectKeyId: 'sk_1', kind: 'message', id: 'm-1' };
    const boxed = seal(plaintext, dataKey, other);
    expect(open(boxed, dataKey, other).toString('utf8')).toBe(plaintext);
    expect(() => open(boxed, dataKey, { ...other, kind: 'messag', id: 'em-1' })).toThrow(
      EnvelopeCryptoError,
    );
  });

  it('wraps and unwraps data keys under the master key', () => {
    const wrapped = wrapKey(dataKey, master, 'sk_1');
    expect(wrapped).toHaveLength(WRAPPED_KEY_BYTES);
    expect(wrapped.includes(dataKey)).toBe(false);
    expect(unwrapKey(wrapped, master, 'sk_1')).toEqual(dataKey);
  });

  it('refuses to unwrap with the wrong master key, subject, or tampered bytes', () => {
    const wrapped = wrapKey(dataKey, master, 'sk_1');
    expect(() => unwrapKey(wrapped, generateMasterKey(), 'sk_1')).toThrow(EnvelopeCryptoError);
    expect(() => unwrapKey(wrapped, master, 'sk_2')).toThrow(EnvelopeCryptoError);
    for (const at of [1, 13, 20, WRAPPED_KEY_BYTES - 1]) {
      expect(() => unwrapKey(flip(wrapped, at), master, 'sk_1')).toThrow(EnvelopeCryptoError);
    }
    expect(() => unwrapKey(wrapped.subarray(1), master, 'sk_1')).toThrow('malformed');
  });

  it('refuses keys of the wrong length', () => {
    expect(() => seal('x', Buffer.alloc(16), binding)).toThrow('32 bytes');
    expect(() => wrapKey(dataKey, Buffer.alloc(31), 'sk_1')).toThrow('32 bytes');
    expect(() => seal('x', dataKey, { ...binding, subjectKeyId: '' })).toThrow('required');
    expect(() => seal('x', dataKey, { ...binding, id: '' })).toThrow('required');
  });
});
