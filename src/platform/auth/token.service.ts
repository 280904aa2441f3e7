import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from 'jose';
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
  if (settings.isProduction || settings.JWKS_URL) return undefined;
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

/** Verifies bearer tokens: HS256 with a shared secret, or an identity provider's JWKS. */
export class TokenVerifier {
  private readonly key: Uint8Array | ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly settings: Settings,
    private readonly nowMs: () => number = Date.now,
  ) {
    if (settings.JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(settings.JWKS_URL));
    } else {
      const secret = resolveJwtSecret(settings);
      if (!secret) throw new Error('JWT_SECRET or JWKS_URL is required');
      this.key = new TextEncoder().encode(secret);
    }
  }

  async verify(token: string): Promise<Principal> {
    try {
      const now = this.nowMs();
      const options = {
        issuer: this.settings.JWT_ISSUER,
        audience: this.settings.JWT_AUDIENCE,
        requiredClaims: ['exp'],
        clockTolerance: this.settings.TOKEN_CLOCK_SKEW_SECONDS,
        currentDate: new Date(now),
        ...(this.settings.JWKS_URL ? {} : { algorithms: ['HS256'] }),
      };
      const { payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      checkTokenLifetime(payload, Math.floor(now / 1000), {
        maxAgeSeconds: this.settings.TOKEN_MAX_AGE_SECONDS,
        skewSeconds: this.settings.TOKEN_CLOCK_SKEW_SECONDS,
      });
      return principalFromClaims(payload);
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
