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

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  BODY_LIMIT_BYTES = 256 * 1024;

  @IsIn(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get dataDir(): string {
    return resolve(this.DATA_DIR);
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super('invalid configuration: ' + problems.map((p) => `${p.variable}: ${p.reason}`).join('; '));
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const known = Object.keys(new Settings());
  const raw: Record<string, string> = {};
  for (const key of [...known, 'DATABASE_URL', 'POLICIES_DIR', 'JWT_SECRET', 'JWKS_URL']) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const settings = plainToInstance(Settings, raw);
  const errors = validateSync(settings, { skipMissingProperties: false });
  const problems = errors.map((e) => ({
    variable: e.property,
    reason: Object.values(e.constraints ?? {}).join(', ') || 'invalid',
  }));
  if (settings.isProduction && !settings.JWT_SECRET && !settings.JWKS_URL) {
    problems.push({
      variable: 'JWT_SECRET',
      reason: 'JWT_SECRET or JWKS_URL is required when NODE_ENV=production',
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}
