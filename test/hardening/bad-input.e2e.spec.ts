import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { startTestApp, TestApp } from '../support/test-app';

const ERROR_SHAPE = {
  error: { code: expect.any(String), message: expect.any(String) },
  requestId: expect.any(String),
};

/** Sends raw bytes and resolves to everything the server answers before it closes. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.write(bytes);
  });
}

function parseRaw(answer: string): { status: number; headers: string; body: unknown } {
  const [head, body] = answer.split('\r\n\r\n');
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
    headers: head.toLowerCase(),
    body: JSON.parse(body) as unknown,
  };
}

describe('every bad input is a 4xx in the one error shape', () => {
  let t: TestApp;
  let server: Parameters<typeof request>[0];
  let port: number;
  let legal: string;
  let auditor: string;
  let compliance: string;
  let agent: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    server = t.app.getHttpServer();
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    legal = `Bearer ${await t.token('lena', Role.Legal)}`;
    auditor = `Bearer ${await t.token('aud', Role.Auditor)}`;
    compliance = `Bearer ${await t.token('cora', Role.ComplianceOfficer)}`;
    agent = `Bearer ${await t.token('ann', Role.Agent)}`;
  });
  afterAll(() => t.close());

  it('JSON nested 10,000 deep (a 20 KB body) is a 400, not a stack overflow', async () => {
    for (const body of [
      '['.repeat(10_000) + ']'.repeat(10_000),
      '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    ]) {
      const res = await request(server)
        .post('/v1/classify')
        .set('authorization', agent)
        .set('content-type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(ERROR_SHAPE);
      expect(res.body.error.code).toBe('MALFORMED_JSON');
    }
    // Nesting within the limit still reaches validation.
    const ok = await request(server)
      .post('/v1/classify')
      .set('authorization', agent)
      .set('content-type', 'application/json')
      .send(`{"text": "hi", "x": ${'['.repeat(60)}${']'.repeat(60)}}`);
    expect(ok.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('a lone surrogate anywhere in a JSON body is a 400 (I-JSON)', async () => {
    for (const body of [
      '{"subjectId":"s1","reason":"a\\ud800b"}',
      '{"subjectId":"s1","reason":"a\\udc00"}',
      '{"subjectId":"s1","reason":"ok","\\ud83d":1}',
    ]) {
      const res = await request(server)
        .post('/v1/archive/holds')
        .set('authorization', legal)
        .set('content-type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(ERROR_SHAPE);
      expect(res.body.error.code).toBe('MALFORMED_JSON');
    }
    // A proper pair is fine (and so is invalid UTF-8 refused).
    const pair = await request(server)
      .post('/v1/classify')
      .set('authorization', agent)
      .set('content-type', 'application/json')
      .send('{"text":"smile \\ud83d\\ude00"}');
    expect(pair.status).toBe(200);
    const invalid = Buffer.from([
      0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d,
    ]);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (d) => {
        chunks.push(d);
        if (Buffer.concat(chunks).includes('}')) socket.end();
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.write(
        `POST /v1/classify HTTP/1.1\r\nHost: x\r\nauthorization: ${agent}\r\n` +
          `content-type: application/json\r\ncontent-length: ${invalid.length}\r\n\r\n`,
      );
      socket.write(invalid);
    });
    const bad = parseRaw(answer);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
  });

  it('a NUL character in a body, path or query string is a 400', async () => {
    const hold = await request(server)
      .post('/v1/archive/holds')
      .set('authorization', legal)
      .send({ subjectId: 'cust\u00008812', reason: 'Litigation' });
    expect(hold.status).toBe(400);
    expect(hold.body.error.code).toBe('VALIDATION_FAILED');
    const reason = await request(server)
      .post('/v1/archive/holds')
      .set('authorization', legal)
      .send({ subjectId: 'cust-8812', reason: 'Litigation\u0000' });
    expect(reason.status).toBe(400);
    const byRef = await request(server)
      .get('/v1/archive/entries/by-ref?ref=subject&id=a%00b')
      .set('authorization', auditor);
    expect(byRef.status).toBe(400);
    expect(byRef.body).toMatchObject(ERROR_SHAPE);
    expect(byRef.body.error.code).toBe('VALIDATION_FAILED');
    const erase = await request(server)
      .post('/v1/archive/subjects/a%00b/erase')
      .set('authorization', compliance)
      .send({ reason: 'request 42' });
    expect(erase.status).toBe(400);
    expect(erase.body.error.code).toBe('VALIDATION_FAILED');
  });

  it.each([
    '/v1/archive/entries?from=1e20',
    '/v1/archive/entries?from=9223372036854775808',
    '/v1/archive/entries?from=0&to=9223372036854775808',
    '/v1/archive/proofs/inclusion?seq=9223372036854775808&size=1',
    '/v1/archive/proofs/inclusion?seq=0&size=1e20',
    '/v1/archive/proofs/consistency?from=1&to=9223372036854775808',
  ])('an integer beyond the database range is a 400: %s', async (url) => {
    const res = await request(server).get(url).set('authorization', auditor);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('an export range beyond the database range is a 400', async () => {
    for (const body of ['{"from":1e20}', '{"to":9223372036854775808}']) {
      const res = await request(server)
        .post('/v1/archive/exports')
        .set('authorization', auditor)
        .set('content-type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('a missing body counts as {}; a body that is not an object is a 400', async () => {
    const none = await request(server).post('/v1/archive/exports').set('authorization', auditor);
    expect(none.status).toBeLessThan(500);
    for (const body of ['null', '[]', '"x"', '42']) {
      const res = await request(server)
        .post('/v1/archive/holds')
        .set('authorization', legal)
        .set('content-type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(ERROR_SHAPE);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('a wrong method on a known path is 405 METHOD_NOT_ALLOWED with Allow', async () => {
    const res = await request(server).post('/v1/me').set('authorization', agent).send({});
    expect(res.status).toBe(405);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
    const holds = await request(server).put('/v1/archive/holds/abc').set('authorization', legal);
    expect(holds.status).toBe(405);
    expect(holds.headers.allow).toBe('DELETE');
    // An unknown path stays a 404.
    expect((await request(server).post('/v1/nope')).body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('a body that is not application/json is 415', async () => {
    const form = await request(server)
      .post('/v1/classify')
      .set('authorization', agent)
      .type('form')
      .send('text=hello');
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject(ERROR_SHAPE);
    expect(form.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const text = await request(server)
      .post('/v1/classify')
      .set('authorization', agent)
      .set('content-type', 'text/plain')
      .send('hello');
    expect(text.status).toBe(415);
  });

  it('a path segment over the limit is 414 in the error shape, never echoing the URL', async () => {
    const long = 'x'.repeat(3000);
    const res = await request(server)
      .get(`/v1/archive/entries/${long}`)
      .set('authorization', auditor);
    expect(res.status).toBe(414);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(res.body.error.code).toBe('URI_TOO_LONG');
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
    expect(JSON.stringify(res.body)).not.toContain('xxxx');
  });

  it('a URL that cannot be decoded is 400 in the error shape, never echoing it', async () => {
    const res = await request(server)
      .get('/v1/archive/entries/%E0%A4%A')
      .set('authorization', auditor);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(JSON.stringify(res.body)).not.toContain('%E0');
  });

  it('a request the HTTP parser refuses is 400 in the error shape with a request id', async () => {
    const answer = parseRaw(
      await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nbad header line\r\n\r\n'),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(ERROR_SHAPE);
    expect(answer.headers).toMatch(/x-request-id: [0-9a-f-]{36}/);
  });

  it('headers over the limit are 431 in the error shape, never echoing them', async () => {
    const secret = 'S'.repeat(20_000);
    const answer = parseRaw(await raw(port, `GET /healthz?${secret} HTTP/1.1\r\nHost: x\r\n\r\n`));
    expect(answer.status).toBe(431);
    expect(answer.body).toMatchObject(ERROR_SHAPE);
    expect((answer.body as { error: { code: string } }).error.code).toBe('HEADERS_TOO_LARGE');
    expect(JSON.stringify(answer.body)).not.toContain('SSSS');
  });
});
