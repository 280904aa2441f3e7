import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { resolve } from 'node:path';
import { projectRoot } from '../paths';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every setting the service reads from the environment, validated once at start-up.
 * Property names are the environment variable names, so an error names the variable.
 */
export class Settings {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Port of the Prometheus listener (GET /metrics), 9464 when unset; 0 picks a free port. Tests start none unless set. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT?: number;

  /** Address of the Prometheus listener: loopback unless configured. */
  @IsString()
  METRICS_HOST = '127.0.0.1';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  @IsOptional()
  @IsString()
  POLICIES_DIR?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  JWKS_URL?: string;

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  JWT_AUDIENCE?: string;

  /**
   * OpenID Connect issuer (exact `iss`, without `/.well-known/...`): the console signs people in
   * there (authorization code with PKCE) and the service verifies bearer tokens against the keys
   * its discovery document names (`jwks_uri`). Replaces JWT_SECRET, JWKS_URL, JWT_ISSUER and
   * JWT_AUDIENCE.
   */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'], require_protocol: true })
  OIDC_ISSUER?: string;

  /** The console's client id at the issuer (a public client: no secret). */
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]{1,200}$/, { message: 'OIDC_CLIENT_ID must be 1–200 visible characters' })
  OIDC_CLIENT_ID?: string;

  /** Scopes the console asks for (space-separated); must include `openid`. */
  @Matches(/^(?:[\x21\x23-\x5b\x5d-\x7e]+ )*[\x21\x23-\x5b\x5d-\x7e]+$/, {
    message: 'OIDC_SCOPES must be space-separated scope names',
  })
  OIDC_SCOPES = 'openid profile';

  /**
   * The audience an access token must carry (`aud`). When set, the console asks for it as the
   * resource indicator (RFC 8707); when unset, tokens must be issued to OIDC_CLIENT_ID.
   */
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]{1,300}$/, { message: 'OIDC_AUDIENCE must be 1–300 visible characters' })
  OIDC_AUDIENCE?: string;

  /** The claim that holds the caller's roles (a dotted path such as `realm_access.roles` is allowed). */
  @Matches(/^[A-Za-z0-9_:\-/]+(?:\.[A-Za-z0-9_:\-/]+)*$/, {
    message: 'OIDC_ROLES_CLAIM must be a claim name or a dotted path',
  })
  OIDC_ROLES_CLAIM = 'roles';

  /** The claim that holds the caller's location (`office` or `remote`; `remote` when absent). */
  @Matches(/^[A-Za-z0-9_:\-/]+(?:\.[A-Za-z0-9_:\-/]+)*$/, {
    message: 'OIDC_LOCATION_CLAIM must be a claim name or a dotted path',
  })
  OIDC_LOCATION_CLAIM = 'location';

  /** Meta app secret: checks X-Hub-Signature-256 on Facebook and Instagram webhooks (never logged). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'META_APP_SECRET must be at least 16 characters' })
  META_APP_SECRET?: string;

  /** The token Meta's webhook verification handshake must present (never logged). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'META_VERIFY_TOKEN must be at least 16 characters' })
  META_VERIFY_TOKEN?: string;

  /** X app consumer secret: signs the CRC answer and checks x-twitter-webhooks-signature (never logged). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'X_CONSUMER_SECRET must be at least 16 characters' })
  X_CONSUMER_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  BODY_LIMIT_BYTES = 256 * 1024;

  /** Longest lifetime (exp − iat) a bearer token may have; longer-lived tokens are refused. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  TOKEN_MAX_AGE_SECONDS = 12 * 3600;

  /** Clock difference tolerated between the token issuer and this service. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  TOKEN_CLOCK_SKEW_SECONDS = 30;

  /** A connection on which nothing arrives for this long is closed. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  HTTP_CONNECTION_TIMEOUT_MS = 30_000;

  /** The request line and headers must arrive within this time (408 otherwise). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  HTTP_HEADERS_TIMEOUT_MS = 10_000;

  /** Once the headers are in, the body must arrive within this time (408 otherwise). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  HTTP_BODY_TIMEOUT_MS = 15_000;

  /** The whole request, headers and body, must arrive within this time (408 otherwise). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  HTTP_REQUEST_TIMEOUT_MS = 30_000;

  /** An idle keep-alive connection is closed after this time. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS = 5_000;

  @IsIn(['silent', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** Ed25519 private key (PKCS#8 PEM, or base64 32-byte seed) that signs archive checkpoints. */
  @IsOptional()
  @IsString()
  ARCHIVE_SIGNING_KEY?: string;

  /** Base64 AES-256 key that wraps the per-subject data keys of sealed archive fields. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'ARCHIVE_MASTER_KEY must be a base64 32-byte key' })
  ARCHIVE_MASTER_KEY?: string;

  /** The log's origin line in checkpoints, and its signing key's name. */
  @Matches(/^[A-Za-z0-9.\-_/:]{1,100}$/, {
    message: 'ARCHIVE_ORIGIN must be a plain name such as bank.example/countersign',
  })
  ARCHIVE_ORIGIN = 'countersign.local/archive';

  /** Where every signed checkpoint is also written, one file each (WORM storage in a deployment). */
  @IsOptional()
  @IsString()
  CHECKPOINT_DIR?: string;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  CHECKPOINT_INTERVAL_MS = 10_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  CHECKPOINT_EVERY_ENTRIES = 10_000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  ARCHIVE_INTEGRATE_INTERVAL_MS = 200;

  /** Whether this process runs background work (archive integrator and checkpoints). */
  @IsIn(['true', 'false'])
  WORKERS = 'true';

  /** Where replies go: `sandbox` records them in a table (the default); `live` calls the platforms. */
  @IsIn(['sandbox', 'live'])
  TRANSPORT = 'sandbox';

  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  META_GRAPH_BASE_URL = 'https://graph.facebook.com';

  @Matches(/^v\d+\.\d+$/, { message: 'META_GRAPH_VERSION must look like v21.0' })
  META_GRAPH_VERSION = 'v21.0';

  /** Page access token for the Facebook Page and its Instagram account (never logged). */
  @IsOptional()
  @IsString()
  META_PAGE_ACCESS_TOKEN?: string;

  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  X_API_BASE_URL = 'https://api.x.com';

  /** App-only bearer token (reads, for reconciliation). */
  @IsOptional()
  @IsString()
  X_BEARER_TOKEN?: string;

  /** OAuth 2.0 user-context token of the brand's X account (posts and DMs). */
  @IsOptional()
  @IsString()
  X_USER_ACCESS_TOKEN?: string;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  TRANSPORT_TIMEOUT_MS = 10_000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  DISPATCH_INTERVAL_MS = 250;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  DISPATCH_BATCH_SIZE = 100;

  /** Send attempts before a reply is marked failed; overrides policies/replies.yaml when set. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  DISPATCH_MAX_ATTEMPTS?: number;

  /** A row left `sending` this long (a crash mid-call) is reconciled with the platform. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  DISPATCH_STALE_SENDING_MS = 120_000;

  /** Percent of sent replies drawn for post-send review; overrides policies/replies.yaml when set. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  REVIEW_SAMPLE_PERCENT?: number;

  /** The Prometheus listener's port, or null for none (tests that did not ask for one). */
  get metricsPort(): number | null {
    if (this.METRICS_PORT !== undefined) return this.METRICS_PORT;
    return this.NODE_ENV === 'test' ? null : 9464;
  }

  /** Whether people sign in through an OpenID Connect provider. */
  get oidc(): boolean {
    return this.OIDC_ISSUER !== undefined;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** A relative DATA_DIR is relative to the project root, wherever a command runs from. */
  get dataDir(): string {
    return resolve(projectRoot(), this.DATA_DIR);
  }

  get checkpointDir(): string {
    return this.CHECKPOINT_DIR
      ? resolve(projectRoot(), this.CHECKPOINT_DIR)
      : resolve(this.dataDir, 'checkpoints');
  }

  get runWorkers(): boolean {
    return this.WORKERS === 'true';
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super('invalid configuration: ' + problems.map((p) => `${p.variable}: ${p.reason}`).join('; '));
    this.name = 'ConfigError';
  }
}

/** OIDC_ISSUER and OIDC_CLIENT_ID go together, and replace the other token settings. */
function oidcProblems(settings: Settings): { variable: string; reason: string }[] {
  const problems: { variable: string; reason: string }[] = [];
  if (!settings.OIDC_ISSUER) {
    problems.push({
      variable: 'OIDC_ISSUER',
      reason: 'OIDC_ISSUER is required with OIDC_CLIENT_ID',
    });
  }
  if (!settings.OIDC_CLIENT_ID) {
    problems.push({
      variable: 'OIDC_CLIENT_ID',
      reason: 'OIDC_CLIENT_ID is required with OIDC_ISSUER',
    });
  }
  for (const variable of ['JWT_SECRET', 'JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE'] as const) {
    if (settings[variable]) {
      problems.push({
        variable,
        reason: `${variable} cannot be combined with OIDC_ISSUER (tokens are verified against the issuer's keys)`,
      });
    }
  }
  if (!settings.OIDC_SCOPES.split(' ').includes('openid')) {
    problems.push({ variable: 'OIDC_SCOPES', reason: 'OIDC_SCOPES must include openid' });
  }
  return problems;
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // Every field is an own property (ES2022 class fields), so this lists all variables.
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new Settings())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const settings = plainToInstance(Settings, raw);
  const errors = validateSync(settings, { skipMissingProperties: false });
  const problems = errors.map((e) => ({
    variable: e.property,
    reason: Object.values(e.constraints ?? {}).join(', ') || 'invalid',
  }));
  if (settings.OIDC_ISSUER || settings.OIDC_CLIENT_ID) {
    problems.push(...oidcProblems(settings));
  } else if (settings.isProduction && !settings.JWT_SECRET && !settings.JWKS_URL) {
    problems.push({
      variable: 'JWT_SECRET',
      reason: 'JWT_SECRET or JWKS_URL (or OIDC_ISSUER) is required when NODE_ENV=production',
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}
