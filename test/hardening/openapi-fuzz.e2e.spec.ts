import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { Database } from '../../src/platform/database/database';
import { startTestApp, TEST_JWT_SECRET, TestApp } from '../support/test-app';

/**
 * Requests generated from the OpenAPI document, for every route it lists
 * (routes added later are picked up without changing this file): documented
 * parameters and bodies with wrong types, missing and extra fields, huge and
 * odd strings and numbers, deep nesting, wrong methods and content types, and
 * the token of every role. No answer may be a 5xx, and every error must be in
 * the documented shape with the request id.
 */

const SEED = 20_261_129;
const TOTAL_REQUESTS = 10_500;
const BODY_LIMIT = 16 * 1024;

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  example?: unknown;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, unknown>;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface GeneratedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const hostileStrings = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a'.repeat(5000),
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '😀',
    '\u202e\u200b\ufeff',
    '../../etc/passwd',
    '..%2f..%2f',
    '%00',
    '%',
    '1e20',
    '9223372036854775808',
    '-1',
    '0x10',
    'NaN',
    'Infinity',
    'null',
    'true',
    '[]',
    '{}',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '4111 1111 1111 1111',
    '078-05-1120',
    'customer:8812',
    'Litigation 2026-CV-0142',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.string({ maxLength: 300 }),
);

const hostileNumbers = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1,
    1.5,
    -0.5,
    1e20,
    -1e20,
    1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 63,
    4294967296,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A JSON value nested `depth` deep, as text (so that depth is not limited by the encoder). */
const deepText = fc
  .tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean())
  .map(([n, arrays]) =>
    arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n),
  );

function resolve(schema: Schema | undefined, doc: OpenApiDoc): Schema {
  let s = schema ?? {};
  for (let i = 0; i < 10 && s.$ref; i++) {
    const name = s.$ref.split('/').pop()!;
    s = doc.components?.schemas?.[name] ?? {};
  }
  if (s.allOf?.length) return resolve(s.allOf[0], doc);
  if (s.oneOf?.length) return resolve(s.oneOf[0], doc);
  if (s.anyOf?.length) return resolve(s.anyOf[0], doc);
  return s;
}

/** A value that fits the schema (roughly), the starting point for mutations. */
function validValue(schema: Schema | undefined, doc: OpenApiDoc, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  switch (s.type ?? 'string') {
    case 'integer':
    case 'number':
      return fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 50, 50) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(validValue(s.items, doc, depth + 1), { maxLength: 3 });
    case 'object': {
      if (!s.properties || depth > 3)
        return fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), {
          maxKeys: 3,
        });
      const props: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(s.properties)) props[k] = validValue(v, doc, depth + 1);
      return fc.record(props, { requiredKeys: s.required ?? [] });
    }
    default:
      return fc.oneof(
        fc.constantFrom(
          ...[s.example, 'customer:8812', 'conversation', 'entries.jsonl', 'Case closed'].filter(
            (x) => typeof x === 'string',
          ),
        ),
        fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 40, 40) }),
      );
  }
}

const anyHostile: fc.Arbitrary<unknown> = fc.oneof(
  hostileStrings,
  hostileNumbers,
  fc.constantFrom(null, true, false, [], {}),
  fc.array(hostileStrings, { maxLength: 4 }),
  fc.dictionary(hostileStrings, hostileStrings, { maxKeys: 4 }),
  fc.anything({ maxDepth: 4 }),
);

/** The schema's value, or a mutation of it: wrong type, hostile value, missing or extra fields. */
function fuzzValue(schema: Schema | undefined, doc: OpenApiDoc, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const valid = validValue(s, doc, depth);
  if (s.type === 'object' && s.properties && depth < 3) {
    const props: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(s.properties)) props[k] = fuzzValue(v, doc, depth + 1);
    const mutated = fc
      .tuple(
        fc.record(props, { requiredKeys: [] }),
        fc.dictionary(hostileStrings, anyHostile, { maxKeys: 2 }),
        fc.boolean(),
      )
      .map(([base, extra, addExtra]) => (addExtra ? { ...extra, ...base } : base));
    return fc.oneof(
      { weight: 2, arbitrary: valid },
      { weight: 3, arbitrary: mutated },
      { weight: 1, arbitrary: anyHostile },
    );
  }
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 2, arbitrary: anyHostile });
}

function encodeSegment(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be encoded as UTF-8: send its (invalid) bytes instead.
    return text.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^A-Za-z0-9%._~-]/g, '_');
  }
}

function paramText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function requestsFor(
  path: string,
  method: string,
  op: Operation,
  doc: OpenApiDoc,
  tokens: string[],
): fc.Arbitrary<GeneratedRequest> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;

  const pathArb = fc.tuple(...pathParams.map((p) => fuzzValue(p.schema, doc)));
  const queryArb = fc.tuple(
    fc.tuple(
      ...queryParams.map((p) =>
        fc.option(
          fc.oneof(
            fuzzValue(p.schema, doc),
            fc.array(fuzzValue(p.schema, doc), { minLength: 2, maxLength: 3 }),
          ),
          { freq: p.required ? 8 : 2 },
        ),
      ),
    ),
    fc.option(fc.tuple(hostileStrings, hostileStrings), { freq: 4 }),
  );
  const bodyArb: fc.Arbitrary<{ payload?: string; contentType?: string }> = fc.oneof(
    {
      weight: 6,
      arbitrary: fuzzValue(bodySchema ?? { type: 'object' }, doc).map((v) => ({
        payload: JSON.stringify(v) ?? 'null',
        contentType: 'application/json',
      })),
    },
    {
      weight: 1,
      arbitrary: deepText.map((payload) => ({ payload, contentType: 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '{"a":',
          '{"text":"\\ud800"}',
          '{"reason":"a\\u0000b"}',
          '{"a":1,}',
          "{'a':1}",
          'null',
          '"x"',
          '[]',
          '{"__proto__":{"x":1}}',
          '{"constructor":{"prototype":{"x":1}}}',
          '\u0000',
          '{"text":"\\udc00\\ud800"}',
        )
        .map((payload) => ({ payload, contentType: 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/json; charset=utf-16',
            'application/xml',
            '',
          ),
          hostileStrings,
        )
        .map(([contentType, payload]) => ({ payload: payload || 'x=1', contentType })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        payload: 'x'.repeat(BODY_LIMIT + 10),
        contentType: 'application/json',
      }),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  );
  const methodArb = fc.oneof(
    { weight: 9, arbitrary: fc.constant(method) },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
  );
  const tokenArb = fc.constantFrom(...tokens);

  return fc
    .tuple(methodArb, pathArb, queryArb, bodyArb, tokenArb)
    .map(([m, pathValues, [queryValues, extra], body, token]) => {
      let url = path;
      pathParams.forEach((p, i) => {
        url = url.replace(`{${p.name}}`, encodeSegment(pathValues[i]));
      });
      const query: string[] = [];
      queryParams.forEach((p, i) => {
        const v = queryValues[i];
        if (v === null || v === undefined) return;
        for (const one of Array.isArray(v) ? v : [v])
          query.push(`${encodeSegment(p.name)}=${encodeSegment(paramText(one))}`);
      });
      if (extra) query.push(`${encodeSegment(extra[0])}=${encodeSegment(extra[1])}`);
      if (query.length) url += `?${query.join('&')}`;
      const headers: Record<string, string> = {};
      if (token) headers.authorization = token;
      const sendsBody = m !== 'get' && body.payload !== undefined;
      if (sendsBody && body.contentType) headers['content-type'] = body.contentType;
      return {
        method: m.toUpperCase(),
        url,
        headers,
        payload: sendsBody ? body.payload : undefined,
      };
    });
}

function describeRequest(r: GeneratedRequest): string {
  const auth = r.headers.authorization ? ' (token)' : '';
  return `${r.method} ${r.url.slice(0, 200)}${auth} ${r.headers['content-type'] ?? ''} ${(r.payload ?? '').slice(0, 200)}`;
}

/** Whether the operation answers 200 with a server-sent event stream, which never ends. */
function isEventStream(op: Operation): boolean {
  const ok = op.responses['200'] as { content?: Record<string, unknown> } | undefined;
  return ok?.content?.['text/event-stream'] !== undefined;
}

/**
 * A request to a streaming route, over a real connection: a 200 is an open
 * stream (its headers are enough), anything else is read whole. Undefined when
 * the HTTP client itself refuses the request (a header value it will not send).
 */
async function sendOverHttp(
  baseUrl: string,
  r: GeneratedRequest,
): Promise<{ statusCode: number; body: string; headers: Record<string, string> } | undefined> {
  const abort = new AbortController();
  let res: Response;
  try {
    res = await fetch(baseUrl + r.url, {
      method: r.method,
      headers: r.headers,
      body: r.payload,
      signal: abort.signal,
    });
  } catch (err) {
    // 'fetch failed' is the connection's failure; any other TypeError is a request fetch will not send.
    if (err instanceof TypeError && err.message !== 'fetch failed') return undefined;
    throw err;
  }
  const headers = Object.fromEntries(res.headers);
  if (res.status === 200) {
    abort.abort();
    return { statusCode: 200, body: '', headers };
  }
  return { statusCode: res.status, body: await res.text(), headers };
}

describe('OpenAPI fuzz: no 5xx, every error in the documented shape', () => {
  let t: TestApp;
  let fastify: FastifyInstance;
  let database: Database;
  let doc: OpenApiDoc;
  let baseUrl: string;
  const tokens: string[] = [''];

  beforeAll(async () => {
    t = await startTestApp({
      BODY_LIMIT_BYTES: String(BODY_LIMIT),
      LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'silent',
      // Request handling is under test; the background workers have their own specs.
      WORKERS: 'false',
    });
    fastify = t.app.getHttpAdapter().getInstance();
    database = t.app.get(Database);
    // Streaming routes are called over a real connection (an injected request waits for the end).
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    doc = (await fastify.inject({ method: 'GET', url: '/docs/openapi.json' })).json<OpenApiDoc>();
    for (const role of Object.values(Role)) {
      tokens.push(`Bearer ${await t.token(`fuzz-${role}`, role)}`);
      tokens.push(`Bearer ${await t.token(`fuzz-${role}-remote`, role, Location.Remote)}`);
    }
    tokens.push(`Bearer ${await t.token('fuzz-all', Object.values(Role))}`);
    tokens.push('Bearer not-a-jwt', 'Basic YTpi', 'Bearer ' + 'A'.repeat(4000));
    const noExp = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    tokens.push(`Bearer ${noExp}`);
  });
  afterAll(() => t.close());

  it('every route of the document, every role, hostile inputs', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => (METHODS as readonly string[]).includes(method))
        .map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(10);
    const runs = Math.ceil(TOTAL_REQUESTS / operations.length);
    let sent = 0;
    const statuses = new Map<number, number>();

    for (const { path, method, op } of operations) {
      await fc.assert(
        fc.asyncProperty(requestsFor(path, method, op, doc, tokens), async (req) => {
          let timer: NodeJS.Timeout | undefined;
          const hung = new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within 10 s for ${describeRequest(req)}`)),
              10_000,
            );
          });
          const res = await Promise.race([
            isEventStream(op)
              ? sendOverHttp(baseUrl, req)
              : fastify.inject({
                  method: req.method as 'GET',
                  url: req.url,
                  headers: req.headers,
                  payload: req.payload,
                }),
            hung,
          ]).finally(() => clearTimeout(timer));
          if (res === undefined) return;
          sent++;
          try {
            await database.dataSource.query('SELECT 1');
          } catch (err) {
            throw new Error(
              `database unusable after ${describeRequest(req)} -> ${res.statusCode}: ${String(err)}`,
            );
          }
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const where = describeRequest(req);
          // A 5xx is a failure, except a documented 503 (`/readyz` while a check fails).
          const documented503 = res.statusCode === 503 && op.responses['503'] !== undefined;
          if (res.statusCode >= 500 && !documented503)
            throw new Error(`${res.statusCode} for ${where}: ${res.body.slice(0, 300)}`);
          if (res.statusCode >= 400) {
            let body: unknown;
            try {
              body = JSON.parse(res.body);
            } catch {
              throw new Error(`${res.statusCode} without a JSON body for ${where}`);
            }
            const b = body as {
              error?: { code?: unknown; message?: unknown; details?: unknown };
              requestId?: unknown;
            };
            const keys = Object.keys(b).sort().join(',');
            const errorKeys = Object.keys(b.error ?? {})
              .filter((k) => k !== 'details')
              .sort()
              .join(',');
            if (
              keys !== 'error,requestId' ||
              errorKeys !== 'code,message' ||
              typeof b.error?.code !== 'string' ||
              !/^[A-Z][A-Z0-9_]*$/.test(b.error.code) ||
              typeof b.error.message !== 'string' ||
              typeof b.requestId !== 'string' ||
              b.requestId !== res.headers['x-request-id']
            ) {
              throw new Error(
                `${res.statusCode} off the error shape for ${where}: ${res.body.slice(0, 300)}`,
              );
            }
          }
        }),
        { seed: SEED, numRuns: runs, endOnFailure: true },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // The inputs reach past authentication and validation too, not only 4xx.
    const ok = [...statuses.entries()].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    expect(ok).toBeGreaterThan(100);
  }, 180_000);
});
