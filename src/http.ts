import { Logger, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppModule, type AppOptions } from './app.module';
import { Settings } from './platform/config/settings';
import { registerConsole } from './platform/console/console-static';
import {
  clientErrorHandler,
  frameworkErrors,
  registerBodyTimeout,
  registerRequestChecks,
  registerStrictJsonParser,
  serverTimeouts,
} from './platform/http/request-hardening';
import { createWinston, WinstonNestLogger } from './platform/logging/logger';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether a caller's id holds a card-number-like run (13–19 digits passing Luhn). */
function holdsCardNumber(id: string): boolean {
  for (const run of id.match(/\d{13,}/g) ?? []) {
    for (let len = 13; len <= Math.min(19, run.length); len++) {
      for (let at = 0; at + len <= run.length; at++) {
        if (luhnValid(run.slice(at, at + len))) return true;
      }
    }
  }
  return false;
}

/**
 * A caller's x-request-id is kept when it is safe to log (the log keeps request
 * ids verbatim so that they can be looked up); otherwise a new one is made.
 */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) && !holdsCardNumber(given)
    ? given
    : randomUUID();
}

/** Builds the HTTP application (not yet listening): used by `serve` and by the tests. */
export async function createHttpApp(
  settings: Settings,
  logger?: LoggerService,
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: settings.BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    // Subject ids of up to 200 characters, percent-encoded, fit in one path segment.
    routerOptions: { maxParamLength: 2048 },
    frameworkErrors,
    clientErrorHandler,
    ...serverTimeouts({
      connectionMs: settings.HTTP_CONNECTION_TIMEOUT_MS,
      headersMs: settings.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: settings.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: settings.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(settings, options),
    adapter,
    {
      // The one body parser is registered below (strict JSON; anything else is 415).
      bodyParser: false,
      logger:
        logger ??
        new WinstonNestLogger(
          createWinston({ production: settings.isProduction, level: settings.LOG_LEVEL }),
        ),
      abortOnError: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  const httpLog = new Logger('HTTP');
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerStrictJsonParser(fastify, settings.BODY_LIMIT_BYTES);
  registerRequestChecks(fastify);
  // The web console (dist/web, when built) at `/`.
  await registerConsole(fastify, undefined, { oidcIssuer: settings.OIDC_ISSUER });
  registerBodyTimeout(fastify, settings.HTTP_BODY_TIMEOUT_MS);
  // Message bodies are never logged: only method, route pattern, status and timing.
  fastify.addHook('onResponse', async (request, reply) => {
    httpLog.verbose?.(
      `${request.method} ${request.routeOptions?.url ?? '-'} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`,
      { requestId: request.id },
    );
  });

  const config = new DocumentBuilder()
    .setTitle('Countersign API')
    .setDescription(
      'Compliance-first moderation and response approval. Every error has the shape ' +
        '`{ "error": { "code", "message", "details"? }, "requestId" }`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: 'docs/openapi.json',
  });

  app.enableShutdownHooks();
  await app.init();
  return app;
}
