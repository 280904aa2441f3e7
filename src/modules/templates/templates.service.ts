import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action } from '../../platform/auth/access.enums';
import { Clock } from '../../platform/clock/clock';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import type { AuditContext } from '../archive';
import { ClassificationService, FreeTextScreeningPipe } from '../classification';
import { PolicyService } from '../policy';
import {
  compileVersion,
  renderVersion,
  resolveTemplateSettings,
  TEMPLATE_SETTINGS_FILE,
  type CompiledVersion,
  type Purpose,
  type RenderProblem,
  type SensitiveScreen,
  type TemplateSettings,
  type TemplateVisibility,
  type VariableDeclaration,
} from './core';
import { TemplateError, TemplateErrorCode } from './templates.errors';
import { TemplatesRepository, type TemplateRow, type VersionRow } from './templates.repository';

/** Who a reply is rendered for: `agent_name` variables take the caller's name. */
export interface RenderActor {
  id: string;
  /** The display name from the caller's token; the id when absent. */
  name?: string;
}

/** An approved version that may be used now on a channel. */
export interface UsableTemplateVersion {
  id: string;
  templateId: string;
  key: string;
  title: string;
  number: number;
  purpose: Purpose;
  visibility: TemplateVisibility;
  variables: VariableDeclaration[];
  channels: string[];
  contentHash: string;
  reviewDueAt: Date;
}

export interface RenderedReply {
  text: string;
  /** Characters as counted against the channel's limit. */
  length: number;
  templateVersionId: string;
  channel: string;
  /** The policy set the output screening used (DESIGN invariant 8). */
  policyVersion: string;
}

export interface SuggestionQuery {
  /** The conversation's intents, as ids or with the classifier's confidence. */
  intents: ReadonlyArray<string | { id: string; confidence?: number }>;
  channel: string;
  visibility: 'public' | 'private';
  /** Only these purposes (e.g. offline routing or crisis mode); any purpose when absent. */
  purposes?: readonly Purpose[];
  at?: Date;
  limit?: number;
}

export interface TemplateSuggestion {
  templateId: string;
  templateVersionId: string;
  key: string;
  title: string;
  purpose: Purpose;
  visibility: TemplateVisibility;
  variables: VariableDeclaration[];
  matchedIntents: string[];
  score: number;
}

const CACHE_LIMIT = 2000;

/**
 * The template library as other modules use it: which approved version may be
 * used, rendering it with screened values, recording its use, and suggesting
 * versions for a conversation.
 */
@Injectable()
export class TemplatesService {
  readonly settings: TemplateSettings;
  private readonly compiled = new Map<string, CompiledVersion>();

  constructor(
    private readonly repo: TemplatesRepository,
    private readonly policy: PolicyService,
    private readonly classification: ClassificationService,
    private readonly screening: FreeTextScreeningPipe,
    private readonly clock: Clock,
  ) {
    const files = policy.current.files;
    this.settings = resolveTemplateSettings(
      files[TEMPLATE_SETTINGS_FILE],
      policy.current.channels.channels,
    );
  }

  /** The policy set in force (cited by renders and recorded on versions). */
  get policyVersion(): string {
    return this.policy.version;
  }

  /** The intent ids of the policy in force (a template answers some of them). */
  intentIds(): string[] {
    return this.policy.current.intents.intents.map((i) => i.id);
  }

  /** Entity types a text holds; used for values, fixed text and rendered replies. */
  readonly screenValue: SensitiveScreen = (text) =>
    this.screening.findSensitive([{ field: 'value', text }])[0]?.types ?? [];

  /** Screens a rendered reply in the context of its channel. */
  screenOutput(channel: string): SensitiveScreen {
    const known = this.policy.current.channels.channels.some((c) => c.id === channel);
    return (text) => [
      ...new Set(
        this.classification.classify(text, known ? { channel } : {}).entities.map((e) => e.type),
      ),
    ];
  }

  /** A version may be used on a channel at a time: approved, in its review period, with a variant. */
  async usableVersion(
    versionId: string,
    options: { channel: string; at?: Date },
  ): Promise<UsableTemplateVersion> {
    const row = await this.repo.versionById(versionId);
    if (!row) throw notFound();
    const template = await this.repo.templateById(row.templateId);
    if (!template) throw notFound();
    assertUsable(row, options.channel, options.at ?? this.clock.now());
    return usableOf(template, row);
  }

  /**
   * Renders an approved, in-review version for a channel. Every value is
   * validated and screened, and the rendered text is screened again and
   * checked against the channel's length: 422 TEMPLATE_RENDER_REFUSED lists
   * every problem, naming variables, never their values.
   */
  async render(
    versionId: string,
    channel: string,
    values: Readonly<Record<string, unknown>>,
    actor: RenderActor,
  ): Promise<RenderedReply> {
    const row = await this.repo.versionById(versionId);
    if (!row) throw notFound();
    assertUsable(row, channel, this.clock.now());
    return this.renderRow(row, channel, values, actor);
  }

  /** Renders any version (a draft in review too) without the usability check: previews. */
  renderRow(
    row: VersionRow,
    channel: string,
    values: Readonly<Record<string, unknown>>,
    actor: RenderActor,
  ): RenderedReply {
    if (!row.channels.includes(channel)) throw channelUnsupported(row, channel);
    const result = renderVersion(
      this.compile(row),
      channel,
      values ?? {},
      this.settings,
      { agentName: actor.name ?? actor.id },
      { screenValue: this.screenValue, screenOutput: this.screenOutput(channel) },
    );
    if (!result.ok) throw renderRefused(result.problems);
    return {
      text: result.text,
      length: result.length,
      templateVersionId: row.id,
      channel,
      policyVersion: this.policy.version,
    };
  }

  /** First and last use of a version, in the sender's transaction. */
  async recordUse(ctx: AuditContext, versionId: string): Promise<void> {
    const found = await this.repo.recordUse(ctx.tx, versionId, ctx.now);
    if (!found) throw notFound();
  }

  /**
   * Approved, in-review versions that fit a conversation: the channel has a
   * variant, the visibility matches, the purpose is allowed; best first (the
   * sum of the confidences of the intents they answer).
   */
  async suggestions(query: SuggestionQuery): Promise<TemplateSuggestion[]> {
    const wanted = new Map<string, number>();
    for (const i of query.intents) {
      const id = typeof i === 'string' ? i : i.id;
      const c = typeof i === 'string' ? 1 : (i.confidence ?? 1);
      wanted.set(id, Math.max(wanted.get(id) ?? 0, c));
    }
    const rows = await this.repo.usable({
      channel: query.channel,
      visibility: query.visibility,
      purposes: query.purposes,
      at: query.at ?? this.clock.now(),
    });
    const out: TemplateSuggestion[] = [];
    for (const { template, version } of rows) {
      const matched = template.intents.filter((i) => wanted.has(i));
      const score = matched.reduce((s, i) => s + (wanted.get(i) ?? 0), 0);
      // Without an intent match a template is offered only when the caller
      // asked for purposes (offline routing, crisis) or knows no intent at all.
      if (score === 0 && query.purposes === undefined && wanted.size > 0) continue;
      out.push({
        templateId: template.id,
        templateVersionId: version.id,
        key: template.key,
        title: template.title,
        purpose: version.purpose as Purpose,
        visibility: version.visibility as TemplateVisibility,
        variables: version.variables,
        matchedIntents: matched,
        score: Math.round(score * 1000) / 1000,
      });
    }
    out.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
    return out.slice(0, query.limit ?? 20);
  }

  /** Compiled once per content (an approved version never changes). */
  compile(row: Pick<VersionRow, 'id' | 'contentHash' | 'variables' | 'variants'>): CompiledVersion {
    const key = `${row.id}:${row.contentHash}`;
    let c = this.compiled.get(key);
    if (!c) {
      c = compileVersion({ variables: row.variables, variants: row.variants }, this.settings);
      if (this.compiled.size >= CACHE_LIMIT) this.compiled.clear();
      this.compiled.set(key, c);
    }
    return c;
  }
}

/** A tagged subject for CASL's object-level checks. */
export function versionSubject(row: VersionRow) {
  return subject('TemplateVersion', {
    id: row.id,
    templateId: row.templateId,
    status: row.status,
    authoredBy: row.authoredBy,
    contributors: [...row.contributors],
    purpose: row.purpose,
    visibility: row.visibility,
  });
}

export function templateSubject(row: TemplateRow) {
  return subject('Template', { id: row.id, key: row.key, createdBy: row.createdBy });
}

/** 403 unless the caller may act on this very version. */
export function assertCanOnVersion(ability: AppAbility, action: Action, row: VersionRow): void {
  if (!ability.can(action, versionSubject(row))) {
    throw new PlatformError(
      PlatformErrorCode.FORBIDDEN,
      `Your roles do not allow ${action} on this template version.`,
      { action, subject: 'TemplateVersion', status: row.status },
    );
  }
}

export function canReadVersion(ability: AppAbility, row: VersionRow): boolean {
  return ability.can(Action.Read, versionSubject(row));
}

function notFound(): TemplateError {
  return new TemplateError(
    TemplateErrorCode.TEMPLATE_VERSION_NOT_FOUND,
    'No such template version.',
  );
}

function channelUnsupported(row: VersionRow, channel: string): TemplateError {
  return new TemplateError(
    TemplateErrorCode.TEMPLATE_CHANNEL_UNSUPPORTED,
    'This template version has no variant for that channel.',
    { channel: channel.slice(0, 40), channels: row.channels },
  );
}

function renderRefused(problems: RenderProblem[]): TemplateError {
  return new TemplateError(
    TemplateErrorCode.TEMPLATE_RENDER_REFUSED,
    'The reply cannot be rendered from these values; see details.problems.',
    { problems },
  );
}

function assertUsable(row: VersionRow, channel: string, at: Date): void {
  if (row.status !== 'approved') {
    throw new TemplateError(
      TemplateErrorCode.TEMPLATE_VERSION_NOT_APPROVED,
      'Only an approved template version may be used.',
      { status: row.status },
    );
  }
  if (!row.reviewDueAt || row.reviewDueAt.getTime() <= at.getTime()) {
    // FINRA 2210(b)(1): an approval lapses at its review date until re-approved.
    throw new TemplateError(
      TemplateErrorCode.TEMPLATE_REVIEW_OVERDUE,
      'The review of this template version is overdue; a compliance officer must re-approve it.',
      { reviewDueAt: row.reviewDueAt?.toISOString() ?? null },
    );
  }
  if (!row.channels.includes(channel)) throw channelUnsupported(row, channel);
}

function usableOf(template: TemplateRow, row: VersionRow): UsableTemplateVersion {
  return {
    id: row.id,
    templateId: template.id,
    key: template.key,
    title: template.title,
    number: row.number,
    purpose: row.purpose as Purpose,
    visibility: row.visibility as TemplateVisibility,
    variables: row.variables,
    channels: row.channels,
    contentHash: row.contentHash,
    reviewDueAt: row.reviewDueAt as Date,
  };
}
