import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Actor } from '../../platform/auth/actor';
import { Settings } from '../../platform/config/settings';
import { Locks } from '../../platform/database/advisory-locks';
import { projectRoot } from '../../platform/paths';
import { AuditedWork, type AuditRecord } from '../archive';
import { contentHash, LibraryFileError, parseLibraryFile, type LibraryTemplate } from './core';
import { TemplateError, TemplateErrorCode } from './templates.errors';
import { TemplatesRepository } from './templates.repository';
import { TemplateWorkflowService } from './template-workflow.service';

/** Who imports the library: never an approver of what it imports. */
export const SEED_IMPORTER = 'countersign-seed';
/** The development seed's compliance officer (outside production only). */
export const SEED_OFFICER = 'countersign-seed-officer';

export function defaultTemplatesDir(): string {
  return join(projectRoot(), 'templates');
}

export interface ImportOptions {
  dir?: string;
  importer?: string;
  /** Approve what this import leaves pending, as this compliance officer. */
  approveAs?: string;
  /** Approve only when the library was empty before this import (the development seed). */
  approveOnlyIfEmpty?: boolean;
}

export interface ImportReport {
  created: string[];
  newVersions: string[];
  /** Title, intents or tone notes changed; the content (already approved or pending) did not. */
  updated: string[];
  unchanged: string[];
  approved: number;
}

/** Reads `templates/*.hbs` (sorted by name). */
export function readLibrary(
  dir: string = defaultTemplatesDir(),
): Array<{ file: string; template: LibraryTemplate }> {
  const abs = resolve(dir);
  return readdirSync(abs)
    .filter((n) => n.endsWith('.hbs'))
    .sort()
    .map((name) => ({
      file: `templates/${name}`,
      template: parseLibraryFile(`templates/${name}`, readFileSync(join(abs, name), 'utf8')),
    }));
}

/**
 * Imports the library files as versions pending approval: a file whose
 * content a version of its template already has is skipped, a changed one
 * becomes a new version pending approval. The import never approves; an
 * approval, when asked for, is a separate archived act by a named officer
 * who is not the importer.
 */
@Injectable()
export class TemplateLibraryService {
  constructor(
    private readonly repo: TemplatesRepository,
    private readonly work: AuditedWork,
    private readonly workflow: TemplateWorkflowService,
  ) {}

  async importLibrary(options: ImportOptions = {}): Promise<ImportReport> {
    const importer: Actor = { id: options.importer ?? SEED_IMPORTER, roles: ['system'] };
    if (options.approveAs !== undefined && options.approveAs === importer.id) {
      throw new TemplateError(
        TemplateErrorCode.SELF_APPROVAL,
        'The importer cannot approve what it imports; name another compliance officer.',
      );
    }
    const files = readLibrary(options.dir);
    return this.work.run(importer, async (ctx) => {
      await ctx.lock(Locks.templateImport());
      const wasEmpty = (await this.repo.countTemplates(ctx.tx)) === 0;
      const report: ImportReport = {
        created: [],
        newVersions: [],
        updated: [],
        unchanged: [],
        approved: 0,
      };
      const records: AuditRecord[] = [];
      for (const { file, template: t } of files) {
        const how = { status: 'pending_approval' as const, source: `file:${file}` };
        try {
          const existing = await this.repo.templateByKey(t.key, ctx.tx, true);
          if (!existing) {
            const r = await this.workflow.createVerb(ctx, t, how);
            records.push(...r.records);
            report.created.push(t.key);
          } else if (await this.repo.hasContent(ctx.tx, existing.id, contentHash(t))) {
            this.workflow.assertValid(t, t.intents, t.title);
            const r = await this.workflow.updateMetaVerb(ctx, existing, {
              title: t.title,
              intents: [...new Set(t.intents)],
              locale: t.locale,
              toneNotes: t.toneNotes,
            });
            records.push(...r.records);
            (r.result ? report.updated : report.unchanged).push(t.key);
          } else {
            const r = await this.workflow.newVersionVerb(ctx, existing, t, how);
            records.push(...r.records);
            report.newVersions.push(t.key);
          }
        } catch (err) {
          if (err instanceof TemplateError) {
            const details = err.details as { problems?: Array<{ path: string; reason: string }> };
            const why = details?.problems?.map((p) => `${p.path}: ${p.reason}`).join('; ');
            throw new LibraryFileError(file, why ?? err.message);
          }
          throw err;
        }
      }
      if (options.approveAs !== undefined && (!options.approveOnlyIfEmpty || wasEmpty)) {
        const officer: Actor = { id: options.approveAs, roles: ['compliance_officer'] };
        for (const row of await this.repo.pendingImportedBy(ctx.tx, importer.id)) {
          const r = await this.workflow.approveVerb(ctx, row, officer, undefined);
          records.push(...r.records);
          report.approved++;
        }
      }
      return { result: report, records };
    });
  }
}

/**
 * `npm start` outside production: the library is imported at every start (a
 * changed file becomes a version pending approval; nothing is imported
 * twice), and on an empty database the development seed officer approves it,
 * so that a newcomer has a usable library at once.
 */
@Injectable()
export class TemplateDevSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('Templates');

  constructor(
    private readonly settings: Settings,
    private readonly library: TemplateLibraryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.NODE_ENV !== 'development') return;
    const r = await this.library.importLibrary({
      importer: SEED_IMPORTER,
      approveAs: SEED_OFFICER,
      approveOnlyIfEmpty: true,
    });
    this.logger.log(
      `template library: ${r.created.length} new, ${r.newVersions.length} changed (pending approval), ` +
        `${r.unchanged.length} unchanged, ${r.approved} approved by ${SEED_OFFICER}`,
    );
  }
}
