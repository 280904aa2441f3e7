import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/auth/actor';
import { ArchiveService, AuditedWork } from '../../archive';
import {
  compileClassifier,
  classifyCompiled,
  type CompiledClassifier,
} from '../../classification/core';
import { PolicyService } from '../../policy';
import { policySetFromFiles, type PolicySet } from '../../policy/core';
import { MetricsError, MetricsErrorCode } from '../metrics.errors';
import { withNeverKeptValues, type RedactionRecord } from './never-kept';
import {
  decisionDifferences,
  decisionFacts,
  neverKeptTypes,
  type DecisionFacts,
} from './replay-diff';
import { ReplayRepository, type ReplayRunRow } from './replay.repository';

export interface ReplayRequest {
  from: Date;
  to: Date;
  /** Replay every message under this version (`current`: the set in force) instead of the one it cited. */
  policyVersion?: string;
}

export interface ReplayDifference {
  entryId: string;
  seq: number;
  messageId: string | null;
  conversationId: string | null;
  recordedAt: string;
  citedPolicyVersion: string | null;
  replayedWith: string;
  fields: string[];
  recorded: DecisionFacts;
  replayed: DecisionFacts;
  /** Types the intake never kept: their findings are the recorded ones, not re-detected. */
  neverKept: string[];
}

export type NotReplayableReason =
  | 'subject_erased'
  | 'policy_version_missing'
  | 'entry_unreadable'
  /** A never-kept value's redaction record cannot be placed in the text. */
  | 'redaction_unreadable'
  /** The replaying policy does not recognise a synthetic value of a never-kept type. */
  | 'never_kept_value_unrecognised';

export interface NotReplayable {
  entryId: string;
  seq: number;
  messageId: string | null;
  reason: NotReplayableReason;
  policyVersion?: string | null;
  /** For never_kept_value_unrecognised: the entity type. */
  entityType?: string;
}

export interface ReplaySummary {
  messages: number;
  replayed: number;
  identical: number;
  differing: number;
  notReplayable: number;
  notReplayableByReason: Partial<Record<NotReplayableReason, number>>;
}

export interface ReplayReport {
  from: string;
  to: string;
  policyVersion: string;
  summary: ReplaySummary;
  differences: ReplayDifference[];
  notReplayable: NotReplayable[];
}

const PAGE = 200;

interface Loaded {
  set: PolicySet;
  classifier: CompiledClassifier;
}

/** The parts of an archive entry's canonical envelope a replay reads. */
interface Envelope {
  refs: Record<string, string>;
  recordedAt: string;
  policyVersion?: string;
  clear: Record<string, unknown>;
}

const envelopeOf = (canonical: Buffer): Envelope =>
  JSON.parse(canonical.toString('utf8')) as Envelope;

/**
 * Decision replay (DESIGN invariant 8): the archived inbound messages of a
 * period are classified again with the exact policy version each decision
 * cited (or a chosen one, to see what a change would change), from their
 * sealed originals where the subject's key still exists. Read-only: the only
 * writes are this module's replay_run row and the archive entries recording
 * the replay itself.
 */
/** What a failed run says; the cause is in the service log. */
const FAILED = 'replay failed; see the service log';

@Injectable()
export class ReplayService {
  private readonly logger = new Logger(ReplayService.name);
  private readonly classifiers = new Map<string, Loaded | null>();

  constructor(
    private readonly repo: ReplayRepository,
    private readonly archive: ArchiveService,
    private readonly work: AuditedWork,
    private readonly policy: PolicyService,
  ) {}

  private check(r: ReplayRequest): void {
    if (!(r.to.getTime() > r.from.getTime())) {
      throw new MetricsError(
        MetricsErrorCode.KPI_RANGE_INVALID,
        'Invalid range: `to` must be after `from`.',
      );
    }
  }

  /** Records the request and starts the replay in the background; progress in GET /v1/replays/:id. */
  async start(actor: Actor, r: ReplayRequest): Promise<ReplayRunRow> {
    this.check(r);
    const id = randomUUID();
    const seqs = await this.repo.messageSeqs(r.from, r.to);
    await this.work.run(actor, async (ctx) => {
      await this.repo.insert(ctx.tx, {
        id,
        requestedBy: actor.id,
        from: r.from,
        to: r.to,
        policyVersion: r.policyVersion ?? null,
        status: 'queued',
        total: seqs.length,
        processed: 0,
        createdAt: ctx.now,
      });
      return { result: null, records: [this.requestedRecord(id, r)] };
    });
    setImmediate(() => {
      void this.runInBackground(actor, id, r, seqs);
    });
    return (await this.repo.byId(id)) as ReplayRunRow;
  }

  async get(id: string): Promise<ReplayRunRow> {
    const run = await this.repo.byId(id);
    if (!run) throw new MetricsError(MetricsErrorCode.REPLAY_NOT_FOUND, 'Replay not found.');
    return run;
  }

  /** The CLI's replay: runs to the end in the caller, archived like a background one. */
  async runNow(actor: Actor, r: ReplayRequest): Promise<ReplayReport> {
    this.check(r);
    const id = randomUUID();
    await this.work.run(actor, () =>
      Promise.resolve({ result: null, records: [this.requestedRecord(id, r)] }),
    );
    const report = await this.replay(r, await this.repo.messageSeqs(r.from, r.to));
    await this.work.run(actor, () =>
      Promise.resolve({ result: null, records: [this.completedRecord(id, report)] }),
    );
    return report;
  }

  private async runInBackground(
    actor: Actor,
    id: string,
    r: ReplayRequest,
    seqs: number[],
  ): Promise<void> {
    try {
      await this.repo.progress(id, 'running', seqs.length, 0);
      const report = await this.replay(r, seqs, (n) =>
        this.repo.progress(id, 'running', seqs.length, n),
      );
      await this.repo.progress(id, 'running', seqs.length, seqs.length);
      // The run is done, and archived as done, in one transaction.
      await this.work.run(actor, async (ctx) => {
        await this.repo.finish(id, 'done', report.summary, report, ctx.now, ctx.tx);
        return { result: null, records: [this.completedRecord(id, report)] };
      });
    } catch (err) {
      this.logger.error(`replay ${id} failed: ${err instanceof Error ? err.message : String(err)}`);
      // The failure is recorded, and archived, in one transaction (best effort: the database
      // may be what failed).
      await this.work
        .run(actor, async (ctx) => {
          await this.repo.finish(id, 'failed', { error: FAILED }, null, ctx.now, ctx.tx);
          return {
            result: null,
            records: [
              {
                stream: 'replays',
                kind: 'replay.failed',
                refs: { replay: id },
                clear: { error: FAILED },
              },
            ],
          };
        })
        .catch(() => undefined);
    }
  }

  private requestedRecord(id: string, r: ReplayRequest) {
    return {
      stream: 'replays',
      kind: 'replay.requested',
      refs: { replay: id },
      clear: {
        from: r.from.toISOString(),
        to: r.to.toISOString(),
        policyVersion: r.policyVersion ?? 'cited',
      },
    };
  }

  private completedRecord(id: string, report: ReplayReport) {
    return {
      stream: 'replays',
      kind: 'replay.completed',
      refs: { replay: id },
      clear: {
        summary: {
          ...report.summary,
          notReplayableByReason: { ...report.summary.notReplayableByReason },
        },
        differing: report.differences.map((d) => d.entryId),
      },
    };
  }

  private async loadClassifier(version: string): Promise<Loaded | null> {
    if (this.classifiers.has(version)) return this.classifiers.get(version) ?? null;
    let set: PolicySet | null = null;
    if (version === this.policy.current.version) set = this.policy.current;
    else {
      const files = await this.repo.policyFiles(version);
      if (files) {
        const rebuilt = policySetFromFiles(files);
        // A stored set that no longer hashes to its version cannot stand for it.
        set = rebuilt.version === version ? rebuilt : null;
      }
    }
    const loaded = set ? { set, classifier: compileClassifier(set) } : null;
    this.classifiers.set(version, loaded);
    return loaded;
  }

  async replay(
    r: ReplayRequest,
    seqs: number[],
    onProgress?: (processed: number) => Promise<void>,
  ): Promise<ReplayReport> {
    const chosen = r.policyVersion === 'current' ? this.policy.current.version : r.policyVersion;
    const differences: ReplayDifference[] = [];
    const notReplayable: NotReplayable[] = [];
    let replayed = 0;
    let processed = 0;
    for (let i = 0; i < seqs.length; i += PAGE) {
      const page = seqs.slice(i, i + PAGE);
      const rows = (await this.archive.entries(page[0], page[page.length - 1] + 1, 10_000)).filter(
        (row) => row.kind === 'message.received' && page.includes(row.seq),
      );
      const opened = await this.archive.open(rows);
      for (const row of rows) {
        processed++;
        const env = envelopeOf(row.canonical);
        const clear = env.clear;
        const messageId = env.refs.message ?? null;
        const base = { entryId: row.entryId, seq: row.seq, messageId };
        const clearText = typeof clear.text === 'string' ? clear.text : '';
        let text: string;
        let sealed = false;
        if (row.subjectKeyId !== null) {
          const original = opened.get(row.entryId);
          if (original === '[erased]' || original === undefined || original === null) {
            notReplayable.push({ ...base, reason: 'subject_erased' });
            continue;
          }
          const t = (original as { text?: unknown }).text;
          sealed = typeof t === 'string';
          text = typeof t === 'string' ? t : clearText;
        } else {
          text = clearText;
        }
        const cited = env.policyVersion ?? null;
        const version = chosen ?? cited;
        const loaded = version ? await this.loadClassifier(version) : null;
        if (!version || !loaded) {
          notReplayable.push({ ...base, reason: 'policy_version_missing', policyVersion: version });
          continue;
        }
        const handleId = typeof clear.handleId === 'string' ? clear.handleId : undefined;
        const handles = loaded.set.channels.handles ?? [];
        const own = handles.find((h) => h.id === handleId)?.ownContacts;
        const context = {
          channel: typeof clear.channel === 'string' ? clear.channel : undefined,
          visibility: clear.visibility === 'private' ? ('private' as const) : ('public' as const),
          ...(own ? { ownContacts: own } : {}),
        };
        // Card numbers and credentials were never kept: put back a value of the recorded type at
        // the recorded offsets rather than re-detecting them in their replacement (DESIGN inv. 8).
        const rebuilt = withNeverKeptValues(
          text,
          sealed,
          Array.isArray(clear.redactions) ? (clear.redactions as RedactionRecord[]) : [],
          (candidate) => classifyCompiled(loaded.classifier, candidate, context).entities,
        );
        if (!rebuilt.ok) {
          notReplayable.push({
            ...base,
            reason: rebuilt.reason,
            policyVersion: version,
            ...(rebuilt.type ? { entityType: rebuilt.type } : {}),
          });
          continue;
        }
        const result = classifyCompiled(loaded.classifier, rebuilt.text, context);
        replayed++;
        const recorded = decisionFacts(clear.decision ?? {});
        const again = decisionFacts(result.decision);
        const fields = decisionDifferences(recorded, again);
        if (fields.length > 0) {
          differences.push({
            ...base,
            conversationId: env.refs.conversation ?? null,
            recordedAt: env.recordedAt,
            citedPolicyVersion: cited,
            replayedWith: version,
            fields,
            recorded,
            replayed: again,
            neverKept: neverKeptTypes(
              clear.redactions as Array<{ type?: unknown; action?: unknown }>,
            ),
          });
        }
      }
      if (onProgress) await onProgress(processed);
    }
    const byReason: Partial<Record<NotReplayableReason, number>> = {};
    for (const n of notReplayable) byReason[n.reason] = (byReason[n.reason] ?? 0) + 1;
    return {
      from: r.from.toISOString(),
      to: r.to.toISOString(),
      policyVersion: chosen ?? 'cited',
      summary: {
        messages: processed,
        replayed,
        identical: replayed - differences.length,
        differing: differences.length,
        notReplayable: notReplayable.length,
        notReplayableByReason: byReason,
      },
      differences,
      notReplayable,
    };
  }
}
