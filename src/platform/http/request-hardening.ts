import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import type { ErrorBody } from '../errors/app-error';
import { PlatformError, PlatformErrorCode } from '../errors/platform.errors';
import { checkJsonText, decodeJsonBody, MAX_JSON_DEPTH, unsafeString } from './strict-json';

function errorBody(code: PlatformErrorCode, message: string, requestId: string): ErrorBody {
  return { error: { code, message }, requestId };
}

const FRAMEWORK_ERRORS: Record<
  string,
  { status: number; code: PlatformErrorCode; message: string }
> = {
  FST_ERR_BAD_URL: {
    status: 400,
    code: PlatformErrorCode.BAD_REQUEST,
    message: 'The URL is not valid.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: PlatformErrorCode.URI_TOO_LONG,
    message: 'A path segment is longer than the limit.',
  },
};

/**
 * Fastify's router errors (a URL it cannot decode, a path parameter over the
 * length limit) in the one error shape, with the request id, never echoing the URL.
 */
export function frameworkErrors(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const code = (error as { code?: string }).code ?? '';
  const known = FRAMEWORK_ERRORS[code] ?? {
    status: 400,
    code: PlatformErrorCode.BAD_REQUEST,
    message: 'The request is not valid.',
  };
  void reply
    .code(known.status)
    .header('x-request-id', request.id)
    .header('content-type', 'application/json; charset=utf-8')
    .send(errorBody(known.code, known.message, String(request.id)));
}

/**
 * Errors Node's HTTP parser raises before there is a request (a time-out, headers
 * over the limit, a request line it cannot parse): answered in the one error
 * shape with a fresh request id, and the connection closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  let body: ErrorBody;
  const requestId = randomUUID();
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
    body = errorBody(
      PlatformErrorCode.REQUEST_TIMEOUT,
      'The request was not received in time.',
      requestId,
    );
  } else if (err.code === 'HPE_HEADER_OVERFLOW') {
    status = 431;
    body = errorBody(
      PlatformErrorCode.HEADERS_TOO_LARGE,
      'The request line or headers are larger than the limit.',
      requestId,
    );
  } else {
    body = errorBody(PlatformErrorCode.BAD_REQUEST, 'The request is not valid HTTP.', requestId);
  }
  if (socket.writable) {
    const text = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `content-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(text)}\r\n` +
        `x-request-id: ${requestId}\r\n` +
        `connection: close\r\n\r\n` +
        text,
    );
  }
  socket.destroy();
}

/**
 * The only body parser: `application/json`, strict UTF-8, nesting at most
 * MAX_JSON_DEPTH, no lone surrogates and no NUL characters in strings. Any
 * other content type is answered 415 by Fastify. The raw bytes are kept on
 * `request.rawBody` for webhook signatures.
 */
export function registerStrictJsonParser(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeAllContentTypeParsers();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request, body, done) => {
      const raw = body as Buffer;
      (request as FastifyRequest & { rawBody?: Buffer }).rawBody = raw;
      let text: string;
      try {
        text = decodeJsonBody(raw);
        checkJsonText(text, MAX_JSON_DEPTH);
      } catch (err) {
        done(err as Error, undefined);
        return;
      }
      void parse(request, text, done);
    },
  );
}

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function routePattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * A wrong method on a known path answers 405 METHOD_NOT_ALLOWED with `Allow`
 * (instead of the router's 404), and NUL characters or lone surrogates in path
 * and query values are refused before they can reach PostgreSQL.
 * Call before the routes are registered.
 */
export function registerRequestChecks(fastify: FastifyInstance): void {
  const routes: { pattern: RegExp; methods: Set<string> }[] = [];
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let entry = routes.find((r) => r.pattern.source === routePattern(route.url).source);
    if (!entry) {
      entry = { pattern: routePattern(route.url), methods: new Set() };
      routes.push(entry);
    }
    for (const m of methods) entry.methods.add(String(m).toUpperCase());
  });

  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return;
    const path = request.url.split('?')[0];
    const allowed = new Set<string>();
    for (const r of routes) if (r.pattern.test(path)) r.methods.forEach((m) => allowed.add(m));
    if (allowed.size === 0 || allowed.has(request.method)) return;
    void reply.header('allow', [...allowed].sort().join(', '));
    throw new PlatformError(
      PlatformErrorCode.METHOD_NOT_ALLOWED,
      `This route does not accept ${request.method}.`,
      { allow: [...allowed].sort() },
    );
  });

  fastify.addHook('preValidation', (request, _reply, done) => {
    const check = (where: string, values: unknown) => {
      if (values === null || typeof values !== 'object') return;
      for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
        for (const v of Array.isArray(value) ? value : [value]) {
          const problem = typeof v === 'string' ? unsafeString(v) : undefined;
          if (problem) {
            throw new PlatformError(
              PlatformErrorCode.VALIDATION_FAILED,
              'The request is not valid.',
              [
                {
                  field: SAFE_NAME.test(name) ? `${where}.${name}` : where,
                  problems: [
                    problem === 'nul'
                      ? 'must not contain NUL characters'
                      : 'must not contain lone surrogates',
                  ],
                },
              ],
            );
          }
        }
      }
    };
    try {
      check('path', request.params);
      check('query', request.query);
    } catch (err) {
      done(err as Error);
      return;
    }
    done();
  });
}

/**
 * Once the headers are in, the body must arrive within `ms`: a client that
 * trickles its body (each byte in time for the idle time-out) is answered
 * 408 and its connection closed, whatever the route and with or without a token.
 */
export function registerBodyTimeout(fastify: FastifyInstance, ms: number): void {
  fastify.addHook('preParsing', (request, reply, payload, done) => {
    const hasBody =
      request.headers['transfer-encoding'] !== undefined ||
      Number(request.headers['content-length'] ?? 0) > 0;
    if (!hasBody) {
      done(null, payload);
      return;
    }
    // The parser reads through a pass-through, so that a late body fails the parse
    // (and is answered) without destroying the socket before the answer is written.
    const body = new PassThrough();
    const timer = setTimeout(() => {
      payload.unpipe(body);
      void reply.header('connection', 'close');
      body.destroy(
        Object.assign(new Error('The request body was not received in time.'), {
          statusCode: 408,
          code: 'FST_ERR_BODY_TIMEOUT',
        }),
      );
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    payload.once('end', clear);
    reply.raw.once('close', clear);
    // The parser reports the error when it reads the body; nothing else must throw it.
    body.on('error', () => undefined);
    payload.once('error', (err) => {
      clear();
      body.destroy(err);
    });
    payload.pipe(body);
    done(null, body);
  });
}

/** Node's HTTP server options for the time-outs (see Settings.HTTP_*_TIMEOUT_MS). */
export function serverTimeouts(t: {
  connectionMs: number;
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}): {
  connectionTimeout: number;
  keepAliveTimeout: number;
  requestTimeout: number;
  http: { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number };
} {
  const headersTimeout = Math.min(t.headersMs, t.requestMs);
  return {
    connectionTimeout: t.connectionMs,
    keepAliveTimeout: t.keepAliveMs,
    requestTimeout: t.requestMs,
    http: {
      headersTimeout,
      requestTimeout: t.requestMs,
      // Node checks the header and request time-outs on this interval (30 s by default).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
  };
}
