import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
import { actorOf } from '../../platform/auth/actor';
import { Authorize, CurrentAbility, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ApiPage, type Page } from '../../platform/http/pagination';
import { Clock } from '../../platform/clock/clock';
import {
  ApproveVersionDto,
  CreateTemplateDto,
  CreateVersionDto,
  DiffQueryDto,
  DiffResponseDto,
  EditDraftDto,
  ListTemplatesQueryDto,
  PreviewDto,
  PreviewResponseDto,
  ReasonDto,
  TemplateIdParamDto,
  TemplateResponseDto,
  TemplateVersionResponseDto,
  VersionWriteDto,
} from './dtos/template.dtos';
import { TemplateQueriesService } from './template-queries.service';
import { TemplateWorkflowService } from './template-workflow.service';
import { templateToDto, versionToDto } from './templates.mapper';

@ApiTags('templates')
@Controller('v1/templates')
export class TemplatesController {
  constructor(
    private readonly workflow: TemplateWorkflowService,
    private readonly queries: TemplateQueriesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Authorize(Action.Read, Subject.Template)
  @ApiPage(TemplateResponseDto, 'Templates with the versions that match the filters, by key')
  list(
    @CurrentAbility() ability: AppAbility,
    @Query() q: ListTemplatesQueryDto,
  ): Promise<Page<TemplateResponseDto>> {
    return this.queries.list(ability, q);
  }

  @Post()
  @Authorize(Action.Create, Subject.Template)
  @ApiErrors(409, 422)
  @ApiCreatedResponse({
    type: TemplateResponseDto,
    description: 'The template and its first (draft) version',
  })
  async create(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Body() body: CreateTemplateDto,
  ): Promise<TemplateResponseDto> {
    const r = await this.workflow.create(actorOf(principal), ability, body);
    return templateToDto(r.template, r.versions, this.clock.now());
  }

  @Get('records.csv')
  @Authorize(Action.Read, Subject.TemplateVersion)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="template-records.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Per version: author, approver, approval date, review-due date, first and last use (for examiners)',
    schema: { type: 'string' },
  })
  records(@CurrentAbility() ability: AppAbility): Promise<string> {
    return this.queries.recordsCsv(ability);
  }

  @Get(':id')
  @Authorize(Action.Read, Subject.Template)
  @ApiErrors(404)
  @ApiOkResponse({
    type: TemplateResponseDto,
    description: 'Every version you may read, with its history',
  })
  detail(
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
  ): Promise<TemplateResponseDto> {
    return this.queries.detail(ability, p.id);
  }

  @Post(':id/versions')
  @Authorize(Action.Update, Subject.Template)
  @ApiErrors(404, 422)
  @ApiCreatedResponse({ type: TemplateVersionResponseDto, description: 'A new draft version' })
  async newVersion(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Body() body: CreateVersionDto,
  ): Promise<TemplateVersionResponseDto> {
    const v = await this.workflow.newVersion(actorOf(principal), ability, p.id, body);
    return versionToDto(v, this.clock.now());
  }
}

@ApiTags('templates')
@Controller('v1/template-versions')
export class TemplateVersionsController {
  constructor(
    private readonly workflow: TemplateWorkflowService,
    private readonly queries: TemplateQueriesService,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Authorize(Action.Read, Subject.TemplateVersion)
  @ApiErrors(404)
  @ApiOkResponse({ type: TemplateVersionResponseDto })
  get(
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
  ): Promise<TemplateVersionResponseDto> {
    return this.queries.version(ability, p.id);
  }

  @Patch(':id')
  @Authorize(Action.Update, Subject.TemplateVersion)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({
    type: TemplateVersionResponseDto,
    description: 'The draft, changed; you become one of its contributors',
  })
  async edit(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Body() body: EditDraftDto,
  ): Promise<TemplateVersionResponseDto> {
    return this.out(await this.workflow.editDraft(actorOf(principal), ability, p.id, body));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authorize(Action.Submit, Subject.TemplateVersion)
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: TemplateVersionResponseDto })
  async submit(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Body() body: VersionWriteDto,
  ): Promise<TemplateVersionResponseDto> {
    return this.out(await this.workflow.submit(actorOf(principal), ability, p.id, body?.version));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorize(Action.Approve, Subject.TemplateVersion)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({
    type: TemplateVersionResponseDto,
    description:
      'Approved (or re-approved) with a review-due date; 403 SELF_APPROVAL for its authors',
  })
  async approve(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Body() body: ApproveVersionDto,
  ): Promise<TemplateVersionResponseDto> {
    return this.out(await this.workflow.approve(actorOf(principal), ability, p.id, body ?? {}));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorize(Action.Reject, Subject.TemplateVersion)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: TemplateVersionResponseDto })
  async reject(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Body() body: ReasonDto,
  ): Promise<TemplateVersionResponseDto> {
    return this.out(await this.workflow.reject(actorOf(principal), ability, p.id, body));
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Authorize(Action.Retire, Subject.TemplateVersion)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: TemplateVersionResponseDto })
  async retire(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Body() body: ReasonDto,
  ): Promise<TemplateVersionResponseDto> {
    return this.out(await this.workflow.retire(actorOf(principal), ability, p.id, body));
  }

  @Post(':id/preview')
  @HttpCode(200)
  @Authorize(Action.Read, Subject.TemplateVersion)
  @ApiErrors(404, 422)
  @ApiOkResponse({
    type: PreviewResponseDto,
    description: 'The rendered text, or 422 TEMPLATE_RENDER_REFUSED listing every problem',
  })
  preview(
    @CurrentPrincipal() principal: Principal,
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Body() body: PreviewDto,
  ): Promise<PreviewResponseDto> {
    return this.queries.preview(
      ability,
      { id: principal.sub, name: principal.name },
      p.id,
      body.channel,
      body.variables ?? {},
    );
  }

  @Get(':id/diff')
  @Authorize(Action.Read, Subject.TemplateVersion)
  @ApiErrors(404)
  @ApiOkResponse({
    type: DiffResponseDto,
    description: 'A line diff per channel against another version',
  })
  diff(
    @CurrentAbility() ability: AppAbility,
    @Param() p: TemplateIdParamDto,
    @Query() q: DiffQueryDto,
  ): Promise<DiffResponseDto> {
    return this.queries.diff(ability, p.id, q.against);
  }

  private out(v: Parameters<typeof versionToDto>[0]): TemplateVersionResponseDto {
    return versionToDto(v, this.clock.now());
  }
}
