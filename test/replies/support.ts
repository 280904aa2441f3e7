import { Client } from 'pg';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import type { TestApp } from '../support/test-app';

export const as = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface TemplateSpec {
  key: string;
  title?: string;
  intents: string[];
  purpose: 'answer' | 'offline_route' | 'acknowledgement' | 'crisis' | 'csat';
  visibility?: 'public' | 'private' | 'both';
  variables?: Array<Record<string, unknown>>;
  variants: Record<string, string>;
}

/** A template version written by an editor and approved by a compliance officer, over HTTP. */
export async function approvedTemplate(t: TestApp, spec: TemplateSpec): Promise<string> {
  const http = request(t.app.getHttpServer());
  const editor = await t.token('erin-editor', Role.KnowledgeEditor);
  const officer = await t.token('gail-gatekeeper', Role.ComplianceOfficer);
  const created = await http
    .post('/v1/templates')
    .set(as(editor))
    .send({ title: spec.key, visibility: 'both', variables: [], ...spec })
    .expect(201);
  const versionId = created.body.versions[0].id as string;
  await http.post(`/v1/template-versions/${versionId}/submit`).set(as(editor)).send({}).expect(200);
  await http
    .post(`/v1/template-versions/${versionId}/approve`)
    .set(as(officer))
    .send({})
    .expect(200);
  return versionId;
}

/** Runs SQL as the database owner (for checks a test makes behind the API). */
export async function sql<R>(t: TestApp, text: string, params: unknown[] = []): Promise<R[]> {
  const c = new Client({ connectionString: t.db.url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as R[];
  } finally {
    await c.end();
  }
}

/** Archive entries with a reference, oldest first: kind and clear fields. */
export async function archived(
  t: TestApp,
  refs: Record<string, string>,
): Promise<Array<{ kind: string; actor: string; clear: Record<string, unknown> | null }>> {
  return sql(
    t,
    `SELECT kind,
            convert_from(canonical, 'UTF8')::jsonb #>> '{actor,id}' AS actor,
            convert_from(canonical, 'UTF8')::jsonb -> 'clear' AS clear
       FROM archive_entry WHERE refs @> $1::jsonb ORDER BY id`,
    [JSON.stringify(refs)],
  );
}

export async function conversationVersion(t: TestApp, id: string): Promise<number> {
  const [row] = await sql<{ version: number }>(
    t,
    `SELECT version FROM conversation WHERE id = $1`,
    [id],
  );
  return row.version;
}
