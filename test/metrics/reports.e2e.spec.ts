import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { buildCli } from '../../src/cli/program';
import { Role } from '../../src/platform/auth/access.enums';
import { startTestApp, type TestApp } from '../support/test-app';
import { replyDue } from './reply-columns';

const COLUMNS: Record<string, string[]> = {
  'complaint-register': [
    'complaint_id',
    'conversation_id',
    'handle_id',
    'channel',
    'kinds',
    'policy_version',
    'rule_ids',
    'detected_at',
    'acknowledged_at',
    'responded_at',
    'closed_at',
    'conversation_status',
  ],
  'template-records': [
    'template_version_id',
    'template_key',
    'template_title',
    'version_number',
    'status',
    'purpose',
    'channels',
    'content_hash',
    'authored_by',
    'created_at',
    'submitted_by',
    'submitted_at',
    'approved_by',
    'approved_at',
    'review_due_at',
    'retired_by',
    'retired_at',
    'first_used_at',
    'last_used_at',
    'policy_version',
  ],
  'signoff-log': [
    'signoff_id',
    'reply_id',
    'conversation_id',
    'handle_id',
    'channel',
    'role',
    'signer_id',
    'decision',
    'reason',
    'decided_at',
    'reply_author_id',
    'reply_created_at',
    'template_version_id',
    'policy_version',
    'rule_ids',
    'required_signoffs',
    'reply_status',
  ],
  'sla-breaches': [
    'conversation_id',
    'handle_id',
    'channel',
    'clock',
    'priority',
    'opened_at',
    'due_at',
    'breached_at',
    'first_response_at',
    'resolved_at',
    'routed_offline_at',
    'closed_at',
    'status',
    'assignee_id',
  ],
  'supervisory-sampling': [
    'week',
    'agent_id',
    'sent',
    'eligible',
    'sampled',
    'reviewed',
    'flagged',
    'coverage',
  ],
};

/** A minimal RFC 4180 reader for the checks (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('examiner reports', () => {
  let t: TestApp;
  let db: Client;
  let server: Parameters<typeof request>[0];
  const period = { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' };
  const ids = { c1: randomUUID(), c2: randomUUID(), reply: randomUUID(), signoff: randomUUID() };

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' });
    server = t.app.getHttpServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    const due = await replyDue(db);
    const conv = `INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id,
        status, priority, decision, created_at, updated_at, last_message_at, first_response_due_at,
        resolution_due_at, first_response_at, first_response_breached_at, resolution_breached_at)
      VALUES ($1, 'x-help', 'x', 'x', $2, 'x:1', 'open', 'high', '{}'::jsonb, $3, $3, $3, $4, $5, $6, $7, $8)`;
    await db.query(conv, [
      ids.c1,
      't1',
      new Date('2026-02-10T10:00:00Z'),
      new Date('2026-02-10T11:00:00Z'),
      new Date('2026-02-11T10:00:00Z'),
      new Date('2026-02-10T12:00:00Z'),
      new Date('2026-02-10T11:00:00Z'),
      new Date('2026-02-11T10:00:00Z'),
    ]);
    await db.query(conv, [
      ids.c2,
      't2',
      new Date('2026-03-05T10:00:00Z'),
      new Date('2026-03-05T11:00:00Z'),
      null,
      null,
      new Date('2026-03-05T11:00:00Z'),
      null,
    ]);
    await db.query(
      `INSERT INTO complaint (id, conversation_id, handle_id, channel, kinds, policy_version, rule_ids,
         detected_at, acknowledged_at)
       VALUES ($1, $2, 'x-help', 'x', '{complaint,fee_dispute}', 'sha256:p', '{complaint-register}', $3, $4),
              ($5, $6, 'x-help', 'x', '{complaint}', 'sha256:p', '{}', $7, NULL)`,
      [
        randomUUID(),
        ids.c1,
        new Date('2026-02-10T10:00:00Z'),
        new Date('2026-02-10T12:00:00Z'),
        randomUUID(),
        ids.c2,
        new Date('2026-03-05T10:00:00Z'),
      ],
    );
    await db.query(
      `INSERT INTO reply (id, conversation_id, handle_id, platform, channel, visibility, kind, account_id,
         template_id, template_version_id, purpose, variables, text, policy_version, rule_ids,
         required_signoffs, status, author_id, created_at, updated_at${due.col})
       VALUES ($1, $2, 'x-help', 'x', 'x', 'public', 'comment_reply', 'acct', 't', 'tv-1', 'answer',
               '{}'::jsonb, 'Thanks', 'sha256:p', '{legal-review}', '{legal}', 'approved', 'agent-1', $3, $3${due.val('$3')})`,
      [ids.reply, ids.c1, new Date('2026-02-10T11:30:00Z')],
    );
    await db.query(
      `INSERT INTO reply_signoff (id, reply_id, role, signer_id, decision, reason, decided_at)
       VALUES ($1, $2, 'legal', 'legal-1', 'approve', 'fine, "as drafted"', $3)`,
      [ids.signoff, ids.reply, new Date('2026-02-10T11:45:00Z')],
    );
    const sentReply = `INSERT INTO reply (id, conversation_id, handle_id, platform, channel, visibility,
         kind, account_id, template_id, template_version_id, purpose, variables, text, policy_version,
         required_signoffs, status, author_id, created_at, updated_at, sent_at${due.col})
       VALUES ($1, $2, 'x-help', 'x', 'x', 'public', 'comment_reply', 'acct', 't', 'tv-1', 'answer',
               '{}'::jsonb, 'Thanks', 'sha256:p', $3, 'sent', 'agent-2', $4, $4, $4${due.val('$4')})`;
    const sampled = randomUUID();
    // Week 2026-W07 (Feb 9–15): three sent by agent-2, two needing no sign-off, one sampled and flagged.
    await db.query(sentReply, [sampled, ids.c1, [], new Date('2026-02-10T13:00:00Z')]);
    await db.query(sentReply, [randomUUID(), ids.c1, [], new Date('2026-02-11T13:00:00Z')]);
    await db.query(sentReply, [randomUUID(), ids.c1, ['legal'], new Date('2026-02-12T13:00:00Z')]);
    await db.query(
      `INSERT INTO supervisory_review (id, reply_id, conversation_id, agent_id, week, sampled_at, status,
         outcome, note, reviewer_id, reviewed_at)
       VALUES ($1, $2, $3, 'agent-2', '2026-W07', $4, 'reviewed', 'flag', 'tone', 'co-1', $4)`,
      [randomUUID(), sampled, ids.c1, new Date('2026-02-10T14:00:00Z')],
    );
    const template = randomUUID();
    await db.query(
      `INSERT INTO template (id, key, title, created_by, created_at, updated_at)
       VALUES ($1, 'fee-refund', 'Fee refund', 'editor-1', $2, $2)`,
      [template, new Date('2026-01-05T00:00:00Z')],
    );
    await db.query(
      `INSERT INTO template_version (id, template_id, number, status, purpose, visibility, variables,
         variants, channels, content_hash, source, authored_by, contributors, policy_version,
         settings_version, created_at)
       VALUES ($1, $2, 1, 'draft', 'answer', 'public', '[]'::jsonb, '{}'::jsonb, '{x}',
               'sha256:' || repeat('a', 64), 'Hello', 'editor-1', '{editor-1}', 'sha256:p', 's1', $3)`,
      [randomUUID(), template, new Date('2026-01-05T00:00:00Z')],
    );
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const get = async (name: string, query: Record<string, string>, role = Role.Auditor) =>
    request(server)
      .get(`/v1/reports/${name}`)
      .query(query)
      .set('authorization', `Bearer ${await t.token('auditor-1', role)}`)
      .buffer(true)
      .parse((res, cb) => {
        let s = '';
        res.on('data', (c: Buffer) => (s += c.toString('utf8')));
        res.on('end', () => cb(null, s));
      });

  const independentCount = async (name: string): Promise<number> => {
    const q: Record<string, string> = {
      'complaint-register': `SELECT count(*)::int AS n FROM complaint WHERE detected_at >= $1 AND detected_at < $2`,
      'template-records': `SELECT count(*)::int AS n FROM template_version
                             WHERE created_at < $2 AND (retired_at IS NULL OR retired_at >= $1)`,
      'signoff-log': `SELECT count(*)::int AS n FROM reply_signoff WHERE decided_at >= $1 AND decided_at < $2`,
      'supervisory-sampling': `SELECT count(DISTINCT (to_char(sent_at AT TIME ZONE 'UTC', 'IYYY-IW'), author_id))::int AS n
                                 FROM reply WHERE status = 'sent' AND sent_at >= $1 AND sent_at < $2`,
      'sla-breaches': `SELECT (SELECT count(*) FROM conversation WHERE first_response_breached_at >= $1
                                 AND first_response_breached_at < $2)
                            + (SELECT count(*) FROM conversation WHERE resolution_breached_at >= $1
                                 AND resolution_breached_at < $2) AS n`,
    };
    return Number((await db.query(q[name], [period.from, period.to])).rows[0].n);
  };

  it.each(Object.keys(COLUMNS))(
    '%s: CSV and JSON carry every column and the rows of the period, and each download is archived',
    async (name) => {
      const before = Number(
        (
          await db.query(
            `SELECT count(*)::int AS n FROM archive_entry WHERE kind = 'report.downloaded' AND refs->>'report' = $1`,
            [name],
          )
        ).rows[0].n,
      );
      const csv = await get(name, period);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const rows = readCsv(csv.body as string);
      expect(rows[0]).toEqual(COLUMNS[name]);
      const expected = await independentCount(name);
      expect(expected).toBeGreaterThan(0);
      expect(rows.length - 1).toBe(expected);
      for (const r of rows) expect(r).toHaveLength(COLUMNS[name].length);

      const json = await get(name, { ...period, format: 'json' });
      expect(json.status).toBe(200);
      const body = JSON.parse(json.body as string);
      expect(body.columns).toEqual(COLUMNS[name]);
      expect(body.rows).toHaveLength(expected);
      for (const r of body.rows) expect(Object.keys(r)).toEqual(COLUMNS[name]);

      const after = await db.query(
        `SELECT refs, canonical FROM archive_entry WHERE kind = 'report.downloaded' AND refs->>'report' = $1`,
        [name],
      );
      expect(after.rows.length).toBe(before + 2);
    },
  );

  it('reads the values through: the sign-off log names signer, role, rules and quoted reason', async () => {
    const body = JSON.parse(
      (await get('signoff-log', { ...period, format: 'json' })).body as string,
    );
    expect(body.rows).toEqual([
      expect.objectContaining({
        signoff_id: ids.signoff,
        reply_id: ids.reply,
        role: 'legal',
        signer_id: 'legal-1',
        decision: 'approve',
        reason: 'fine, "as drafted"',
        decided_at: '2026-02-10T11:45:00.000Z',
        rule_ids: ['legal-review'],
        required_signoffs: ['legal'],
      }),
    ]);
    const breaches = readCsv((await get('sla-breaches', period)).body as string);
    expect(breaches.slice(1).map((r) => [r[0], r[3]])).toEqual([
      [ids.c1, 'first_response'],
      [ids.c1, 'resolution'],
    ]);
  });

  it('supervisory sampling: coverage of the replies that needed no sign-off, per week and agent', async () => {
    const body = JSON.parse(
      (await get('supervisory-sampling', { ...period, format: 'json' })).body as string,
    );
    expect(body.rows).toEqual([
      {
        week: '2026-W07',
        agent_id: 'agent-2',
        sent: 3,
        eligible: 2,
        sampled: 1,
        reviewed: 1,
        flagged: 1,
        coverage: 0.5,
      },
    ]);
  });

  it('refuses agents, unknown reports and inverted periods', async () => {
    expect((await get('complaint-register', period, Role.Agent)).status).toBe(403);
    expect((await get('everything', period)).status).toBe(400);
    expect((await get('signoff-log', { from: period.to, to: period.from })).status).toBe(400);
    expect((await get('signoff-log', period, Role.ComplianceOfficer)).status).toBe(200);
  });

  it('countersign report writes the same file from the CLI, archived under the requester', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        DATABASE_URL: t.db.url,
        DATA_DIR: t.settings.DATA_DIR,
        JWT_SECRET: t.settings.JWT_SECRET,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
      });
      const out = join(dir, 'complaints.csv');
      await buildCli()
        .exitOverride()
        .parseAsync(
          [
            'report',
            'complaint-register',
            '--from',
            period.from,
            '--to',
            period.to,
            '--out',
            out,
            '--requester',
            'examiner-7',
          ],
          { from: 'user' },
        );
      const http = (await get('complaint-register', period)).body as string;
      expect(readFileSync(out, 'utf8')).toBe(http);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM archive_entry WHERE kind = 'report.downloaded'
           AND convert_from(canonical, 'UTF8') LIKE '%examiner-7%'`,
      );
      expect(rows[0].n).toBe(1);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
