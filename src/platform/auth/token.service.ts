import { Logger } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../config/settings';
import { Location, Role } from './access.enums';
import type { Principal } from './principal';

const ROLES = new Set<string>(Object.values(Role));
const LOCATIONS = new Set<string>(Object.values(Location));

export class InvalidTokenError extends Error {}

/**
 * Outside production with no JWT_SECRET, a secret generated once under the
 * data directory, shared by the service and `countersign token`, so that a
 * newcomer's token works with no set-up.
 */
export function resolveJwtSecret(settings: Settings): string | undefined {
  if (settings.JWT_SECRET) return settings.JWT_SECRET;
  if (settings.isProduction || settings.JWKS_URL || settings.oidc) return undefined;
  const file = join(settings.dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(settings.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

export function parseTtl(ttl: string): number {
  const m = /^(\d{1,9})\s*([smhd])$/.exec(ttl.trim());
  if (!m) throw new Error(`invalid TTL "${ttl}": use e.g. 30m, 8h, 2d`);
  const n = Number(m[1]);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return n * unit;
}

function describeSeconds(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600}h` : `${seconds}s`;
}

/**
 * The time claims every accepted token must carry: an expiry, an issue time
 * not in the future (beyond the tolerated skew), and a lifetime no longer than
 * TOKEN_MAX_AGE_SECONDS, so that a leaked token cannot be used for long.
 */
export function checkTokenLifetime(
  payload: JWTPayload,
  nowSeconds: number,
  limits: { maxAgeSeconds: number; skewSeconds: number },
): void {
  const { exp, iat } = payload;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    throw new InvalidTokenError('token has no expiry');
  }
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) {
    throw new InvalidTokenError('token has an invalid issue time');
  }
  if (typeof iat === 'number' && iat > nowSeconds + limits.skewSeconds) {
    throw new InvalidTokenError('token is issued in the future');
  }
  // Without iat the lifetime is measured from now, which is the most it can still live.
  const from = typeof iat === 'number' ? iat : nowSeconds;
  if (exp - from > limits.maxAgeSeconds + limits.skewSeconds) {
    throw new InvalidTokenError('token lives longer than the maximum age');
  }
}

export function principalFromClaims(payload: JWTPayload): Principal {
  const { sub, name, roles, location } = payload as JWTPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0) throw new InvalidTokenError('token has no sub');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => ROLES.has(r as string))) {
    throw new InvalidTokenError('token has no valid roles');
  }
  const loc = location ?? Location.Office;
  if (typeof loc !== 'string' || !LOCATIONS.has(loc)) {
    throw new InvalidTokenError('token has an invalid location');
  }
  return {
    sub,
    name: typeof name === 'string' ? name : sub,
    roles: roles as Role[],
    location: loc as Location,
  };
}

/** The value at a claim name or dotted path (`realm_access.roles`). */
export function claimAt(payload: JWTPayload, path: string): unknown {
  if (Object.prototype.hasOwnProperty.call(payload, path)) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The caller of an OpenID Connect access token. Roles come from the roles claim (an array, or a
 * space-separated string); names that are not Countersign roles are ignored (an identity
 * provider's role list serves other applications too), and at least one must be. The location
 * comes from the location claim and is `remote`, the more restricted, when the claim is absent.
 */
export function principalFromOidcClaims(
  payload: JWTPayload,
  claims: { roles: string; location: string },
): Principal {
  const { sub, name, preferred_username } = payload as JWTPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0) throw new InvalidTokenError('token has no sub');
  const raw = claimAt(payload, claims.roles);
  const listed = typeof raw === 'string' ? raw.split(' ') : Array.isArray(raw) ? raw : [];
  const roles = [...new Set(listed.filter((r): r is Role => ROLES.has(r as string)))];
  if (roles.length === 0) throw new InvalidTokenError('token has no valid roles');
  const loc = claimAt(payload, claims.location) ?? Location.Remote;
  if (typeof loc !== 'string' || !LOCATIONS.has(loc)) {
    throw new InvalidTokenError('token has an invalid location');
  }
  return {
    sub,
    name:
      typeof name === 'string' && name.length > 0
        ? name
        : typeof preferred_username === 'string' && preferred_username.length > 0
          ? preferred_username
          : sub,
    roles,
    location: loc as Location,
  };
}

type RemoteKeys = ReturnType<typeof createRemoteJWKSet>;

/** Discovery documents are small; a larger answer is not one. */
const DISCOVERY_MAX_BYTES = 256 * 1024;
/** Verified tokens remembered at most (TokenVerifier); emptied when full. */
const VERIFIED_TOKENS_MAX = 1000;

function copyOf(p: Principal): Principal {
  return { ...p, roles: [...p.roles] };
}

/**
 * The issuer's key set, from its discovery document (OpenID Connect Discovery 1.0): the document
 * must name the same issuer, and its `jwks_uri`. Read once; a failed read is retried on the
 * next token.
 */
export async function discoverJwksUri(issuer: string, fetchFn: typeof fetch = fetch): Promise<URL> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const res = await fetchFn(url, {
    headers: { accept: 'application/json' },
    redirect: 'error',
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`OIDC discovery at ${url} answered ${res.status}`);
  const text = await res.text();
  if (text.length > DISCOVERY_MAX_BYTES) throw new Error(`OIDC discovery at ${url} is too large`);
  const doc = JSON.parse(text) as { issuer?: unknown; jwks_uri?: unknown };
  if (doc.issuer !== issuer) {
    throw new Error(`OIDC discovery at ${url} names issuer ${String(doc.issuer)}, not ${issuer}`);
  }
  if (typeof doc.jwks_uri !== 'string') throw new Error(`OIDC discovery at ${url} has no jwks_uri`);
  const jwks = new URL(doc.jwks_uri);
  if (jwks.protocol !== 'https:' && jwks.protocol !== 'http:') {
    throw new Error(`OIDC discovery at ${url} names a jwks_uri that is not http(s)`);
  }
  return jwks;
}

/**
 * Verifies bearer tokens: HS256 with a shared secret, an identity provider's JWKS (JWKS_URL), or
 * an OpenID Connect issuer's keys found through its discovery document (OIDC_ISSUER).
 */
export class TokenVerifier {
  private readonly key: Uint8Array | RemoteKeys | undefined;
  private oidcKeys: Promise<RemoteKeys> | undefined;
  /**
   * HS256 tokens verified before, with when they were and when they expire:
   * an integration sends one token with every post, and verifying it is most
   * of a request's authentication. Every check that passed keeps passing as
   * time goes on, until exp (with the skew); the shared secret does not
   * change while the service runs. Tokens signed with remote keys are always
   * verified, since those keys can be withdrawn.
   */
  private readonly verified = new Map<
    string,
    { principal: Principal; fromMs: number; untilMs: number }
  >();

  constructor(
    private readonly settings: Settings,
    private readonly nowMs: () => number = Date.now,
    private readonly fetchFn: typeof fetch = fetch,
  ) {
    if (settings.oidc) {
      this.key = undefined;
    } else if (settings.JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(settings.JWKS_URL));
    } else {
      const secret = resolveJwtSecret(settings);
      if (!secret) throw new Error('JWT_SECRET or JWKS_URL is required');
      this.key = new TextEncoder().encode(secret);
    }
  }

  private issuerKeys(): Promise<RemoteKeys> {
    if (!this.oidcKeys) {
      this.oidcKeys = discoverJwksUri(this.settings.OIDC_ISSUER!, this.fetchFn).then((url) =>
        createRemoteJWKSet(url),
      );
      // Not cached when it fails: the issuer may be back for the next token.
      this.oidcKeys.catch((err: unknown) => {
        this.oidcKeys = undefined;
        new Logger('TokenVerifier').warn(
          `tokens cannot be verified yet: ${err instanceof Error ? err.message : String(err)}`,
        );
      });
    }
    return this.oidcKeys;
  }

  async verify(token: string): Promise<Principal> {
    const now = this.nowMs();
    const known = this.verified.get(token);
    // A copy each time: a request may not change what the next one is given.
    if (known && now >= known.fromMs && now < known.untilMs) return copyOf(known.principal);
    const principal = await this.verifyNow(token, now);
    if (this.key instanceof Uint8Array) {
      if (this.verified.size >= VERIFIED_TOKENS_MAX) this.verified.clear();
      const { exp } = decodeJwt(token) as { exp: number };
      this.verified.set(token, {
        principal: copyOf(principal),
        fromMs: now,
        // jose refuses a token once exp <= floor(now / 1000) - the tolerance.
        untilMs: (exp + this.settings.TOKEN_CLOCK_SKEW_SECONDS) * 1000,
      });
    }
    return principal;
  }

  private async verifyNow(token: string, now: number): Promise<Principal> {
    try {
      const s = this.settings;
      const options = {
        issuer: s.oidc ? s.OIDC_ISSUER : s.JWT_ISSUER,
        audience: s.oidc ? (s.OIDC_AUDIENCE ?? s.OIDC_CLIENT_ID) : s.JWT_AUDIENCE,
        requiredClaims: ['exp'],
        clockTolerance: s.TOKEN_CLOCK_SKEW_SECONDS,
        currentDate: new Date(now),
        ...(this.key instanceof Uint8Array ? { algorithms: ['HS256'] } : {}),
      };
      const key = this.key ?? (await this.issuerKeys());
      const { payload } =
        key instanceof Uint8Array
          ? await jwtVerify(token, key, options)
          : await jwtVerify(token, key, options);
      checkTokenLifetime(payload, Math.floor(now / 1000), {
        maxAgeSeconds: s.TOKEN_MAX_AGE_SECONDS,
        skewSeconds: s.TOKEN_CLOCK_SKEW_SECONDS,
      });
      return s.oidc
        ? principalFromOidcClaims(payload, {
            roles: s.OIDC_ROLES_CLAIM,
            location: s.OIDC_LOCATION_CLAIM,
          })
        : principalFromClaims(payload);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw err;
      throw new InvalidTokenError('token is invalid or expired');
    }
  }
}

/**
 * Signs a development token with the HS256 secret (`countersign token`). The
 * lifetime is capped by TOKEN_MAX_AGE_SECONDS, as the verifier caps it.
 */
export async function signDevToken(
  settings: Settings,
  claims: { sub: string; name?: string; roles: Role[]; location: Location },
  ttlSeconds: number,
  nowMs: number = Date.now(),
): Promise<string> {
  if (settings.isProduction)
    throw new Error('development tokens are refused when NODE_ENV=production');
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) {
    throw new Error('the token lifetime must be at least one second');
  }
  if (ttlSeconds > settings.TOKEN_MAX_AGE_SECONDS) {
    throw new Error(
      `the token lifetime ${describeSeconds(ttlSeconds)} is longer than the maximum ` +
        `${describeSeconds(settings.TOKEN_MAX_AGE_SECONDS)} (TOKEN_MAX_AGE_SECONDS)`,
    );
  }
  const secret = resolveJwtSecret(settings);
  if (!secret)
    throw new Error('no JWT secret: set JWT_SECRET (tokens cannot be signed for a JWKS provider)');
  let jwt = new SignJWT({
    name: claims.name ?? claims.sub,
    roles: claims.roles,
    location: claims.location,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(Math.floor(nowMs / 1000))
    .setExpirationTime(Math.floor(nowMs / 1000) + ttlSeconds);
  if (settings.JWT_ISSUER) jwt = jwt.setIssuer(settings.JWT_ISSUER);
  if (settings.JWT_AUDIENCE) jwt = jwt.setAudience(settings.JWT_AUDIENCE);
  return jwt.sign(new TextEncoder().encode(secret));
}
