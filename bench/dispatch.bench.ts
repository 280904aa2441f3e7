/**
 * npm run bench:dispatch — replies per second from the outbox to `sent` with
 * two dispatcher processes (two replicas) and the sandbox transport, against
 * a plain UPDATE-claim loop over a copy of the same rows in the same run.
 *
 * Each Countersign send is the whole path: claim (FOR UPDATE SKIP LOCKED) and
 * mark `sending`, the sandbox delivery (its own commit, as a platform call),
 * then in one audited transaction the outbox, reply and attempt rows, the
 * archive entry of the attempt, the template version's use and the
 * conversation's outbound message (with its own archive entry). The archive
 * integrator runs in both processes, as in production. The reference claims
 * and marks rows with two plain UPDATEs per batch and nothing else.
 *
 * Uses DATABASE_URL (a fresh database is created and dropped), else
 * postgres://postgres@127.0.0.1:5432/postgres. BENCH_REPLIES sets the count.
 */
import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AuditedWork } from '../src/modules/archive';
import { resolveArchiveKeys } from '../src/modules/archive/archive-keys';
import { ArchiveModule } from '../src/modules/archive';
import { ClassificationModule, ClassificationService } from '../src/modules/classification';
import { ConversationsModule, ConversationsService } from '../src/modules/conversations';
import { PolicyModule } from '../src/modules/policy';
import { RepliesModule } from '../src/modules/replies';
import { OutboxRepository } from '../src/modules/replies/outbox.repository';
import { RepliesRepository } from '../src/modules/replies/replies.repository';
import { SubjectsModule } from '../src/modules/subjects';
import { TemplateLibraryService, TemplatesModule } from '../src/modules/templates';
import { ClockModule } from '../src/platform/clock/clock.module';
import { ConfigModule } from '../src/platform/config/config.module';
import { loadSettings } from '../src/platform/config/settings';
import { DatabaseModule } from '../src/platform/database/database.module';
import { TransactionRunner } from '../src/platform/database/transaction-runner';
import { HealthModule } from '../src/platform/health/health.module';
import { runMain, withFreshDatabase } from './support';

const REPLIES = Number(process.env.BENCH_REPLIES ?? 20_000);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 1000);
const WORKERS = 2;
const BATCH = Number(process.env.BENCH_BATCH ?? 500);

@Module({})
class BenchModule {
  static forRoot(): DynamicModule {
    const settings = loadSettings(process.env);
    return {
      module: BenchModule,
      imports: [
        ConfigModule.forRoot(settings),
        ClockModule.forRoot(),
        DatabaseModule.forRoot(),
        HealthModule,
        SubjectsModule,
        ArchiveModule,
        PolicyModule,
        ClassificationModule,
        ConversationsModule,
        TemplatesModule,
        RepliesModule,
      ],
    };
  }
}

function context(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(BenchModule.forRoot(), {
    logger: ['error'],
    abortOnError: false,
  });
}

const LIBRARY = `---
key: bench-thanks
title: Thanks (benchmark)
intents: [praise]
locale: en-US
tone: warm
purpose: answer
visibility: both
variables: []
---
{{!-- variant: x --}}
Thank you for the kind words! We are glad we could help.
`;

async function seed(url: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'countersign-bench-lib-'));
  writeFileSync(join(dir, 'bench-thanks.hbs'), LIBRARY);
  process.env.WORKERS = 'false';
  const ctx = await context();
  try {
    await ctx.get(TemplateLibraryService).importLibrary({
      dir,
      importer: 'bench-editor',
      approveAs: 'bench-officer',
    });
    const owner = new Client({ connectionString: url });
    await owner.connect();
    const [{ id: versionId, template_id: templateId }] = (
      await owner.query<{ id: string; template_id: string }>(
        `SELECT v.id, v.template_id FROM template_version v WHERE v.status = 'approved' LIMIT 1`,
      )
    ).rows;

    const classifier = ctx.get(ClassificationService);
    const conversations = ctx.get(ConversationsService);
    const work = ctx.get(AuditedWork);
    const text = 'Thanks for the quick help today, great service!';
    const result = classifier.classify(text, { channel: 'x', visibility: 'public' });
    const convs: Array<{ id: string; externalId: string }> = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const externalId = `17000000000000${String(10000 + i)}`;
      const r = await work.run({ id: 'bench', roles: ['integration'] }, (c) =>
        conversations.recordInbound(c, {
          handleId: 'x-help',
          platform: 'x',
          channel: 'x',
          externalId,
          threadKey: `bench-thread-${i}`,
          author: { id: `8${i}` },
          subjectId: `x:8${i}`,
          visibility: 'public',
          occurredAt: new Date(),
          maskedText: text,
          redactions: [],
          classification: {
            entities: [],
            intents: result.intents.map((x) => ({ id: x.intent, confidence: x.confidence })),
            decision: result.decision,
          },
        }),
      );
      convs.push({ id: r.conversationId, externalId });
    }

    const replies = ctx.get(RepliesRepository);
    const outbox = ctx.get(OutboxRepository);
    const txr = ctx.get(TransactionRunner);
    const later = new Date(Date.now() + 24 * 3600_000);
    for (let start = 0; start < REPLIES; start += 1000) {
      await txr.run(async (tx) => {
        for (let i = start; i < Math.min(REPLIES, start + 1000); i++) {
          const conv = convs[i % CONVERSATIONS];
          const id = randomUUID();
          const now = new Date();
          await replies.insert(tx, {
            id,
            conversationId: conv.id,
            handleId: 'x-help',
            platform: 'x',
            channel: 'x',
            visibility: 'public',
            kind: 'comment_reply',
            accountId: '1482736150927364096',
            inReplyTo: conv.externalId,
            recipientId: null,
            templateId,
            templateVersionId: versionId,
            purpose: 'answer',
            variables: {},
            text: 'Thank you for the kind words! We are glad we could help.',
            policyVersion: result.decision.policyVersion,
            ruleIds: [],
            requiredSignoffs: [],
            status: 'queued',
            authorId: 'bench-agent',
            dueAt: now,
            createdAt: now,
          });
          await outbox.insert(
            tx,
            {
              id: randomUUID(),
              replyId: id,
              scheduledPostId: null,
              conversationId: conv.id,
              handleId: 'x-help',
              platform: 'x',
              kind: 'comment_reply',
              accountId: '1482736150927364096',
              inReplyTo: conv.externalId,
              recipientId: null,
              text: 'Thank you for the kind words! We are glad we could help.',
              templateVersionId: versionId,
              status: 'queued',
              dueAt: later,
            },
            now,
          );
        }
      });
    }
    // The reference works on a copy of the same rows.
    await owner.query(`CREATE TABLE bench_outbox AS SELECT * FROM outbox`);
    await owner.query(`ALTER TABLE bench_outbox ADD PRIMARY KEY (id)`);
    await owner.query(`CREATE INDEX ON bench_outbox (due_at, id) WHERE status = 'queued'`);
    await owner.query(`VACUUM ANALYZE`);
    await owner.end();
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Tells the parent this process has started, and waits for its go (start-up is not measured). */
function readyAndGo(): Promise<void> {
  return new Promise((resolve) => {
    process.once('message', () => resolve());
    process.send?.('ready');
  });
}

/** A child process: one replica running the real dispatcher (and archive integrator). */
async function dispatcherProcess(): Promise<void> {
  Object.assign(process.env, {
    WORKERS: 'true',
    DISPATCH_BATCH_SIZE: String(BATCH),
    DISPATCH_INTERVAL_MS: '20',
    DB_POOL_SIZE: '6',
  });
  const ctx = await context();
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await readyAndGo();
  for (;;) {
    const { rows } = await c.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM outbox WHERE status IN ('queued', 'sending') OR due_at > now())
            + (SELECT count(*) FROM reply WHERE conversation_recorded_at IS NULL) AS n`,
    );
    if (rows[0].n === '0') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await c.end();
  await ctx.close();
}

/** A child process: the reference, claiming and marking rows with plain UPDATEs. */
async function referenceProcess(): Promise<void> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await readyAndGo();
  for (;;) {
    await c.query('BEGIN');
    const { rows } = await c.query<{ id: string }>(
      `UPDATE bench_outbox SET status = 'sending', attempts = attempts + 1, sending_since = now()
        WHERE id IN (SELECT id FROM bench_outbox WHERE status = 'queued' AND due_at <= now()
                     ORDER BY due_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [BATCH],
    );
    await c.query('COMMIT');
    if (rows.length === 0) break;
    await c.query(
      `UPDATE bench_outbox SET status = 'sent', platform_message_id = 'ref-' || id, sending_since = NULL
        WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.id)],
    );
  }
  await c.end();
}

/**
 * Starts the child processes, waits until each has started, runs `release`
 * (which makes the rows due), signals go and times until every child is done.
 */
async function runChildren(
  role: string,
  release: () => Promise<void>,
  milestones: Record<string, string> = {},
): Promise<{ seconds: number; at: Record<string, number> }> {
  const children = Array.from({ length: WORKERS }, () =>
    fork(__filename, [role], { env: process.env, stdio: 'inherit' }),
  );
  const exited = children.map(
    (child) =>
      new Promise<void>((resolve, reject) =>
        child.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`${role} exited ${code}`)),
        ),
      ),
  );
  await Promise.all(children.map((child) => new Promise((r) => child.once('message', r))));
  await release();
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
  for (const child of children) child.send('go');
  // Milestones: when each query (a count of what is left) first reads 0.
  const at: Record<string, number> = {};
  let done = false;
  const watcher = (async () => {
    if (Object.keys(milestones).length === 0) return;
    const c = new Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    while (!done) {
      for (const [name, sql] of Object.entries(milestones)) {
        if (at[name] !== undefined) continue;
        const { rows } = await c.query<{ n: string }>(sql);
        if (rows[0].n === '0') at[name] = elapsed();
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await c.end();
  })();
  await Promise.all(exited);
  const seconds = elapsed();
  done = true;
  await watcher;
  return { seconds, at };
}

async function main(): Promise<void> {
  const role = process.argv[2];
  if (role === 'dispatcher') return dispatcherProcess();
  if (role === 'reference') return referenceProcess();
  await withFreshDatabase(async (url) => {
    const t0 = Date.now();
    await seed(url);
    // The archive's signing key is made once here: the two replicas must not race to create it.
    resolveArchiveKeys(loadSettings(process.env));
    console.log(
      `seeded ${REPLIES} queued replies on ${CONVERSATIONS} conversations in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const owner = new Client({ connectionString: url });
    await owner.connect();

    // Reference: plain UPDATE-claim loop, two processes.
    const { seconds: refSeconds } = await runChildren('reference', async () => {
      await owner.query(`UPDATE bench_outbox SET due_at = now()`);
    });
    const refSent = (
      await owner.query<{ n: string }>(
        `SELECT count(*) AS n FROM bench_outbox WHERE status = 'sent'`,
      )
    ).rows[0].n;

    // Countersign: release the outbox, two dispatcher processes.
    const run = await runChildren(
      'dispatcher',
      async () => {
        await owner.query(`UPDATE outbox SET due_at = now()`);
      },
      {
        sent: `SELECT count(*) AS n FROM reply WHERE status <> 'sent'`,
        recorded: `SELECT count(*) AS n FROM reply WHERE conversation_recorded_at IS NULL`,
      },
    );
    const seconds = run.at.sent ?? run.seconds;
    const recordedSeconds = run.at.recorded ?? run.seconds;
    const q = async (sql: string) => (await owner.query<{ n: string }>(sql)).rows[0].n;
    const sent = Number(await q(`SELECT count(*) AS n FROM reply WHERE status = 'sent'`));
    const deliveries = Number(await q(`SELECT count(*) AS n FROM sandbox_delivery`));
    const repeats = Number(
      await q(`SELECT coalesce(sum(repeat_sends), 0) AS n FROM sandbox_delivery`),
    );
    const attempts = Number(await q(`SELECT count(*) AS n FROM outbox_attempt`));
    const archivedSent = Number(
      await q(`SELECT count(*) AS n FROM archive_entry WHERE kind = 'reply.sent'`),
    );
    const outbound = Number(
      await q(`SELECT count(*) AS n FROM message WHERE direction = 'outbound'`),
    );
    await owner.end();

    // Timed from the go signal (both processes started) to the last process done.
    const rate = sent / seconds;
    const refRate = Number(refSent) / refSeconds;
    console.log(
      `dispatch benchmark: ${REPLIES} replies, ${WORKERS} processes, batch ${BATCH}, sandbox transport`,
    );
    console.log(
      `  plain UPDATE-claim loop (reference) : ${refRate.toFixed(0)} rows/s (${refSeconds.toFixed(2)} s)`,
    );
    console.log(
      `  Countersign outbox -> sent          : ${rate.toFixed(0)} replies/s (${seconds.toFixed(2)} s)`,
    );
    console.log(
      `  ratio                               : ${((rate / refRate) * 100).toFixed(1)} % of the reference`,
    );
    console.log(
      `  recorded on conversations           : ${(sent / recordedSeconds).toFixed(0)} replies/s (all ${outbound} outbound messages after ${recordedSeconds.toFixed(2)} s)`,
    );
    console.log(
      `  sent ${sent}, sandbox deliveries ${deliveries}, repeated sends ${repeats}, attempts ${attempts}, archived reply.sent ${archivedSent}`,
    );
    console.log(
      `  target >= 1000 replies/s: ${rate >= 1000 ? 'met' : 'NOT met'}; duplicates: ${repeats === 0 && deliveries === REPLIES && attempts === REPLIES ? 'none' : 'FOUND'}`,
    );
  });
}

runMain(main);
