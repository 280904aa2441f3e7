import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { ArchiveExportService, ArchiveService } from '../../src/modules/archive';
import { Role } from '../../src/platform/auth/access.enums';
import { dtosWithFreeText, freeTextFieldsOf } from '../../src/platform/validation/free-text';
import { startTestApp, TestApp } from '../support/test-app';

type Ctor = abstract new (...args: never[]) => unknown;

// @nestjs/swagger's metadata keys (`@ApiProperty`), and class-transformer's `@Type` storage.
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: {
    findTypeMetadata(target: unknown, property: string): { typeFunction(): unknown } | undefined;
  };
};

const SRC = join(__dirname, '../../src');
/** Values the classifier must refuse in any free-text field. */
const SENSITIVE = [
  { type: 'card', text: 'card 4111 1111 1111 1111 on file', needle: '4111 1111 1111 1111' },
  { type: 'ssn', text: 'customer SSN 536-22-8841 given', needle: '536-22-8841' },
];

/** Every `src/**\/dtos/*.ts`, so a new module's DTOs are walked without editing this test. */
function dtoFiles(dir = SRC): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...dtoFiles(p));
    else if (
      e.name.endsWith('.ts') &&
      !e.name.endsWith('.spec.ts') &&
      relative(SRC, dir).split('/').pop() === 'dtos'
    ) {
      out.push(p);
    }
  }
  return out;
}

interface Route {
  method: string;
  path: string;
  body: Ctor;
  params: Ctor[];
}

/** The routes of the running app whose body DTO has a free-text field. */
function freeTextRoutes(t: TestApp): Route[] {
  const routes: Route[] = [];
  for (const mod of t.app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const controller = wrapper.metatype as Ctor | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const types = (Reflect.getMetadata('design:paramtypes', proto, name) ?? []) as Ctor[];
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          { index: number; data?: unknown }
        >;
        const of = (kind: number) =>
          Object.entries(args)
            .filter(([key]) => Number(key.split(':')[0]) === kind)
            .map(([, a]) => types[a.index]);
        const [body] = of(3 /* BODY */);
        if (!body || freeTextFieldsOf(body).length === 0) continue;
        const full = `/${[base, path].filter(Boolean).join('/')}`
          .replace(/\/+/g, '/')
          .replace(/(.)\/$/, '$1'); // no trailing slash
        routes.push({ method, path: full, body, params: of(5 /* PARAM */) });
      }
    }
  }
  return routes;
}

/**
 * A request body a DTO accepts, from its OpenAPI metadata: each property's
 * `example`, else for a required one the first enum value, an empty list or a
 * value of its type. (A DTO whose fields need more gets examples.)
 */
function examplesOf(dto: Ctor, depth = 0): Record<string, unknown> {
  const props = (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, dto.prototype) ?? []) as string[];
  const out: Record<string, unknown> = {};
  for (const p of props.map((x) => x.replace(/^:/, ''))) {
    const meta = Reflect.getMetadata(API_MODEL_PROPERTIES, dto.prototype, p) as
      | {
          example?: unknown;
          required?: boolean;
          enum?: unknown;
          isArray?: boolean;
          type?: unknown;
          minLength?: number;
        }
      | undefined;
    if (!meta) continue;
    if (meta.example !== undefined) {
      out[p] = meta.example;
      continue;
    }
    if (meta.required === false) continue;
    const type = typeof meta.type === 'function' ? (meta.type as () => unknown) : undefined;
    if (meta.enum !== undefined) {
      const values = Array.isArray(meta.enum) ? meta.enum : Object.values(meta.enum as object);
      out[p] = meta.isArray ? [values[0]] : values[0];
    } else if (meta.isArray) out[p] = [];
    else if (type === String) out[p] = 'sample text';
    else if (type === Number) out[p] = 1;
    else if (type === Boolean) out[p] = false;
    else if (type && depth < 3 && (type as unknown as Ctor).prototype) {
      out[p] = examplesOf(type as unknown as Ctor, depth + 1);
    }
  }
  return out;
}

/** DTO classes nested in `dto` (class-transformer `@Type`). */
function nestedDtos(dto: Ctor, seen = new Set<Ctor>()): Set<Ctor> {
  if (seen.has(dto)) return seen;
  seen.add(dto);
  const props = (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, dto.prototype) ?? []) as string[];
  for (const p of props.map((x) => x.replace(/^:/, ''))) {
    const meta = defaultMetadataStorage.findTypeMetadata(dto, p);
    const nested = meta?.typeFunction() as Ctor | undefined;
    if (nested && typeof nested === 'function') nestedDtos(nested, seen);
  }
  return seen;
}

describe('free text is screened before it is stored or archived', () => {
  let t: TestApp;
  let token: string;
  let routes: Route[];

  beforeAll(async () => {
    for (const f of dtoFiles()) await import(f);
    t = await startTestApp({ WORKERS: 'false' });
    token = await t.token('sam', Object.values(Role));
    routes = freeTextRoutes(t);
  });
  afterAll(() => t.close());

  it('finds the free-text DTOs, including the archive reasons', () => {
    const names = dtosWithFreeText().map((d) => (d.dto as Ctor).name);
    expect(names).toEqual(
      expect.arrayContaining(['EraseSubjectDto', 'PlaceHoldDto', 'ReleaseHoldDto']),
    );
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'POST /v1/archive/subjects/:subjectId/erase',
        'POST /v1/archive/holds',
        'DELETE /v1/archive/holds/:id',
      ]),
    );
  });

  it('every DTO with a free-text field is the body of a route (or nested in one) that this test sends to', () => {
    const reachable = new Set<Ctor>();
    for (const r of routes) for (const d of nestedDtos(r.body)) reachable.add(d);
    const unreached = dtosWithFreeText()
      .map((d) => d.dto as Ctor)
      .filter((d) => !reachable.has(d))
      .map((d) => d.name);
    expect(unreached).toEqual([]);
  });

  it('refuses a card number or an SSN in every free-text field of every route with 422 naming the field, never echoing the value', async () => {
    const server = t.app.getHttpServer();
    for (const route of routes) {
      const params = Object.assign({}, ...route.params.map((p) => examplesOf(p))) as Record<
        string,
        string | number | undefined
      >;
      const url = route.path.replace(/:(\w+)/g, (_, name: string) =>
        encodeURIComponent(String(params[name] ?? randomUUID())),
      );
      for (const field of freeTextFieldsOf(route.body)) {
        for (const value of SENSITIVE) {
          const body = { ...examplesOf(route.body), [field]: value.text };
          const res = await request(server)
            [route.method.toLowerCase() as 'post'](url)
            .set('authorization', `Bearer ${token}`)
            .send(body);
          const what = `${route.method} ${route.path} ${field} (${value.type})`;
          expect({ what, status: res.status, code: res.body.error?.code }).toEqual({
            what,
            status: 422,
            code: 'SENSITIVE_TEXT_REFUSED',
          });
          expect(res.body.error.details).toEqual(
            expect.arrayContaining([expect.objectContaining({ field })]),
          );
          expect(res.text).not.toContain(value.needle);
        }
      }
    }
  });

  it('leaves no trace of the refused values in any table, the archive or an export', async () => {
    const archive = t.app.get(ArchiveService);
    await archive.integrateAll();
    await archive.checkpointOnce();
    const size = await archive.treeSize();
    const entries = await archive.entries(0, size, size);
    const out = mkdtempSync(join(tmpdir(), 'countersign-free-text-'));
    const exported = await t.app.get(ArchiveExportService).export({
      exporter: { id: 'sam', roles: ['auditor'] },
      out: join(out, 'bundle'),
    });
    const files = ['manifest.json', ...exported.manifest.files.map((f) => f.path)].map((p) =>
      readFileSync(join(out, 'bundle', p), 'utf8'),
    );
    rmSync(out, { recursive: true, force: true });
    // Every text column of every table, read by the database owner.
    const c = new Client({ connectionString: t.db.url });
    await c.connect();
    let tables: string;
    try {
      const cols = await c.query<{ t: string; c: string; d: string }>(
        `SELECT table_name AS t, column_name AS c, data_type AS d FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea')`,
      );
      const parts: string[] = [];
      for (const { t: table, c: col, d: type } of cols.rows) {
        const value = type === 'bytea' ? `encode("${col}", 'escape')` : `"${col}"::text`;
        const r = await c.query<{ v: string | null }>(
          `SELECT string_agg(${value}, ' ') AS v FROM "${table}"`,
        );
        parts.push(r.rows[0].v ?? '');
      }
      tables = parts.join('\n');
    } finally {
      await c.end();
    }
    for (const { needle } of SENSITIVE) {
      for (const digits of [needle, needle.replace(/\D/g, '')]) {
        expect(entries.some((e) => e.canonical.toString('utf8').includes(digits))).toBe(false);
        expect(files.some((f) => f.includes(digits))).toBe(false);
        expect(tables.includes(digits)).toBe(false);
      }
    }
  });
});
