import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { generateDataKey, openJson, sealJson, type JsonValue } from '../../subjects/core';
import { EntryError, buildEntry, parseEntry, type EntryInput } from './entry';
import { leafHash } from './verifier';

const CARD = '4111111111111111';
const base: EntryInput = {
  stream: 'inbound',
  entryId: '018f6c1e-0000-7000-8000-000000000001',
  kind: 'message.received',
  recordedAt: new Date('2024-05-01T12:00:00.000Z'),
  occurredAt: '2024-05-01T11:59:58.123Z',
  actor: { id: 'system', roles: ['system'] },
  refs: { conversation: 'c-1', message: 'm-1' },
  policyVersion: 'sha256:' + 'ab'.repeat(32),
  ruleIds: ['R-CARD-1'],
  clear: {
    text: 'my card is [CARD_NUMBER]',
    entities: [{ type: 'CARD_NUMBER', start: 11, end: 27 }],
  },
};
const key = { subjectKeyId: 'sk_42', dataKey: generateDataKey() };
const target = { kind: 'archive.entry', id: base.entryId };
const sealed = (v: JsonValue) => sealJson(v, key, target);

describe('buildEntry', () => {
  it('returns the canonical bytes and their RFC 6962 leaf hash', () => {
    const built = buildEntry(base);
    expect(built.canonical.toString('utf8')).toBe(canonicalJson(built.envelope));
    expect(built.leafHash).toEqual(leafHash(built.canonical));
    expect(built.envelope).toMatchObject({
      v: 1,
      recordedAt: '2024-05-01T12:00:00.000Z',
      refs: base.refs,
    });
    expect(built.envelope.sealed).toBeUndefined();
    expect('seq' in built.envelope).toBe(false);
    expect(buildEntry({ ...base, seq: 7 }).envelope.seq).toBe(7);
  });

  it('puts sensitive originals only in the sealed payload, and the leaf commits to the ciphertext', () => {
    const original = { text: `my card is ${CARD}`, card: CARD };
    const built = buildEntry({ ...base, sensitive: original }, { sealed: sealed(original) });
    const text = built.canonical.toString('utf8');
    expect(built.envelope.sealed).toMatchObject({ subjectKeyId: 'sk_42', alg: 'A256GCM' });
    expect(text).not.toContain(CARD);
    for (const enc of ['hex', 'base64', 'base64url'] as const) {
      expect(text).not.toContain(createHash('sha256').update(CARD).digest(enc));
    }
    expect(text).toContain(`"ct":"${built.envelope.sealed?.ct}"`);
    const stored = parseEntry(built.canonical).sealed!;
    expect(openJson(stored, key.dataKey, target)).toEqual(original);
  });

  it('binds the ciphertext to its entry', () => {
    const built = buildEntry({ ...base, sensitive: CARD }, { sealed: sealed(CARD) });
    const s = built.envelope.sealed!;
    expect(() => openJson(s, key.dataKey, { ...target, id: 'another-entry' })).toThrow(
      'decryption failed',
    );
    expect(() => openJson(s, generateDataKey(), target)).toThrow('decryption failed');
  });

  it('refuses sensitive content without its sealed form, or echoed in the clear fields', () => {
    expect(() => buildEntry({ ...base, sensitive: CARD })).toThrow('must come sealed');
    expect(() => buildEntry(base, { sealed: sealed(CARD) })).toThrow('needs the sensitive');
    expect(() =>
      buildEntry(
        { ...base, clear: { text: `card ${CARD}` }, sensitive: { card: CARD } },
        { sealed: sealed({ card: CARD }) },
      ),
    ).toThrow('appears in the clear');
  });

  it('validates the envelope fields', () => {
    expect(() => buildEntry({ ...base, recordedAt: '2024-05-01 12:00' })).toThrow(EntryError);
    expect(() => buildEntry({ ...base, occurredAt: '2024-05-01T12:00:00+02:00' })).toThrow(
      EntryError,
    );
    expect(() => buildEntry({ ...base, entryId: '' })).toThrow('entryId');
    expect(() => buildEntry({ ...base, seq: -1 })).toThrow('seq');
    expect(() => buildEntry({ ...base, refs: { supersedes: base.entryId } })).toThrow('itself');
    expect(() => buildEntry({ ...base, ruleIds: [''] })).toThrow('ruleIds');
    expect(() => buildEntry({ ...base, clear: { n: Number.NaN } })).toThrow();
  });

  it('drops undefined refs and keeps the others', () => {
    const built = buildEntry({ ...base, refs: { supersedes: 'e-0', redacts: undefined } });
    expect(built.envelope.refs).toEqual({ supersedes: 'e-0' });
  });
});
