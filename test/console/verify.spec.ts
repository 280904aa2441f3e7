import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import {
  leafHash,
  openCheckpoint,
  parseVerifierKey,
  rootFromInclusionProof,
  toHex,
  verifyEntry,
} from '../../web/src/lib/verify';

// The worked example of docs/archive-format.md §10.
const lines = [
  '{"actor":{"id":"system","role":"system"},"clear":{"text":"hello 0"},"entryId":"e-0","kind":"message.received","occurredAt":"2024-05-01T12:00:00.000Z","recordedAt":"2024-05-01T12:00:00.000Z","refs":{"conversation":"c-1"},"stream":"inbound","v":1}',
  '{"actor":{"id":"system","role":"system"},"clear":{"text":"hello 1"},"entryId":"e-1","kind":"message.received","occurredAt":"2024-05-01T12:00:01.000Z","policyVersion":"sha256:ab","recordedAt":"2024-05-01T12:00:01.000Z","refs":{"conversation":"c-1"},"ruleIds":["R-1"],"stream":"inbound","v":1}',
  '{"actor":{"id":"system","role":"system"},"clear":{"text":"hello 2"},"entryId":"e-2","kind":"message.redacted","occurredAt":"2024-05-01T12:00:02.000Z","recordedAt":"2024-05-01T12:00:02.000Z","refs":{"conversation":"c-1","supersedes":"e-1"},"stream":"inbound","v":1}',
];
const VKEY = 'example.com/countersign+a00bc479+AXm1Vi6P5lT5QHixEuipi6eQH4U65pW+1+DjkQutBJZk';
const NOTE =
  'example.com/countersign\n3\nsYuFXo77U48FX8dtESMefodwhuBJBwBsgnNNUP+yxo4=\n\n' +
  '\u2014 example.com/countersign oAvEebhlyYfUwIg4HzSfhcVFJ/EVs8TjOfF86mMNRoJ3VcfhLr1cDzGmwNBvOJyPynbwbTvda/LJRq5P8haLwT051gA=\n';
const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const LEAF1 = '0559404e9caaf93456d19c109dfc630444357e94d4a624332e49edc482ca1867';
const LEAF2 = 'ccfd50b7cf192f0560a22e4ca014943b73c12f7801329427ca681ba9aad989be';
const NODE10 = 'f165e5c5666a8e02699b48037357a6e3aff982910fce77f682e21d9db969483f';
const ROOT3 = 'b18b855e8efb538f055fc76d11231e7e877086e04907006c82734d50ffb2c68e';

describe('browser archive verification (WebCrypto)', () => {
  it('hashes leaves as the format says', async () => {
    expect(toHex(await leafHash(lines[0]))).toBe(
      '58a402c36337005a44642e0a6ae00abf0f8802741a8d5071ac7f79715618bc57',
    );
    expect(toHex(await leafHash(lines[2]))).toBe(LEAF2);
  });

  it('walks inclusion proofs to the root, and rejects wrong ones', async () => {
    const leaf0 = await leafHash(lines[0]);
    const leaf2 = await leafHash(lines[2]);
    expect(toHex((await rootFromInclusionProof(0, 3, leaf0, [hex(LEAF1), hex(LEAF2)]))!)).toBe(
      ROOT3,
    );
    expect(toHex((await rootFromInclusionProof(2, 3, leaf2, [hex(NODE10)]))!)).toBe(ROOT3);
    expect(await rootFromInclusionProof(2, 3, leaf2, [])).toBeNull();
    expect(await rootFromInclusionProof(3, 3, leaf2, [hex(NODE10)])).toBeNull();
    const wrong = await rootFromInclusionProof(1, 3, leaf0, [hex(LEAF1), hex(LEAF2)]);
    expect(wrong && toHex(wrong)).not.toBe(ROOT3);
  });

  it('parses the verifier key and opens the signed checkpoint', async () => {
    const key = await parseVerifierKey(VKEY);
    expect(key.fingerprint).toBe(
      '65b60673d6ed884bf01c2c222d82ada0740f29ac3355d6a925c81f17f47a27b8',
    );
    const cp = await openCheckpoint(NOTE, key);
    expect(cp.size).toBe(3);
    expect(toHex(cp.root)).toBe(ROOT3);
  });

  it('refuses a key whose id does not match, a forged signature and another key', async () => {
    await expect(parseVerifierKey(VKEY.replace('a00bc479', 'a00bc478'))).rejects.toThrow(/key ID/);
    const key = await parseVerifierKey(VKEY);
    const forged = NOTE.replace('\n3\n', '\n4\n');
    await expect(openCheckpoint(forged, key)).rejects.toThrow(/does not verify/);
    const other = generateKeyPairSync('ed25519');
    const raw = other.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const id = createHash('sha256')
      .update(Buffer.concat([Buffer.from('example.com/countersign\n\x01', 'latin1'), raw]))
      .digest()
      .subarray(0, 4);
    const otherKey = await parseVerifierKey(
      `example.com/countersign+${id.toString('hex')}+${b64(Buffer.concat([Buffer.from([1]), raw]))}`,
    );
    await expect(openCheckpoint(NOTE, otherKey)).rejects.toThrow(/not signed by the trusted key/);
    const text = 'example.com/countersign\n3\nsYuFXo77U48FX8dtESMefodwhuBJBwBsgnNNUP+yxo4=\n';
    const sig = sign(null, Buffer.from(text), other.privateKey);
    const signedByOther = `${text}\n\u2014 example.com/countersign ${b64(Buffer.concat([id, sig]))}\n`;
    expect((await openCheckpoint(signedByOther, otherKey)).size).toBe(3);
  });

  it('verifies an entry end to end, and names what fails', async () => {
    const key = await parseVerifierKey(VKEY);
    const entry = { seq: 0, canonical: lines[0], leafHash: b64(await leafHash(lines[0])) };
    const proof = { size: 3, proof: [b64(hex(LEAF1)), b64(hex(LEAF2))] };
    expect(await verifyEntry(entry, NOTE, key, proof)).toMatchObject({
      status: 'verified',
      size: 3,
    });
    const tampered = { ...entry, canonical: lines[0].replace('hello 0', 'hello!0') };
    expect(await verifyEntry(tampered, NOTE, key, proof)).toMatchObject({ status: 'failed' });
    const swapped = { ...proof, proof: [b64(hex(LEAF2)), b64(hex(LEAF1))] };
    expect(await verifyEntry(entry, NOTE, key, swapped)).toEqual({
      status: 'failed',
      reason: 'The inclusion proof does not lead to the signed root.',
    });
    expect(await verifyEntry({ ...entry, seq: 3 }, NOTE, key, proof)).toEqual({
      status: 'pending',
      size: 3,
    });
  });
});
