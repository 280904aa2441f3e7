import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../config/settings';
import { Location, Role } from './access.enums';
import {
  InvalidTokenError,
  parseTtl,
  resolveJwtSecret,
  signDevToken,
  TokenVerifier,
} from './token.service';

describe('tokens', () => {
  it('parses TTLs and refuses nonsense', () => {
    expect(parseTtl('30m')).toBe(1800);
    expect(parseTtl('8h')).toBe(28800);
    expect(parseTtl('2d')).toBe(172800);
    expect(() => parseTtl('soon')).toThrow(/invalid TTL/);
  });

  it('a development token round-trips through the verifier, with the secret generated once (0600)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'countersign-token-'));
    try {
      const settings = loadSettings({ NODE_ENV: 'development', DATA_DIR: dir });
      const token = await signDevToken(
        settings,
        { sub: 'rob', roles: [Role.Agent, Role.Legal], location: Location.Remote },
        60,
      );
      const secret = resolveJwtSecret(settings);
      expect(secret).toEqual(resolveJwtSecret(settings));
      expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
      await expect(new TokenVerifier(settings).verify(token)).resolves.toEqual({
        sub: 'rob',
        name: 'rob',
        roles: ['agent', 'legal'],
        location: 'remote',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('with an identity provider (JWKS)', () => {
    let server: Server;
    let url: string;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const idpToken = (
      claims: Record<string, unknown>,
      iss = 'https://idp.bank.example',
      aud = 'countersign',
    ) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('olga')
        .setIssuer(iss)
        .setAudience(aud)
        .setExpirationTime('5m')
        .sign(privateKey);

    it('accepts a token of the provider with the right issuer and audience', async () => {
      const settings = loadSettings({
        NODE_ENV: 'production',
        JWKS_URL: url,
        JWT_ISSUER: 'https://idp.bank.example',
        JWT_AUDIENCE: 'countersign',
      });
      const verifier = new TokenVerifier(settings);
      await expect(
        verifier.verify(
          await idpToken({ roles: ['compliance_officer'], location: 'office', name: 'Olga' }),
        ),
      ).resolves.toMatchObject({ sub: 'olga', roles: ['compliance_officer'], name: 'Olga' });
      await expect(
        verifier.verify(await idpToken({ roles: ['auditor'] }, 'https://evil.example')),
      ).rejects.toThrow(InvalidTokenError);
      await expect(
        verifier.verify(await idpToken({ roles: ['auditor'] }, undefined, 'other-app')),
      ).rejects.toThrow(InvalidTokenError);
    });
  });
});
