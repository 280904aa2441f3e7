import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { buildCli } from '../../src/cli/program';
import { ArchiveService } from '../../src/modules/archive';
import { PolicyService } from '../../src/modules/policy';
import { compileClassifier, classifyCompiled } from '../../src/modules/classification/core';
import { policySetFromFiles } from '../../src/modules/policy/core';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';

interface Run {
  id: string;
  status: string;
  total: number;
  processed: number;
  summary: Record<string, unknown>;
  result: {
    differences: Array<{ messageId: string; fields: string[]; recorded: { ruleIds: string[] } }>;
    notReplayable: Array<{ messageId: string; reason: string }>;
  };
}

const POSTS: Array<{ text: string; authorId?: string }> = [
  { text: 'This is the third time you charged me an overdraft fee, I want to file a complaint' },
  { text: 'my card 4111 1111 1111 1111 was stolen yesterday, please block it' },
  { text: 'thanks for the quick help today, great service!' },
  { text: 'I am going to sue you and report you to the CFPB over these fees' },
  { text: 'worst bank ever, my complaint from last week is still ignored' },
  { text: 'my card 5555 5555 5555 4444 got charged twice, I complain', authorId: 'to-erase' },
];

/**
 * Through the real intake (POST /v1/inbound, the crm handle): card numbers are
 * truncated and credentials removed before anything is stored or sealed, so a
 * replay has only their redaction records.
 */
const INTAKE_POSTS = [
  { externalId: 'replay-card', text: 'hi there, 4539 1488 0343 6467 thanks' },
  {
    externalId: 'replay-credential',
    text: 'my online banking password is Hunter2!x and it does not work',
  },
];

describe('decision replay', () => {
  let t: TestApp;
  let db: Client;
  let server: Parameters<typeof request>[0];
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  const period = { from: '2026-01-05T00:00:00Z', to: '2026-01-06T00:00:00Z' };
  const ids: string[] = [];
  const intakeIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    server = t.app.getHttpServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    const seeder = new Seeder(t);
    for (const [i, p] of POSTS.entries()) {
      const r = await seeder.post({
        text: p.text,
        externalId: `replay-${i}`,
        authorId: p.authorId ?? `a${i}`,
      });
      ids.push(r.messageId);
    }
    const crm = await t.token('crm', Role.Integration);
    for (const p of INTAKE_POSTS) {
      const res = await request(server)
        .post('/v1/inbound')
        .set('authorization', `Bearer ${crm}`)
        .send({
          handle: 'crm',
          externalId: p.externalId,
          threadId: p.externalId,
          author: { id: `m-${p.externalId}`, name: 'A member' },
          text: p.text,
          visibility: 'private',
        });
      expect(res.status).toBe(202);
      intakeIds.push(res.body.messageId);
    }
    const erase = await request(server)
      .post('/v1/archive/subjects/x:to-erase/erase')
      .set('authorization', `Bearer ${await t.token('co-1', Role.ComplianceOfficer)}`)
      .send({ reason: 'customer asked for erasure' });
    expect(erase.status).toBeLessThan(300);
    await t.app.get(ArchiveService).integrateAll();
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const replay = async (body: Record<string, string>, role = Role.Auditor): Promise<Run> => {
    const token = await t.token('auditor-1', role);
    const created = await request(server)
      .post('/v1/replays')
      .set('authorization', `Bearer ${token}`)
      .send(body);
    expect(created.status).toBe(202);
    for (let i = 0; i < 100; i++) {
      const r = await request(server)
        .get(`/v1/replays/${created.body.id}`)
        .set('authorization', `Bearer ${token}`);
      expect(r.status).toBe(200);
      if (r.body.status === 'done' || r.body.status === 'failed') return r.body as Run;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('replay did not finish');
  };

  it('reproduces every decision of the period; an erased subject is listed, not replayed', async () => {
    const run = await replay(period);
    expect(run.status).toBe('done');
    const all = POSTS.length + INTAKE_POSTS.length;
    expect(run.total).toBe(all);
    expect(run.processed).toBe(all);
    expect(run.summary).toEqual({
      messages: all,
      replayed: all - 1,
      identical: all - 1,
      differing: 0,
      notReplayable: 1,
      notReplayableByReason: { subject_erased: 1 },
    });
    expect(run.result.differences).toEqual([]);
    expect(run.result.notReplayable).toEqual([
      expect.objectContaining({ messageId: ids[5], reason: 'subject_erased' }),
    ]);
    const archived = await db.query(
      `SELECT kind FROM archive_entry WHERE stream = 'replays' ORDER BY id`,
    );
    expect(archived.rows.map((r) => r.kind)).toEqual(['replay.requested', 'replay.completed']);
  });

  it('takes never-kept card numbers and credentials from their redaction records, and reproduces their decisions', async () => {
    // What was stored: the card truncated, the password removed, nothing sealed.
    const stored = await db.query(
      `SELECT id::text, text, sealed_original IS NULL AS unsealed, redactions, decision
         FROM message WHERE id = ANY ($1::uuid[]) ORDER BY external_id`,
      [intakeIds],
    );
    expect(stored.rows.map((r) => r.unsealed)).toEqual([true, true]);
    const [card, credential] = [...stored.rows].sort((a, b) =>
      a.id === intakeIds[0] ? -1 : b.id === intakeIds[0] ? 1 : 0,
    );
    expect(card.text).not.toContain('4539');
    expect(card.redactions).toEqual([
      expect.objectContaining({ type: 'CARD_NUMBER', action: 'truncated', start: 10, end: 29 }),
    ]);
    expect(credential.text).not.toContain('Hunter2');
    expect(credential.redactions).toEqual([
      expect.objectContaining({ type: 'CREDENTIAL', action: 'removed' }),
    ]);
    // The card decided the first post: classified again as stored, it would not be the same.
    expect(card.decision.ruleIds).toContain('R-100-sensitive-data');
    const classifier = compileClassifier(t.app.get(PolicyService).current);
    const asStored = classifyCompiled(classifier, card.text, {
      channel: 'dm',
      visibility: 'private',
    });
    expect(asStored.decision.ruleIds).not.toContain('R-100-sensitive-data');

    const run = await replay(period);
    expect(run.status).toBe('done');
    expect(run.result.differences).toEqual([]);
    expect(run.result.notReplayable.map((n) => n.messageId)).not.toContain(intakeIds[0]);
    expect(run.result.notReplayable.map((n) => n.messageId)).not.toContain(intakeIds[1]);

    // Without the card, the same post is another decision: the replay says so.
    const current = t.app.get(PolicyService).current;
    const files = JSON.parse(JSON.stringify(current.files)) as Record<
      string,
      { rules: Array<{ id: string }> }
    >;
    files['rules.yaml'].rules = files['rules.yaml'].rules.filter(
      (r) => r.id !== 'R-100-sensitive-data',
    );
    const changed = policySetFromFiles(files);
    await db.query(
      `INSERT INTO policy_load (id, version, files, loaded_by, loaded_at) VALUES ($1, $2, $3, 'test', now())`,
      [randomUUID(), changed.version, JSON.stringify(files)],
    );
    const without = await replay({ ...period, policyVersion: changed.version });
    const byMessage = new Map(without.result.differences.map((d) => [d.messageId, d]));
    expect(byMessage.get(intakeIds[0])?.recorded.ruleIds).toContain('R-100-sensitive-data');
    expect(byMessage.get(intakeIds[1])?.recorded.ruleIds).toContain('R-100-sensitive-data');
  });

  it('after a rule change, lists exactly the posts the change affects', async () => {
    const current = t.app.get(PolicyService).current;
    const files = JSON.parse(JSON.stringify(current.files)) as Record<
      string,
      { rules: Array<{ id: string }> }
    >;
    const removed = 'R-500-complaint';
    files['rules.yaml'].rules = files['rules.yaml'].rules.filter((r) => r.id !== removed);
    const changed = policySetFromFiles(files);
    expect(changed.version).not.toBe(current.version);
    await db.query(
      `INSERT INTO policy_load (id, version, files, loaded_by, loaded_at) VALUES ($1, $2, $3, 'test', now())`,
      [randomUUID(), changed.version, JSON.stringify(files)],
    );
    // Independently: the replayable posts whose recorded decision cited the rule.
    const cited = await db.query(
      `SELECT id::text FROM message WHERE id = ANY ($1::uuid[]) AND decision->'ruleIds' ? $2 ORDER BY id`,
      [[...ids.slice(0, 5), ...intakeIds], removed],
    );
    expect(cited.rows.length).toBeGreaterThan(0);
    expect(cited.rows.length).toBeLessThan(5);

    const run = await replay({ ...period, policyVersion: changed.version });
    expect(run.status).toBe('done');
    expect(run.result.differences.map((d) => d.messageId).sort()).toEqual(
      cited.rows.map((r) => r.id).sort(),
    );
    for (const d of run.result.differences) {
      expect(d.fields).toContain('ruleIds');
      expect(d.recorded.ruleIds).toContain(removed);
    }
  });

  it('a policy version that was never loaded makes every message not replayable, saying why', async () => {
    const run = await replay({ ...period, policyVersion: `sha256:${'0'.repeat(64)}` });
    expect(run.summary).toEqual(
      expect.objectContaining({
        replayed: 0,
        notReplayable: 8,
        notReplayableByReason: { subject_erased: 1, policy_version_missing: 7 },
      }),
    );
  });

  it('is for auditors and compliance only', async () => {
    const token = await t.token('agent-1', Role.Agent);
    expect(
      (
        await request(server)
          .post('/v1/replays')
          .set('authorization', `Bearer ${token}`)
          .send(period)
      ).status,
    ).toBe(403);
    const co = await t.token('co-1', Role.ComplianceOfficer);
    expect(
      (
        await request(server)
          .get(`/v1/replays/${randomUUID()}`)
          .set('authorization', `Bearer ${co}`)
      ).status,
    ).toBe(404);
  });

  it('countersign replay writes the same report from the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-cli-'));
    const saved = { ...process.env };
    const out = join(dir, 'replay.json');
    try {
      Object.assign(process.env, {
        DATABASE_URL: t.db.url,
        DATA_DIR: t.settings.DATA_DIR,
        JWT_SECRET: t.settings.JWT_SECRET,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
      });
      const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        await buildCli()
          .exitOverride()
          .parseAsync(['replay', '--from', period.from, '--to', period.to, '--out', out], {
            from: 'user',
          });
      } finally {
        write.mockRestore();
      }
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(report.summary).toEqual(
        expect.objectContaining({ messages: 8, replayed: 7, differing: 0, notReplayable: 1 }),
      );
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
