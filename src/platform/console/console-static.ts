import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';

/** Where `npm run build` puts the console (vite's outDir). */
export function consoleDir(): string {
  return join(projectRoot(), 'dist', 'web');
}

const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;

/**
 * The console's Content-Security-Policy: nothing but the service itself, and
 * for sign-in, the OpenID Connect issuer's origin (discovery and token calls).
 * Styles that the component library injects at run time carry the page's nonce.
 */
export function consoleCsp(nonce: string, connectOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

function securityHeaders(reply: FastifyReply): void {
  void reply.header('x-content-type-options', 'nosniff');
  void reply.header('referrer-policy', 'no-referrer');
  void reply.header('cross-origin-opener-policy', 'same-origin');
  void reply.header('x-frame-options', 'DENY');
}

/**
 * Serves the built console: `/` (index.html, never cached, a fresh CSP nonce
 * per response) and `/assets/*` (content-hashed file names, cached for a
 * year). The console routes in the URL fragment, so no other path is needed.
 * Nothing is registered when the console has not been built.
 */
export async function registerConsole(
  fastify: FastifyInstance,
  dir: string = consoleDir(),
  options: { oidcIssuer?: string } = {},
): Promise<boolean> {
  const connectOrigins = options.oidcIssuer ? [new URL(options.oidcIssuer).origin] : [];
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const template = readFileSync(indexFile, 'utf8');

  const sendIndex = (reply: FastifyReply): FastifyReply => {
    const nonce = randomBytes(16).toString('base64');
    securityHeaders(reply);
    return reply
      .header('content-security-policy', consoleCsp(nonce, connectOrigins))
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(template.replace(NONCE_PLACEHOLDER, nonce));
  };
  fastify.get('/', (_req, reply) => sendIndex(reply));
  fastify.get('/index.html', (_req, reply) => sendIndex(reply));

  if (existsSync(join(dir, 'assets'))) {
    await fastify.register(fastifyStatic, {
      root: join(dir, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: '365d',
      setHeaders: (res) => {
        void res.header('content-security-policy', "default-src 'none'");
        void res.header('x-content-type-options', 'nosniff');
      },
    });
  }
  return true;
}
