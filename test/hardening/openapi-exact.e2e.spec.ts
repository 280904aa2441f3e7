import { RequestMethod } from '@nestjs/common';
import {
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { projectRoot } from '../../src/platform/paths';
import { startTestApp, TestApp } from '../support/test-app';

interface OpenApiOperation {
  responses: Record<string, unknown>;
  parameters?: { name: string; in: string; required?: boolean }[];
}
type OpenApiDoc = { paths: Record<string, Record<string, OpenApiOperation>> };

interface RouteFact {
  method: string;
  path: string;
  status: number;
  /** The handler takes the reply and may set the status itself. */
  setsStatus: boolean;
}

function join2(...parts: (string | undefined)[]): string {
  const path = parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter((s) => s.length > 0)
    .map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s))
    .join('/');
  return `/${path}`;
}

/** Every route the app serves, with the status its handler answers on success. */
function routesOf(t: TestApp): RouteFact[] {
  const out: RouteFact[] = [];
  for (const mod of t.app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type) continue;
      const base = Reflect.getMetadata(PATH_METADATA, type) as string | undefined;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (verb === undefined) continue;
        const paths = ([] as string[]).concat(
          (Reflect.getMetadata(PATH_METADATA, handler) as string | string[]) ?? '',
        );
        const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
        const method = RequestMethod[verb].toLowerCase();
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as object;
        const setsStatus = Object.keys(args).some((k) =>
          k.startsWith(`${RouteParamtypes.RESPONSE}:`),
        );
        for (const p of paths) {
          out.push({
            method,
            path: join2(base, p),
            status: code ?? (verb === RequestMethod.POST ? 201 : 200),
            setsStatus: setsStatus && code === undefined,
          });
        }
      }
    }
  }
  return out;
}

describe('the OpenAPI document is exact', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    t = await startTestApp();
    server = t.app.getHttpServer();
    doc = (await request(server).get('/docs/openapi.json')).body as OpenApiDoc;
  });
  afterAll(() => t.close());

  it('every documented operation documents exactly the success status its route answers', () => {
    const routes = routesOf(t);
    const checked: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const route = routes.find((r) => r.path === path && r.method === method);
        expect({ path, method, served: route !== undefined }).toEqual({
          path,
          method,
          served: true,
        });
        const documented = Object.keys(op.responses)
          .map(Number)
          .filter((s) => s >= 200 && s < 300);
        if (route!.setsStatus) {
          // The handler chooses its status (e.g. a webhook's 200 or 202): at least one documented.
          expect({ path, method, some: documented.length > 0 }).toEqual({
            path,
            method,
            some: true,
          });
        } else {
          expect({ path, method, documented }).toEqual({
            path,
            method,
            documented: [route!.status],
          });
        }
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining(['post /v1/archive/exports', 'post /v1/archive/holds']),
    );
  });

  it('POST /v1/archive/exports and /v1/archive/holds document 201', () => {
    expect(Object.keys(doc.paths['/v1/archive/exports'].post.responses)).toContain('201');
    expect(Object.keys(doc.paths['/v1/archive/holds'].post.responses)).toContain('201');
    expect(Object.keys(doc.paths['/v1/archive/holds'].post.responses)).not.toContain('200');
  });

  it('`active` on GET /v1/archive/holds is documented as optional', () => {
    const params = doc.paths['/v1/archive/holds'].get.parameters ?? [];
    const active = params.filter((p) => p.name === 'active' && p.in === 'query');
    expect(active).toHaveLength(1);
    expect(active[0].required ?? false).toBe(false);
  });

  it('valid calls answer the documented status', async () => {
    const legal = `Bearer ${await t.token('lena', Role.Legal)}`;
    const agent = `Bearer ${await t.token('ann', Role.Agent)}`;
    const documented = (path: string, method: string) =>
      Object.keys(doc.paths[path][method].responses)
        .map(Number)
        .filter((s) => s >= 200 && s < 300);
    const calls: [string, string, () => request.Test][] = [
      [
        '/v1/archive/holds',
        'post',
        () =>
          request(server)
            .post('/v1/archive/holds')
            .set('authorization', legal)
            .send({ subjectId: 'customer:8812', reason: 'Litigation 2026-CV-0142' }),
      ],
      [
        '/v1/archive/holds',
        'get',
        () => request(server).get('/v1/archive/holds').set('authorization', legal),
      ],
      [
        '/v1/classify',
        'post',
        () => request(server).post('/v1/classify').set('authorization', agent).send({ text: 'hi' }),
      ],
      ['/v1/me', 'get', () => request(server).get('/v1/me').set('authorization', agent)],
      ['/healthz', 'get', () => request(server).get('/healthz')],
    ];
    for (const [path, method, call] of calls) {
      const res = await call();
      expect({ path, method, status: res.status }).toEqual({
        path,
        method,
        status: documented(path, method)[0],
      });
    }
    const all = await request(server)
      .get('/v1/archive/holds?active=false')
      .set('authorization', legal);
    expect(all.status).toBe(200);
  });

  it('the README route table lists every archive route', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const normal = (p: string) => p.replace(/\{[^}]+\}|:[A-Za-z]+/g, ':_');
    const listed = [...readme.matchAll(/`([A-Z/]+) (\/[^`?\s]*)/g)].flatMap(([, methods, path]) =>
      methods.split('/').map((m) => `${m.toLowerCase()} ${normal(path)}`),
    );
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith('/v1/archive')) continue;
      for (const method of Object.keys(ops)) {
        expect(listed).toContain(`${method} ${normal(path)}`);
      }
    }
  });
});
