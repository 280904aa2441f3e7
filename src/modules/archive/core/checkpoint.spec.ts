import { createHash } from 'node:crypto';
import {
  CheckpointError,
  exportPrivateKeyPem,
  exportPrivateKeyRaw,
  exportPublicKeyPem,
  formatCheckpointText,
  formatSignerKey,
  formatVerifierKey,
  generateSigner,
  importPrivateKeyPem,
  importPrivateKeyRaw,
  importPublicKeyPem,
  importPublicKeyRaw,
  keyFingerprint,
  noteKeyId,
  openCheckpoint,
  parseCheckpointText,
  parseSignedNote,
  parseSignerKey,
  parseVerifierKey,
  rawPublicKey,
  signCheckpoint,
  signNote,
  splitCheckpointNotes,
  verifierKeyOf,
} from './checkpoint';
import { checkNoteSignatures } from './verifier';

// golang.org/x/mod/sumdb/note note_test.go
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG =
  '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG =
  '\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

describe('signed notes: golang.org/x/mod/sumdb/note vectors', () => {
  const peter = parseVerifierKey(PETER_VKEY);
  const enoch = parseVerifierKey(ENOCH_VKEY);

  it('derives the published key IDs and verifier keys', () => {
    expect(peter.keyId).toBe(0xc74f20a3);
    expect(enoch.keyId).toBe(0xaf0cfe78);
    expect(formatVerifierKey('PeterNeumann', peter.publicKey)).toBe(PETER_VKEY);
    const signer = parseSignerKey(PETER_SKEY);
    expect(signer.vkey).toBe(PETER_VKEY);
    expect(formatSignerKey(signer)).toBe(PETER_SKEY);
  });

  it('reproduces the published Ed25519 signature byte for byte', () => {
    expect(signNote(TEXT, [parseSignerKey(PETER_SKEY)])).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('verifies known keys and ignores unknown ones', () => {
    const note = parseSignedNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`);
    expect(note.text).toBe(TEXT);
    expect(checkNoteSignatures(note, [peter]).verifiedBy).toEqual([peter]);
    expect(checkNoteSignatures(note, [peter, enoch]).verifiedBy).toEqual([peter, enoch]);
    expect(checkNoteSignatures(note, []).verifiedBy).toEqual([]);
  });

  it('flags a corrupted signature from a known key', () => {
    const bad = `${TEXT}\n${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}`;
    expect(checkNoteSignatures(parseSignedNote(bad), [peter]).failedBy).toEqual([peter]);
  });

  it('rejects the malformed messages of the Go test suite', () => {
    const bad = [
      TEXT,
      `${TEXT}\n`,
      `${TEXT}\n${PETER_SIG.slice(0, -1)}`,
      `\x01${TEXT}\n${PETER_SIG}`,
      `${TEXT}\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`,
      `${TEXT}\n${PETER_SIG}Unexpected line.\n`,
      `${TEXT}\n${PETER_SIG.repeat(101)}`,
    ];
    for (const msg of bad) expect(() => parseSignedNote(msg)).toThrow();
  });

  it('parses keys whose base64 contains "+"', () => {
    const signer = parseSignerKey(PETER_SKEY);
    expect(PETER_SKEY.split('+').length).toBeGreaterThan(5);
    expect(signer.name).toBe('PeterNeumann');
    for (let i = 0; i < 50; i++) {
      const s = generateSigner('n');
      expect(parseVerifierKey(s.vkey).fingerprint).toBe(s.fingerprint);
    }
  });

  it('rejects mangled verifier keys', () => {
    for (let i = 0; i < PETER_VKEY.length; i++) {
      const mangled =
        PETER_VKEY.slice(0, i) +
        String.fromCharCode(PETER_VKEY.charCodeAt(i) + 1) +
        PETER_VKEY.slice(i + 1);
      expect(() => parseVerifierKey(mangled)).toThrow();
    }
    expect(() => parseVerifierKey(PETER_VKEY.slice(0, -1))).toThrow();
    expect(() =>
      parseVerifierKey(
        'PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==',
      ),
    ).toThrow();
    expect(() =>
      parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'),
    ).toThrow();
  });
});

describe('checkpoints', () => {
  const signer = generateSigner('countersign.test/log');
  const root = createHash('sha256').update('root').digest();

  it('formats the C2SP tlog-checkpoint body', () => {
    const text = formatCheckpointText({ origin: 'countersign.test/log', size: 20852163, root });
    expect(text).toBe(`countersign.test/log\n20852163\n${root.toString('base64')}\n`);
    expect(parseCheckpointText(text)).toEqual({
      origin: 'countersign.test/log',
      size: 20852163,
      root,
      extensions: [],
    });
  });

  it('parses the C2SP tlog-checkpoint example', () => {
    const body = parseCheckpointText(
      'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
    );
    expect(body.size).toBe(20852163);
    expect(body.root.toString('base64')).toBe('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=');
  });

  it('signs and opens a checkpoint', () => {
    const note = signCheckpoint({ origin: 'countersign.test/log', size: 42, root }, signer);
    expect(note).toMatch(
      /^countersign\.test\/log\n42\n[A-Za-z0-9+/]{43}=\n\n\u2014 countersign\.test\/log [A-Za-z0-9+/]{91}=\n$/,
    );
    const opened = openCheckpoint(note, [signer.vkey], 'countersign.test/log');
    expect(opened.size).toBe(42);
    expect(opened.root).toEqual(root);
    expect(opened.verifiedBy.map((k) => k.fingerprint)).toEqual([signer.fingerprint]);
  });

  it('refuses a checkpoint from another key, a tampered body or another origin', () => {
    const note = signCheckpoint({ origin: 'countersign.test/log', size: 42, root }, signer);
    // same name, other key: a different key ID, so an unknown key (c2sp.org/signed-note)
    const other = generateSigner('countersign.test/log');
    expect(() => openCheckpoint(note, [other.vkey])).toThrow('not signed by a known key');
    const sigAt = note.lastIndexOf(' ') + 10;
    const forged = note.slice(0, sigAt) + (note[sigAt] === 'A' ? 'B' : 'A') + note.slice(sigAt + 1);
    expect(() => openCheckpoint(forged, [signer.vkey])).toThrow('invalid signature');
    expect(() => openCheckpoint(note.replace('\n42\n', '\n43\n'), [signer.vkey])).toThrow(
      CheckpointError,
    );
    expect(() => openCheckpoint(note, [signer.vkey], 'other/origin')).toThrow('origin');
    expect(() => openCheckpoint('garbage', [signer.vkey])).toThrow('malformed');
  });

  it('carries several signatures (key rotation, witnesses)', () => {
    const next = generateSigner('countersign.test/log-2025');
    const note = signCheckpoint({ origin: 'countersign.test/log', size: 7, root }, [signer, next]);
    expect(openCheckpoint(note, [next.vkey]).verifiedBy[0].name).toBe('countersign.test/log-2025');
    expect(openCheckpoint(note, [signer.vkey, next.vkey]).verifiedBy).toHaveLength(2);
  });

  it('splits checkpoints.txt on the blank line after each note', () => {
    const a = signCheckpoint({ origin: 'o', size: 1, root }, signer);
    const b = signCheckpoint({ origin: 'o', size: 2, root }, signer);
    const parts = splitCheckpointNotes(`${a}\n${b}\n`);
    expect(parts.map((p) => p.note)).toEqual([a, b]);
    expect(parts[1].offset).toBe(Buffer.byteLength(a) + 1);
    expect(() => splitCheckpointNotes(`${a}${b}`)).toThrow();
  });
});

describe('keys', () => {
  const signer = generateSigner('countersign.test/log');

  it('uses the note key ID in the verifier key and SHA-256 of the raw key as fingerprint', () => {
    const raw = rawPublicKey(signer.publicKey);
    expect(raw).toHaveLength(32);
    expect(signer.fingerprint).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(keyFingerprint(raw)).toBe(signer.fingerprint);
    const expectedId = createHash('sha256')
      .update(Buffer.concat([Buffer.from('countersign.test/log\n'), Buffer.from([1]), raw]))
      .digest()
      .readUInt32BE(0);
    expect(noteKeyId('countersign.test/log', raw)).toBe(expectedId);
    expect(signer.vkey).toBe(
      `countersign.test/log+${expectedId.toString(16).padStart(8, '0')}+${Buffer.concat([Buffer.from([1]), raw]).toString('base64')}`,
    );
    expect(verifierKeyOf(signer).fingerprint).toBe(signer.fingerprint);
  });

  it('round-trips PKCS#8 / SPKI PEM and raw base64', () => {
    const fromPem = importPrivateKeyPem(exportPrivateKeyPem(signer.privateKey));
    const fromRaw = importPrivateKeyRaw(exportPrivateKeyRaw(signer.privateKey));
    const note = signNote('hello\n', [signer]);
    for (const k of [fromPem, fromRaw])
      expect(signNote('hello\n', [{ ...signer, privateKey: k }])).toBe(note);
    expect(rawPublicKey(importPublicKeyPem(exportPublicKeyPem(signer.publicKey)))).toEqual(
      signer.rawPublicKey,
    );
    expect(rawPublicKey(importPublicKeyRaw(signer.rawPublicKey.toString('base64')))).toEqual(
      signer.rawPublicKey,
    );
    expect(() => importPrivateKeyRaw('c2hvcnQ=')).toThrow(CheckpointError);
  });

  it('refuses key names the note format cannot carry', () => {
    expect(() => generateSigner('has space')).toThrow(CheckpointError);
    expect(() => generateSigner('has+plus')).toThrow(CheckpointError);
    expect(() => generateSigner('')).toThrow(CheckpointError);
  });

  it('refuses note texts that would not survive the note format', () => {
    expect(() => signNote('no newline', [signer])).toThrow(CheckpointError);
    expect(() => signNote('a\n\nb\n', [signer])).toThrow(CheckpointError);
    expect(() => signNote('a\tb\n', [signer])).toThrow(CheckpointError);
  });
});
