import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../config/settings';
import { Location, Role } from './access.enums';
import {
  checkTokenLifetime,
  claimAt,
  InvalidTokenError,
  principalFromOidcClaims,
  parseTtl,
  resolveJwtSecret,
  signDevToken,
  TokenVerifier,
} from './token.service';

const LIMITS = { maxAgeSeconds: 12 * 3600, skewSeconds: 30 };

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

  describe('time claims', () => {
    const SECRET = 'time-claims-secret-time-claims-secret-0123';
    const settings = loadSettings({ NODE_ENV: 'test', JWT_SECRET: SECRET });
    const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
    const now = NOW / 1000;
    const verifier = new TokenVerifier(settings, () => NOW);
    const sign = (times: { iat?: number; exp?: number }) => {
      let jwt = new SignJWT({ roles: ['auditor'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('tom');
      if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
      if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
      return jwt.sign(new TextEncoder().encode(SECRET));
    };

    it('the defaults are a 12 h maximum age and a small skew', () => {
      expect(settings.TOKEN_MAX_AGE_SECONDS).toBe(12 * 3600);
      expect(settings.TOKEN_CLOCK_SKEW_SECONDS).toBeLessThanOrEqual(60);
    });

    it('accepts a token issued now for an hour, and one issued within the skew', async () => {
      await expect(verifier.verify(await sign({ iat: now, exp: now + 3600 }))).resolves.toEqual(
        expect.objectContaining({ sub: 'tom' }),
      );
      await expect(
        verifier.verify(await sign({ iat: now + 10, exp: now + 3600 })),
      ).resolves.toBeDefined();
    });

    it('refuses a token without exp', async () => {
      await expect(verifier.verify(await sign({ iat: now }))).rejects.toThrow(InvalidTokenError);
      expect(() => checkTokenLifetime({ iat: now }, now, LIMITS)).toThrow(/no expiry/);
    });

    it('refuses a token issued in the future beyond the skew', async () => {
      await expect(
        verifier.verify(await sign({ iat: now + 3600, exp: now + 7200 })),
      ).rejects.toThrow(InvalidTokenError);
      expect(() => checkTokenLifetime({ iat: now + 3600, exp: now + 7200 }, now, LIMITS)).toThrow(
        /in the future/,
      );
    });

    it('refuses a token living longer than the maximum age, with or without iat', async () => {
      await expect(verifier.verify(await sign({ iat: now, exp: now + 13 * 3600 }))).rejects.toThrow(
        InvalidTokenError,
      );
      await expect(verifier.verify(await sign({ exp: now + 365 * 86400 }))).rejects.toThrow(
        InvalidTokenError,
      );
      // Issued long ago with a long life: still refused although it has not expired.
      await expect(
        verifier.verify(await sign({ iat: now - 86400, exp: now + 3600 })),
      ).rejects.toThrow(InvalidTokenError);
      expect(() => checkTokenLifetime({ iat: now, exp: now + 13 * 3600 }, now, LIMITS)).toThrow(
        /maximum age/,
      );
    });

    it('a token verified before is taken again until it expires, never after, nor before it was verified', async () => {
      let clock = NOW;
      const v = new TokenVerifier(settings, () => clock);
      const token = await sign({ iat: now, exp: now + 60 });
      const first = await v.verify(token);
      // A request changing its principal does not change the next one's.
      first.roles.push(Role.Admin);
      clock = NOW + 59_000;
      await expect(v.verify(token)).resolves.toEqual({
        sub: 'tom',
        name: 'tom',
        roles: ['auditor'],
        location: 'office',
      });
      // Past exp and the skew: refused, as a fresh verification refuses it.
      clock = NOW + (60 + settings.TOKEN_CLOCK_SKEW_SECONDS) * 1000;
      await expect(v.verify(token)).rejects.toThrow(InvalidTokenError);
      await expect(new TokenVerifier(settings, () => clock).verify(token)).rejects.toThrow(
        InvalidTokenError,
      );
      // A clock set back before the first verification verifies again.
      const later = await sign({ iat: now + 20, exp: now + 80 });
      clock = NOW;
      await expect(v.verify(later)).resolves.toBeDefined();
      clock = NOW - 60_000;
      await expect(v.verify(later)).rejects.toThrow(InvalidTokenError);
    });

    it('honours a configured maximum age', async () => {
      const short = loadSettings({
        NODE_ENV: 'test',
        JWT_SECRET: SECRET,
        TOKEN_MAX_AGE_SECONDS: '600',
      });
      const v = new TokenVerifier(short, () => NOW);
      await expect(v.verify(await sign({ iat: now, exp: now + 3600 }))).rejects.toThrow(
        InvalidTokenError,
      );
      await expect(v.verify(await sign({ iat: now, exp: now + 600 }))).resolves.toBeDefined();
    });

    it('`countersign token --ttl` is capped by the same maximum age', async () => {
      const claims = { sub: 'a', roles: [Role.Agent], location: Location.Office };
      await expect(signDevToken(settings, claims, parseTtl('13h'))).rejects.toThrow(
        /longer than the maximum 12h/,
      );
      await expect(signDevToken(settings, claims, parseTtl('2d'))).rejects.toThrow(
        /TOKEN_MAX_AGE_SECONDS/,
      );
      await expect(signDevToken(settings, claims, 0)).rejects.toThrow(/at least one second/);
      const token = await signDevToken(settings, claims, parseTtl('12h'), NOW);
      await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'a' });
    });
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

  describe('with an OpenID Connect issuer (OIDC_ISSUER)', () => {
    let server: Server;
    let issuer: string;
    let discoveryIssuer: string | undefined;
    let discoveryStatus = 200;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    const AUD = 'https://countersign.bank.example/api';

    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((req, res) => {
        res.setHeader('content-type', 'application/json');
        if (req.url === '/realms/care/.well-known/openid-configuration') {
          res.statusCode = discoveryStatus;
          res.end(
            JSON.stringify({
              issuer: discoveryIssuer ?? issuer,
              jwks_uri: `${issuer}/protocol/certs`,
            }),
          );
        } else if (req.url === '/realms/care/protocol/certs') {
          res.end(JSON.stringify({ keys: [jwk] }));
        } else {
          res.statusCode = 404;
          res.end('{}');
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/care`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const settingsFor = (env: Record<string, string> = {}) =>
      loadSettings({
        NODE_ENV: 'production',
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: 'countersign-console',
        OIDC_AUDIENCE: AUD,
        ...env,
      });
    const idpToken = (claims: Record<string, unknown>, iss = issuer, aud = AUD) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
        .setSubject('olga')
        .setIssuer(iss)
        .setAudience(aud)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);

    it("verifies against the keys named by the issuer's discovery document, checking issuer and audience", async () => {
      const verifier = new TokenVerifier(settingsFor());
      await expect(
        verifier.verify(await idpToken({ roles: ['auditor'], location: 'office', name: 'Olga' })),
      ).resolves.toEqual({ sub: 'olga', name: 'Olga', roles: ['auditor'], location: 'office' });
      await expect(
        verifier.verify(await idpToken({ roles: ['auditor'] }, 'https://evil.example')),
      ).rejects.toThrow(InvalidTokenError);
      await expect(
        verifier.verify(await idpToken({ roles: ['auditor'] }, issuer, 'countersign-console')),
      ).rejects.toThrow(InvalidTokenError);
      // A token signed with a shared secret is not the issuer's.
      const hs = await new SignJWT({ roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('mallory')
        .setIssuer(issuer)
        .setAudience(AUD)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('x'.repeat(48)));
      await expect(verifier.verify(hs)).rejects.toThrow(InvalidTokenError);
    });

    it('without OIDC_AUDIENCE, wants tokens issued to the client id', async () => {
      const s = loadSettings({
        NODE_ENV: 'production',
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: 'countersign-console',
      });
      const verifier = new TokenVerifier(s);
      await expect(
        verifier.verify(await idpToken({ roles: ['legal'] }, issuer, 'countersign-console')),
      ).resolves.toMatchObject({ roles: ['legal'] });
      await expect(verifier.verify(await idpToken({ roles: ['legal'] }))).rejects.toThrow(
        InvalidTokenError,
      );
    });

    it('refuses every token while the discovery document names another issuer, and recovers', async () => {
      const verifier = new TokenVerifier(settingsFor());
      const token = await idpToken({ roles: ['auditor'] });
      discoveryIssuer = 'https://evil.example';
      await expect(verifier.verify(token)).rejects.toThrow(InvalidTokenError);
      discoveryIssuer = undefined;
      discoveryStatus = 503;
      await expect(verifier.verify(token)).rejects.toThrow(InvalidTokenError);
      discoveryStatus = 200;
      await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'olga' });
    });

    it('reads roles and location from configurable claims (dotted paths too)', async () => {
      const verifier = new TokenVerifier(
        settingsFor({
          OIDC_ROLES_CLAIM: 'realm_access.roles',
          OIDC_LOCATION_CLAIM: 'https://bank.example/location',
        }),
      );
      await expect(
        verifier.verify(
          await idpToken({
            realm_access: { roles: ['offline_access', 'agent'] },
            'https://bank.example/location': 'office',
            preferred_username: 'olga.o',
          }),
        ),
      ).resolves.toEqual({ sub: 'olga', name: 'olga.o', roles: ['agent'], location: 'office' });
    });
  });

  describe('OpenID Connect claims', () => {
    const names = { roles: 'roles', location: 'location' };

    it('keeps the Countersign roles, ignores others, and needs at least one', () => {
      expect(
        principalFromOidcClaims({ sub: 'a', roles: ['uma_authorization', 'legal', 'legal'] }, names)
          .roles,
      ).toEqual(['legal']);
      expect(principalFromOidcClaims({ sub: 'a', roles: 'agent auditor' }, names).roles).toEqual([
        'agent',
        'auditor',
      ]);
      expect(() => principalFromOidcClaims({ sub: 'a', roles: ['root'] }, names)).toThrow(
        /no valid roles/,
      );
      expect(() => principalFromOidcClaims({ sub: 'a' }, names)).toThrow(/no valid roles/);
      expect(() => principalFromOidcClaims({ roles: ['agent'] }, names)).toThrow(/no sub/);
    });

    it('places a caller with no location claim remote (the more restricted), and refuses an unknown one', () => {
      expect(principalFromOidcClaims({ sub: 'a', roles: ['agent'] }, names).location).toBe(
        'remote',
      );
      expect(() =>
        principalFromOidcClaims({ sub: 'a', roles: ['agent'], location: 'moon' }, names),
      ).toThrow(/invalid location/);
    });

    it('reads dotted paths but not through arrays or inherited properties', () => {
      expect(claimAt({ a: { b: ['x'] } }, 'a.b')).toEqual(['x']);
      expect(claimAt({ 'a.b': 1 }, 'a.b')).toBe(1);
      expect(claimAt({ a: [{ b: 1 }] }, 'a.0.b')).toBeUndefined();
      expect(claimAt({ a: {} }, 'a.constructor')).toBeUndefined();
    });
  });
});
