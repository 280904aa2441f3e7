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
  const m = /^(\d+)\s*([smhd])$/.exec(ttl.trim());
  if (!m) throw new Error(`invalid TTL "${ttl}": use e.g. 30m, 8h, 2d`);
  const n = Number(m[1]);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return n * unit;
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

  constructor(private readonly settings: Settings) {
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
      const options = {
        issuer: this.settings.JWT_ISSUER,
        audience: this.settings.JWT_AUDIENCE,
        ...(this.settings.JWKS_URL ? {} : { algorithms: ['HS256'] }),
      };
      const { payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      return principalFromClaims(payload);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw err;
      throw new InvalidTokenError('token is invalid or expired');
    }
  }
}

/** Signs a development token with the HS256 secret (`countersign token`). */
export async function signDevToken(
  settings: Settings,
  claims: { sub: string; name?: string; roles: Role[]; location: Location },
  ttlSeconds: number,
): Promise<string> {
  if (settings.isProduction)
    throw new Error('development tokens are refused when NODE_ENV=production');
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
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds);
  if (settings.JWT_ISSUER) jwt = jwt.setIssuer(settings.JWT_ISSUER);
  if (settings.JWT_AUDIENCE) jwt = jwt.setAudience(settings.JWT_AUDIENCE);
  return jwt.sign(new TextEncoder().encode(secret));
}
