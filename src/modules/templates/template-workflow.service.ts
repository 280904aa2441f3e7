import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action } from '../../platform/auth/access.enums';
import type { Actor } from '../../platform/auth/actor';
import { assertVersion } from '../../platform/database/optimistic-version';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { AuditedWork, type Audited, type AuditContext, type AuditRecord } from '../archive';
import {
  checkVersion,
  contentHash,
  PURPOSES,
  TEMPLATE_VISIBILITIES,
  type Problem,
  type Purpose,
  type TemplateVisibility,
  type VariableDeclaration,
} from './core';
import { TemplateError, TemplateErrorCode } from './templates.errors';
import {
  TemplatesRepository,
  type TemplateRow,
  type VersionPatch,
  type VersionRow,
  type VersionStatus,
} from './templates.repository';
import { assertCanOnVersion, templateSubject, TemplatesService } from './templates.service';

export interface VersionContentInput {
  purpose: Purpose;
  visibility: TemplateVisibility;
  variables: VariableDeclaration[];
  variants: Record<string, string>;
}

export interface TemplateMetaInput {
  title: string;
  intents: string[];
  locale?: string;
  toneNotes?: string;
}

export interface CreateTemplateInput extends VersionContentInput, TemplateMetaInput {
  key: string;
}

export interface NewVersionInput extends VersionContentInput, Partial<TemplateMetaInput> {}

export interface EditDraftInput extends Partial<VersionContentInput> {
  version: number;
}

export interface TemplateWithVersions {
  template: TemplateRow;
  versions: VersionRow[];
}

const DAY_MS = 24 * 3600 * 1000;
const STREAM = 'templates';

/**
 * The audited verbs of the library: create, new version, edit a draft,
 * submit, approve (and re-approve), reject, retire. Each runs lock → read →
 * change → archive in one transaction, and each leaves a history event.
 */
@Injectable()
export class TemplateWorkflowService {
  constructor(
    private readonly repo: TemplatesRepository,
    private readonly work: AuditedWork,
    private readonly templates: TemplatesService,
  ) {}

  create(
    actor: Actor,
    ability: AppAbility,
    input: CreateTemplateInput,
  ): Promise<TemplateWithVersions> {
    return this.work.run(actor, async (ctx) => {
      if (!ability.can(Action.Create, 'Template')) throw forbidden(Action.Create, 'Template');
      return this.createVerb(ctx, input, { status: 'draft', source: 'api' });
    });
  }

  newVersion(
    actor: Actor,
    ability: AppAbility,
    templateId: string,
    input: NewVersionInput,
  ): Promise<VersionRow> {
    return this.work.run(actor, async (ctx) => {
      const template = await this.repo.templateById(templateId, ctx.tx, true);
      if (!template) throw templateNotFound();
      if (!ability.can(Action.Update, templateSubject(template)))
        throw forbidden(Action.Update, 'Template');
      return this.newVersionVerb(ctx, template, input, { status: 'draft', source: 'api' });
    });
  }

  editDraft(
    actor: Actor,
    ability: AppAbility,
    versionId: string,
    input: EditDraftInput,
  ): Promise<VersionRow> {
    return this.work.run(actor, async (ctx) => {
      const row = await this.lockVersion(ctx, versionId);
      assertCanOnVersion(ability, Action.Update, row);
      assertVersion('template version', row, input.version);
      if (row.status !== 'draft') throw stateError(row.status, 'edit');
      const template = (await this.repo.templateById(row.templateId, ctx.tx)) as TemplateRow;
      const content: VersionContentInput = {
        purpose: input.purpose ?? (row.purpose as Purpose),
        visibility: input.visibility ?? (row.visibility as TemplateVisibility),
        variables: input.variables ?? row.variables,
        variants: input.variants ?? row.variants,
      };
      this.assertValid(content, template.intents);
      const hash = contentHash(content);
      const contributors = row.contributors.includes(ctx.actor.id)
        ? row.contributors
        : [...row.contributors, ctx.actor.id];
      const updated = await this.repo.updateVersion(ctx.tx, row.id, {
        ...content,
        channels: Object.keys(content.variants).sort(),
        contentHash: hash,
        contributors,
        policyVersion: this.templates.policyVersion,
        settingsVersion: this.templates.settings.version,
      });
      return this.transition(ctx, updated, 'template.version.edited', {
        from: 'draft',
        to: 'draft',
        contentHash: hash,
        variables: jsonOf(content.variables),
        variants: content.variants,
      });
    });
  }

  submit(
    actor: Actor,
    ability: AppAbility,
    versionId: string,
    expected?: number,
  ): Promise<VersionRow> {
    return this.work.run(actor, async (ctx) => {
      const row = await this.lockVersion(ctx, versionId);
      assertCanOnVersion(ability, Action.Submit, row);
      if (expected !== undefined) assertVersion('template version', row, expected);
      if (row.status !== 'draft') throw stateError(row.status, 'submit');
      const updated = await this.repo.updateVersion(ctx.tx, row.id, {
        status: 'pending_approval',
        submittedBy: ctx.actor.id,
        submittedAt: ctx.now,
      });
      return this.transition(ctx, updated, 'template.version.submitted', {
        from: row.status,
        to: updated.status,
      });
    });
  }

  approve(
    actor: Actor,
    ability: AppAbility,
    versionId: string,
    options: { reviewDays?: number; version?: number },
  ): Promise<VersionRow> {
    return this.work.run(actor, async (ctx) => {
      const row = await this.lockVersion(ctx, versionId);
      assertCanOnVersion(ability, Action.Approve, row);
      if (options.version !== undefined) assertVersion('template version', row, options.version);
      return this.approveVerb(ctx, row, ctx.actor, options.reviewDays);
    });
  }

  reject(
    actor: Actor,
    ability: AppAbility,
    versionId: string,
    options: { reason: string; version?: number },
  ): Promise<VersionRow> {
    return this.work.run(actor, async (ctx) => {
      const row = await this.lockVersion(ctx, versionId);
      assertCanOnVersion(ability, Action.Reject, row);
      if (options.version !== undefined) assertVersion('template version', row, options.version);
      if (row.status !== 'pending_approval') throw stateError(row.status, 'reject');
      const updated = await this.repo.updateVersion(ctx.tx, row.id, {
        status: 'rejected',
        rejectedBy: ctx.actor.id,
        rejectedAt: ctx.now,
        rejectReason: options.reason,
      });
      return this.transition(
        ctx,
        updated,
        'template.version.rejected',
        { from: row.status, to: updated.status, reason: options.reason },
        options.reason,
      );
    });
  }

  retire(
    actor: Actor,
    ability: AppAbility,
    versionId: string,
    options: { reason: string; version?: number },
  ): Promise<VersionRow> {
    return this.work.run(actor, async (ctx) => {
      const row = await this.lockVersion(ctx, versionId);
      assertCanOnVersion(ability, Action.Retire, row);
      if (options.version !== undefined) assertVersion('template version', row, options.version);
      // Only an approved version is retired; a draft or a pending one is rejected with a reason.
      if (row.status !== 'approved') throw stateError(row.status, 'retire');
      const updated = await this.repo.updateVersion(ctx.tx, row.id, {
        status: 'retired',
        retiredBy: ctx.actor.id,
        retiredAt: ctx.now,
        retireReason: options.reason,
      });
      return this.transition(
        ctx,
        updated,
        'template.version.retired',
        { from: row.status, to: updated.status, reason: options.reason },
        options.reason,
      );
    });
  }

  // ---- verbs composable inside one unit of work (the library import uses them) ----

  async createVerb(
    ctx: AuditContext,
    input: CreateTemplateInput,
    how: { status: VersionStatus; source: string },
  ): Promise<Audited<TemplateWithVersions>> {
    this.assertValid(input, input.intents, input.title);
    if (await this.repo.templateByKey(input.key, ctx.tx)) {
      throw new TemplateError(
        TemplateErrorCode.TEMPLATE_KEY_TAKEN,
        'A template with this key exists.',
        {
          key: input.key,
        },
      );
    }
    const template: TemplateRow = {
      id: randomUUID(),
      key: input.key,
      title: input.title,
      intents: [...new Set(input.intents)],
      locale: input.locale ?? 'en-US',
      toneNotes: input.toneNotes ?? '',
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
    };
    try {
      await this.repo.insertTemplate(ctx.tx, template);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') {
        throw new TemplateError(
          TemplateErrorCode.TEMPLATE_KEY_TAKEN,
          'A template with this key exists.',
          {
            key: input.key,
          },
        );
      }
      throw err;
    }
    const created: AuditRecord = {
      stream: STREAM,
      kind: 'template.created',
      refs: { template: template.id },
      policyVersion: this.templates.policyVersion,
      clear: {
        key: template.key,
        title: template.title,
        intents: template.intents,
        locale: template.locale,
        toneNotes: template.toneNotes,
      },
    };
    const v = await this.insertVersion(ctx, template, input, how, null);
    return { result: { template, versions: [v.result] }, records: [created, ...v.records] };
  }

  async newVersionVerb(
    ctx: AuditContext,
    template: TemplateRow,
    input: NewVersionInput,
    how: { status: VersionStatus; source: string },
  ): Promise<Audited<VersionRow>> {
    const meta = {
      title: input.title ?? template.title,
      intents: input.intents ? [...new Set(input.intents)] : template.intents,
      locale: input.locale ?? template.locale,
      toneNotes: input.toneNotes ?? template.toneNotes,
    };
    this.assertValid(input, meta.intents, meta.title);
    const records = (await this.updateMetaVerb(ctx, template, meta)).records;
    const latest = await this.repo.latestVersion(ctx.tx, template.id);
    const v = await this.insertVersion(ctx, template, input, how, latest?.id ?? null);
    return { result: v.result, records: [...records, ...v.records] };
  }

  /** Title, intents, locale and tone notes are the template's, not a version's. */
  async updateMetaVerb(
    ctx: AuditContext,
    template: TemplateRow,
    meta: Pick<TemplateRow, 'title' | 'intents' | 'locale' | 'toneNotes'>,
  ): Promise<Audited<boolean>> {
    const same =
      meta.title === template.title &&
      meta.locale === template.locale &&
      meta.toneNotes === template.toneNotes &&
      meta.intents.join('\u0000') === template.intents.join('\u0000');
    if (same) return { result: false, records: [] };
    await this.repo.updateTemplate(ctx.tx, template.id, { ...meta, updatedAt: ctx.now });
    return {
      result: true,
      records: [
        {
          stream: STREAM,
          kind: 'template.updated',
          refs: { template: template.id },
          policyVersion: this.templates.policyVersion,
          clear: { key: template.key, ...meta, intents: [...meta.intents] },
        },
      ],
    };
  }

  /**
   * Approves a pending version, or re-approves an approved one (a new review
   * period). Segregation of duties (FINRA 2210(b)(1), DESIGN invariant 3):
   * nobody who authored the version or any change in it may approve it.
   */
  async approveVerb(
    ctx: AuditContext,
    row: VersionRow,
    approver: Actor,
    reviewDays: number | undefined,
  ): Promise<Audited<VersionRow>> {
    if (row.status !== 'pending_approval' && row.status !== 'approved') {
      throw stateError(row.status, 'approve');
    }
    if (row.contributors.includes(approver.id)) {
      throw new TemplateError(
        TemplateErrorCode.SELF_APPROVAL,
        'You authored this template version or a change in it; another compliance officer must approve it.',
        { versionId: row.id },
      );
    }
    const { reviewDefaultDays, reviewMaxDays } = this.templates.settings;
    const days = reviewDays ?? reviewDefaultDays;
    if (!Number.isInteger(days) || days < 1 || days > reviewMaxDays) {
      throw invalid([
        { path: 'reviewDays', reason: `must be an integer from 1 to ${reviewMaxDays}` },
      ]);
    }
    const reviewDueAt = new Date(ctx.now.getTime() + days * DAY_MS);
    const patch: VersionPatch = {
      status: 'approved',
      approvedBy: approver.id,
      approvedAt: ctx.now,
      reviewDays: days,
      reviewDueAt,
    };
    const updated = await this.repo.updateVersion(ctx.tx, row.id, patch);
    const reapproval = row.status === 'approved';
    return this.transition(
      ctx,
      updated,
      reapproval ? 'template.version.reapproved' : 'template.version.approved',
      {
        from: row.status,
        to: 'approved',
        contentHash: row.contentHash,
        reviewDays: days,
        reviewDueAt: reviewDueAt.toISOString(),
        previousReviewDueAt: reapproval ? (row.reviewDueAt?.toISOString() ?? null) : null,
      },
      null,
      approver,
    );
  }

  // ---- internals ----

  private async insertVersion(
    ctx: AuditContext,
    template: TemplateRow,
    content: VersionContentInput,
    how: { status: VersionStatus; source: string },
    basedOnId: string | null,
  ): Promise<Audited<VersionRow>> {
    const number = await this.repo.nextNumber(ctx.tx, template.id);
    const hash = contentHash(content);
    const row: VersionRow = {
      id: randomUUID(),
      templateId: template.id,
      number,
      status: how.status,
      purpose: content.purpose,
      visibility: content.visibility,
      variables: content.variables,
      variants: content.variants,
      channels: Object.keys(content.variants).sort(),
      contentHash: hash,
      source: how.source,
      basedOnId,
      authoredBy: ctx.actor.id,
      contributors: [ctx.actor.id],
      policyVersion: this.templates.policyVersion,
      settingsVersion: this.templates.settings.version,
      createdAt: ctx.now,
      submittedBy: how.status === 'pending_approval' ? ctx.actor.id : null,
      submittedAt: how.status === 'pending_approval' ? ctx.now : null,
      approvedBy: null,
      approvedAt: null,
      reviewDays: null,
      reviewDueAt: null,
      rejectedBy: null,
      rejectedAt: null,
      rejectReason: null,
      retiredBy: null,
      retiredAt: null,
      retireReason: null,
      firstUsedAt: null,
      lastUsedAt: null,
      version: 1,
    };
    await this.repo.insertVersion(ctx.tx, row);
    const kind = how.source.startsWith('file:')
      ? 'template.version.imported'
      : 'template.version.created';
    return this.transition(ctx, row, kind, {
      from: null,
      to: row.status,
      number,
      source: how.source,
      basedOn: basedOnId,
      contentHash: hash,
      purpose: content.purpose,
      visibility: content.visibility,
      variables: jsonOf(content.variables),
      variants: content.variants,
    });
  }

  private async transition(
    ctx: AuditContext,
    row: VersionRow,
    kind: string,
    clear: Record<string, unknown>,
    reason: string | null = null,
    actor: Actor = ctx.actor,
  ): Promise<Audited<VersionRow>> {
    await this.repo.insertEvent(ctx.tx, {
      versionId: row.id,
      kind,
      actorId: actor.id,
      at: ctx.now,
      reason,
      details: { from: clear.from ?? null, to: clear.to ?? null },
    });
    return {
      result: row,
      records: [
        {
          stream: STREAM,
          kind,
          actor,
          refs: { template: row.templateId, templateVersion: row.id },
          policyVersion: this.templates.policyVersion,
          clear: jsonOf({
            ...clear,
            number: row.number,
            settingsVersion: this.templates.settings.version,
          }) as Record<string, never>,
        },
      ],
    };
  }

  private async lockVersion(ctx: AuditContext, id: string): Promise<VersionRow> {
    const row = await this.repo.versionById(id, ctx.tx, true);
    if (!row) {
      throw new TemplateError(
        TemplateErrorCode.TEMPLATE_VERSION_NOT_FOUND,
        'No such template version.',
      );
    }
    return row;
  }

  /** Every problem that keeps content from being saved: 422 TEMPLATE_INVALID. */
  assertValid(content: VersionContentInput, intents: readonly string[], title?: string): void {
    const problems: Problem[] = [];
    if (!(PURPOSES as readonly string[]).includes(content.purpose))
      problems.push({ path: 'purpose', reason: `must be one of ${PURPOSES.join(', ')}` });
    if (!(TEMPLATE_VISIBILITIES as readonly string[]).includes(content.visibility))
      problems.push({
        path: 'visibility',
        reason: `must be one of ${TEMPLATE_VISIBILITIES.join(', ')}`,
      });
    const known = new Set(this.templates.intentIds());
    intents.forEach((i, n) => {
      if (!known.has(i))
        problems.push({ path: `intents[${n}]`, reason: 'is not an intent of the policy' });
    });
    if (title !== undefined && this.templates.screenValue(title).length > 0)
      problems.push({ path: 'title', reason: 'holds a sensitive value' });
    (content.variables ?? []).forEach((v, i) => {
      if (typeof v.example === 'string' && this.templates.screenValue(v.example).length > 0)
        problems.push({ path: `variables[${i}].example`, reason: 'holds a sensitive value' });
    });
    problems.push(
      ...checkVersion(
        { variables: content.variables, variants: content.variants },
        this.templates.settings,
        { screen: this.templates.screenValue },
      ),
    );
    if (problems.length > 0) throw invalid(problems);
  }
}

function jsonOf(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function invalid(problems: Problem[]): TemplateError {
  return new TemplateError(
    TemplateErrorCode.TEMPLATE_INVALID,
    'The template cannot be saved; see details.problems.',
    { problems },
  );
}

const PAST: Record<string, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  retire: 'retired',
  edit: 'edited',
};

function stateError(status: VersionStatus, verb: keyof typeof PAST): TemplateError {
  return new TemplateError(
    TemplateErrorCode.TEMPLATE_VERSION_STATE,
    `${/^[aeiou]/.test(status) ? 'An' : 'A'} ${status.replace('_', ' ')} template version cannot be ${PAST[verb]}.`,
    { status, action: verb },
  );
}

function templateNotFound(): TemplateError {
  return new TemplateError(TemplateErrorCode.TEMPLATE_NOT_FOUND, 'No such template.');
}

function forbidden(action: Action, subjectName: string): PlatformError {
  return new PlatformError(
    PlatformErrorCode.FORBIDDEN,
    `Your roles do not allow ${action} on ${subjectName}.`,
    { action, subject: subjectName },
  );
}
