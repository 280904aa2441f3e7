import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleCsp, registerConsole } from './console-static';

describe('console serving', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<meta name="csp-nonce" content="__CSP_NONCE__"><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'app-1a2b.js'), 'export const app = 1;');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html uncached with a strict CSP and a fresh nonce each time', async () => {
    const app = Fastify();
    expect(await registerConsole(app, dir)).toBe(true);
    const a = await app.inject({ url: '/' });
    const b = await app.inject({ url: '/' });
    expect(a.statusCode).toBe(200);
    expect(a.headers['cache-control']).toBe('no-cache');
    expect(a.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(a.headers['content-security-policy']);
    const nonce = /nonce-([A-Za-z0-9+/=]+)/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(a.body).toContain(`content="${nonce}"`);
    expect(a.body).not.toContain('__CSP_NONCE__');
    expect(b.headers['content-security-policy']).not.toBe(csp);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // No host but the service itself: no scheme, wildcard or other origin anywhere.
    expect(csp).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
    await app.close();
  });

  it('caches hashed assets for a year and 404s what is not there', async () => {
    const app = Fastify();
    await registerConsole(app, dir);
    const js = await app.inject({ url: '/assets/app-1a2b.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/../index.html' })).statusCode).not.toBe(500);
    await app.close();
  });

  it('registers nothing when the console has not been built', async () => {
    const app = Fastify();
    expect(await registerConsole(app, join(dir, 'nowhere'))).toBe(false);
    expect((await app.inject({ url: '/' })).statusCode).toBe(404);
    await app.close();
  });

  it('allows styles only from the service or with the nonce', () => {
    expect(consoleCsp('abc')).toContain("style-src 'self' 'nonce-abc'");
  });

  it("lets the console call the OpenID Connect issuer's origin, and nothing else more", async () => {
    const app = Fastify();
    await registerConsole(app, dir, { oidcIssuer: 'https://login.bank.example/realms/care' });
    const res = await app.inject({ url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("connect-src 'self' https://login.bank.example;");
    expect(csp.replace(' https://login.bank.example;', ';')).toBe(
      consoleCsp(/'nonce-([^']+)'/.exec(csp)![1]),
    );
    await app.close();
  });
});
