import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action } from '../../platform/auth/access.enums';
import { Clock } from '../../platform/clock/clock';
import { decodeCursor, pageLimit, pageOf, type Page } from '../../platform/http/pagination';
import { lineDiff } from './core';
import type {
  DiffResponseDto,
  ListTemplatesQueryDto,
  PreviewResponseDto,
  TemplateResponseDto,
  TemplateVersionResponseDto,
  VariantDiffDto,
} from './dtos/template.dtos';
import { TemplateError, TemplateErrorCode } from './templates.errors';
import { recordsCsv, templateToDto, versionToDto } from './templates.mapper';
import {
  TemplatesRepository,
  VERSION_STATUSES,
  type VersionRow,
  type VersionStatus,
} from './templates.repository';
import { canReadVersion, TemplatesService, type RenderActor } from './templates.service';

/** Reads of the library: lists, details with history, previews, diffs and the examiners' records. */
@Injectable()
export class TemplateQueriesService {
  constructor(
    private readonly repo: TemplatesRepository,
    private readonly templates: TemplatesService,
    private readonly clock: Clock,
  ) {}

  /** The statuses of versions this caller may read (agents: approved only). */
  private readableStatuses(ability: AppAbility, templateId = ''): VersionStatus[] {
    return VERSION_STATUSES.filter((status) =>
      ability.can(Action.Read, versionSubjectOf({ status, templateId })),
    );
  }

  async list(ability: AppAbility, q: ListTemplatesQueryDto): Promise<Page<TemplateResponseDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { k: 'string' });
    const readable = this.readableStatuses(ability);
    const statuses = q.status ? readable.filter((s) => s === q.status) : readable;
    const now = this.clock.now();
    const filter = {
      channel: q.channel,
      purpose: q.purpose,
      statuses,
      overdueAt: q.reviewDue === 'overdue' ? now : undefined,
    };
    const rows =
      statuses.length === 0
        ? []
        : await this.repo.listTemplates({
            ...filter,
            intent: q.intent,
            afterKey: after?.k as string | undefined,
            limit,
          });
    const kept = rows.slice(0, limit);
    const versions = (
      await this.repo.versionsOf(
        kept.map((t) => t.id),
        filter,
      )
    ).filter((v) => canReadVersion(ability, v));
    return pageOf(
      rows,
      limit,
      (t) => ({ k: t.key }),
      (t) =>
        templateToDto(
          t,
          versions.filter((v) => v.templateId === t.id),
          now,
        ),
    );
  }

  async detail(ability: AppAbility, id: string): Promise<TemplateResponseDto> {
    const template = await this.repo.templateById(id);
    if (!template)
      throw new TemplateError(TemplateErrorCode.TEMPLATE_NOT_FOUND, 'No such template.');
    const versions = (await this.repo.versionsOf([id])).filter((v) => canReadVersion(ability, v));
    if (versions.length === 0 && this.readableStatuses(ability).length < VERSION_STATUSES.length) {
      // An agent sees a template only once it has an approved version.
      throw new TemplateError(TemplateErrorCode.TEMPLATE_NOT_FOUND, 'No such template.');
    }
    const history = await this.repo.eventsOf(versions.map((v) => v.id));
    return templateToDto(template, versions, this.clock.now(), history);
  }

  async version(ability: AppAbility, id: string): Promise<TemplateVersionResponseDto> {
    const row = await this.readable(ability, id);
    return versionToDto(row, this.clock.now(), await this.repo.eventsOf([row.id]));
  }

  /** Renders any version the caller may read (a gatekeeper previews a pending one). */
  async preview(
    ability: AppAbility,
    actor: RenderActor,
    id: string,
    channel: string,
    variables: Record<string, unknown>,
  ): Promise<PreviewResponseDto> {
    const row = await this.readable(ability, id);
    const r = this.templates.renderRow(row, channel, variables, actor);
    return {
      templateVersionId: row.id,
      channel,
      text: r.text,
      length: r.length,
      maxLength: this.templates.settings.channels.get(channel)?.maxReplyLength ?? 0,
      policyVersion: r.policyVersion,
    };
  }

  async diff(ability: AppAbility, id: string, againstId: string): Promise<DiffResponseDto> {
    const row = await this.readable(ability, id);
    const against = await this.readable(ability, againstId);
    const fields = (['purpose', 'visibility'] as const)
      .filter((f) => row[f] !== against[f])
      .map((f) => ({ field: f, from: against[f], to: row[f] }));
    const before = new Map(against.variables.map((v) => [v.name, JSON.stringify(v)]));
    const after = new Map(row.variables.map((v) => [v.name, JSON.stringify(v)]));
    const channels = [...new Set([...against.channels, ...row.channels])].sort();
    const variants: VariantDiffDto[] = channels.map((channel) => {
      const a = against.variants[channel];
      const b = row.variants[channel];
      const lines = lineDiff(a ?? '', b ?? '');
      const change =
        a === undefined ? 'added' : b === undefined ? 'removed' : a === b ? 'same' : 'changed';
      return { channel, change, lines };
    });
    return {
      versionId: row.id,
      againstId: against.id,
      fields,
      variablesAdded: [...after.keys()].filter((n) => !before.has(n)),
      variablesRemoved: [...before.keys()].filter((n) => !after.has(n)),
      variablesChanged: [...after.keys()].filter(
        (n) => before.has(n) && before.get(n) !== after.get(n),
      ),
      variants,
    };
  }

  async recordsCsv(ability: AppAbility): Promise<string> {
    return recordsCsv(await this.repo.records(this.readableStatuses(ability)));
  }

  /** 404 when it does not exist or the caller may not read it (an agent learns nothing of drafts). */
  private async readable(ability: AppAbility, id: string): Promise<VersionRow> {
    const row = await this.repo.versionById(id);
    if (!row || !canReadVersion(ability, row)) {
      throw new TemplateError(
        TemplateErrorCode.TEMPLATE_VERSION_NOT_FOUND,
        'No such template version.',
      );
    }
    return row;
  }
}

function versionSubjectOf(fields: { status: VersionStatus; templateId: string }) {
  return subject('TemplateVersion', { ...fields });
}
