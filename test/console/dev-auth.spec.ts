import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startTestApp, TestApp, TEST_JWT_SECRET } from '../support/test-app';

describe('development sign-in (POST /v1/dev/sign-in)', () => {
  describe('outside production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('mints a token for the subject, roles and location asked for', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/v1/dev/sign-in')
        .send({ sub: 'ada', roles: ['auditor', 'legal'], location: 'remote' })
        .expect(200);
      expect(typeof res.body.token).toBe('string');
      expect(Date.parse(res.body.expiresAt)).toBeGreaterThan(Date.now());
      const me = await request(t.app.getHttpServer())
        .get('/v1/me')
        .set('authorization', `Bearer ${res.body.token}`)
        .expect(200);
      expect(me.body).toMatchObject({
        sub: 'ada',
        roles: ['auditor', 'legal'],
        location: 'remote',
      });
    });

    it('tells the console to use the development sign-in (GET /v1/auth/config, no token)', async () => {
      const res = await request(t.app.getHttpServer()).get('/v1/auth/config').expect(200);
      expect(res.body).toEqual({ mode: 'dev' });
    });

    it('refuses unknown roles, no role, a bad location and a malformed subject', async () => {
      const server = t.app.getHttpServer();
      const bad = [
        { sub: 'ada', roles: ['root'], location: 'office' },
        { sub: 'ada', roles: [], location: 'office' },
        { sub: 'ada', roles: ['agent'], location: 'moon' },
        { sub: 'a b', roles: ['agent'], location: 'office' },
        { sub: '', roles: ['agent'], location: 'office' },
      ];
      for (const body of bad) {
        const res = await request(server).post('/v1/dev/sign-in').send(body).expect(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        NODE_ENV: 'production',
        JWT_SECRET: TEST_JWT_SECRET,
        ARCHIVE_MASTER_KEY: randomBytes(32).toString('base64'),
        ARCHIVE_SIGNING_KEY: randomBytes(32).toString('base64'),
        // What the configured channel handles need in production.
        X_CONSUMER_SECRET: randomBytes(24).toString('hex'),
        META_APP_SECRET: randomBytes(24).toString('hex'),
        META_VERIFY_TOKEN: randomBytes(24).toString('hex'),
      });
    });
    afterAll(() => t.close());

    it('has no such route', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/v1/dev/sign-in')
        .send({ sub: 'mallory', roles: ['admin'], location: 'office' })
        .expect(404);
      expect(res.body.token).toBeUndefined();
      const doc = await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200);
      expect(Object.keys(doc.body.paths)).not.toContain('/v1/dev/sign-in');
    });

    it('tells the console that no sign-in for people is configured', async () => {
      const res = await request(t.app.getHttpServer()).get('/v1/auth/config').expect(200);
      expect(res.body).toEqual({ mode: 'none' });
    });
  });

  describe('in production with an OpenID Connect issuer', () => {
    const ISSUER = 'https://login.bank.example/realms/care';
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        NODE_ENV: 'production',
        JWT_SECRET: '',
        OIDC_ISSUER: ISSUER,
        OIDC_CLIENT_ID: 'countersign-console',
        OIDC_AUDIENCE: 'https://countersign.bank.example/api',
        ARCHIVE_MASTER_KEY: randomBytes(32).toString('base64'),
        ARCHIVE_SIGNING_KEY: randomBytes(32).toString('base64'),
        X_CONSUMER_SECRET: randomBytes(24).toString('hex'),
        META_APP_SECRET: randomBytes(24).toString('hex'),
        META_VERIFY_TOKEN: randomBytes(24).toString('hex'),
      });
    });
    afterAll(() => t.close());

    it('tells the console where to sign in (only values that are not secret), and has no dev route', async () => {
      const server = t.app.getHttpServer();
      const res = await request(server).get('/v1/auth/config').expect(200);
      expect(res.body).toEqual({
        mode: 'oidc',
        issuer: ISSUER,
        clientId: 'countersign-console',
        scopes: 'openid profile',
        audience: 'https://countersign.bank.example/api',
      });
      await request(server)
        .post('/v1/dev/sign-in')
        .send({ sub: 'mallory', roles: ['admin'], location: 'office' })
        .expect(404);
    });
  });
});
