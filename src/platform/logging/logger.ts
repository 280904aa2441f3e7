import { LoggerService } from '@nestjs/common';
import * as winston from 'winston';
import { redactText, redactValue } from './redact';

const SPLAT = Symbol.for('splat');

const redactFormat = winston.format((info) => {
  info.message =
    typeof info.message === 'string' ? redactText(info.message) : redactValue(info.message);
  for (const key of Object.keys(info)) {
    if (key === 'level' || key === 'message' || key === 'timestamp') continue;
    info[key] = redactValue(info[key], 0, new WeakSet(), key);
  }
  const splat = (info as Record<symbol, unknown>)[SPLAT];
  if (Array.isArray(splat)) (info as Record<symbol, unknown>)[SPLAT] = redactValue(splat);
  return info;
});

export function createWinston(options: { production: boolean; level: string }): winston.Logger {
  const format = options.production
    ? winston.format.combine(redactFormat(), winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        redactFormat(),
        winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
        winston.format.printf((info) => {
          const { level, message, timestamp, context, ...rest } = info;
          const extra = Object.keys(rest).length > 0 ? ' ' + JSON.stringify(rest) : '';
          const ctx = typeof context === 'string' ? ` [${context}]` : '';
          return `${String(timestamp)} ${level}${ctx} ${String(message)}${extra}`;
        }),
      );
  const silent = options.level === 'silent';
  return winston.createLogger({
    level: silent ? 'error' : options.level,
    silent,
    format,
    // Logs go to stderr so that CLI commands keep stdout for their output.
    transports: [
      new winston.transports.Console({ stderrLevels: Object.keys(winston.config.npm.levels) }),
    ],
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Winston as Nest's logger; one plain object after the message is its metadata. */
export class WinstonNestLogger implements LoggerService {
  constructor(readonly winston: winston.Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }

  private write(level: string, message: unknown, params: unknown[]): void {
    // Nest passes the context as the last string parameter, and a stack before it for errors.
    const rest = [...params];
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const meta: Record<string, unknown> = {};
    if (context) meta.context = context;
    if (rest.length === 1 && typeof rest[0] === 'string') meta.stack = rest[0];
    else if (rest.length === 1 && isPlainObject(rest[0])) {
      for (const [k, v] of Object.entries(rest[0])) {
        if (k !== 'level' && k !== 'message' && !(k in meta)) meta[k] = v;
      }
    } else if (rest.length > 0) meta.params = rest;
    if (message instanceof Error) {
      meta.stack = message.stack;
      this.winston.log(level, message.message, meta);
    } else if (typeof message === 'string') {
      this.winston.log(level, message, meta);
    } else {
      this.winston.log(level, 'object', { ...meta, value: message });
    }
  }
}
