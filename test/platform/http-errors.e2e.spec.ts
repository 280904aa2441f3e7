import { SignJWT } from 'jose';
import request from 'supertest';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { startTestApp, TEST_JWT_SECRET, TestApp } from '../support/test-app';

const ERROR_SHAPE = {
  error: { code: expect.any(String), message: expect.any(String) },
  requestId: expect.any(String),
};

describe('HTTP foundation: auth, errors, request ids', () => {
  let t: TestApp;
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '4096' });
    server = t.app.getHttpServer();
  });
  afterAll(() => t.close());

  it('401 without a token, in the error shape, with the request id echoed', async () => {
    const res = await request(server).get('/v1/me').set('x-request-id', 'abc-123');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
    expect(res.body.requestId).toBe('abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('401 with a forged, an expired or a role-less token', async () => {
    const forged = await new SignJWT({ roles: ['admin'], location: 'office' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const expired = await new SignJWT({ roles: ['admin'], location: 'office' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('bob')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const roleless = await new SignJWT({ roles: ['root'], location: 'office' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    for (const token of [forged, expired, roleless, 'not-a-jwt']) {
      const res = await request(server).get('/v1/me').set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('makes a request id when the caller sends none or an unsafe one', async () => {
    const res = await request(server).get('/healthz').set('x-request-id', 'bad id <script>');
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/v1/me says who the caller is and what they may do', async () => {
    const token = await t.token('alice', Role.ComplianceOfficer);
    const res = await request(server).get('/v1/me').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      sub: 'alice',
      roles: ['compliance_officer'],
      location: 'office',
    });
    expect(res.body.rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: expect.arrayContaining(['approve']),
          subject: expect.arrayContaining(['TemplateVersion']),
        }),
      ]),
    );
  });

  it('a remote agent carries the restrictions of access.yaml that an office agent does not', async () => {
    const office = await request(server)
      .get('/v1/me')
      .set('authorization', `Bearer ${await t.token('ann', Role.Agent, Location.Office)}`);
    const remote = await request(server)
      .get('/v1/me')
      .set('authorization', `Bearer ${await t.token('rob', Role.Agent, Location.Remote)}`);
    const restrictions = (body: { rules: { inverted: boolean }[] }) =>
      body.rules.filter((r) => r.inverted);
    expect(restrictions(office.body)).toHaveLength(0);
    expect(restrictions(remote.body)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          subject: expect.arrayContaining(['Conversation']),
          conditions: { accountSpecific: true },
        }),
      ]),
    );
  });

  it('404 in the error shape for an unknown route', async () => {
    const res = await request(server).get('/v1/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(res.body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('400 MALFORMED_JSON for a body that is not JSON', async () => {
    const token = await t.token('alice', Role.Agent);
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send('{"text": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  it('413 for a body over the limit', async () => {
    const token = await t.token('alice', Role.Agent);
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .send({ text: 'x'.repeat(8192) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('the OpenAPI document declares the bearer scheme and documents errors', async () => {
    const res = await request(server).get('/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    const me = res.body.paths['/v1/me'].get;
    expect(Object.keys(me.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '500']));
    expect(res.body.components.schemas.ErrorResponseDto).toBeDefined();
  });

  it('/healthz and /readyz are public', async () => {
    expect((await request(server).get('/healthz')).status).toBe(200);
    const ready = await request(server).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: true, migrations: true, policies: true });
  });
});
