import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { actorOf } from '../../platform/auth/actor';
import { ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { SubjectIdParamDto } from '../subjects';
import { ArchiveQueries } from './archive.queries';
import {
  ArchiveEntryResponseDto,
  CheckpointResponseDto,
  ConsistencyProofResponseDto,
  ConsistencyQueryDto,
  CreateExportDto,
  EntriesResponseDto,
  EraseResponseDto,
  EraseSubjectDto,
  ExportResponseDto,
  InclusionProofResponseDto,
  InclusionQueryDto,
  LegalHoldResponseDto,
  PlaceHoldDto,
  RangeQueryDto,
  RefQueryDto,
  ReleaseHoldDto,
} from './dtos/archive.dtos';

@ApiTags('archive')
@Controller('v1/archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveQueries) {}

  @Get('checkpoints/latest')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiErrors(404)
  @ApiOkResponse({ type: CheckpointResponseDto })
  latestCheckpoint(): Promise<CheckpointResponseDto> {
    return this.archive.latestCheckpoint();
  }

  @Get('entries')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiOkResponse({ type: EntriesResponseDto })
  entries(@Query() q: RangeQueryDto): Promise<EntriesResponseDto> {
    return this.archive.entries(q);
  }

  @Get('entries/by-ref')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiOkResponse({
    type: EntriesResponseDto,
    description: 'Every entry with the reference, every version',
  })
  entriesByRef(@Query() q: RefQueryDto): Promise<EntriesResponseDto> {
    return this.archive.entriesByRef(q);
  }

  @Get('entries/:entryId')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiErrors(404)
  @ApiOkResponse({ type: ArchiveEntryResponseDto })
  entry(@Param('entryId') entryId: string): Promise<ArchiveEntryResponseDto> {
    return this.archive.entry(entryId);
  }

  @Get('proofs/inclusion')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiOkResponse({ type: InclusionProofResponseDto })
  inclusion(@Query() q: InclusionQueryDto): Promise<InclusionProofResponseDto> {
    return this.archive.inclusion(q.seq, q.size);
  }

  @Get('proofs/consistency')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiOkResponse({ type: ConsistencyProofResponseDto })
  consistency(@Query() q: ConsistencyQueryDto): Promise<ConsistencyProofResponseDto> {
    return this.archive.consistency(q.from, q.to);
  }

  @Post('exports')
  @Authorize(Action.Export, Subject.ArchiveExport)
  @ApiErrors(404)
  @ApiCreatedResponse({ type: ExportResponseDto })
  createExport(
    @Body() body: CreateExportDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<ExportResponseDto> {
    return this.archive.createExport(body, actorOf(p));
  }

  @Get('exports/:id/files')
  @Authorize(Action.Export, Subject.ArchiveExport)
  @ApiErrors(404)
  @ApiOkResponse({
    description: 'One file of the bundle, by its manifest path (?path=entries.jsonl)',
  })
  exportFile(
    @Param('id') id: string,
    @Query('path') path: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): StreamableFile {
    const file = this.archive.exportFile(id, path);
    void reply.header('content-type', file.contentType);
    return new StreamableFile(file.stream);
  }

  @Post('subjects/:subjectId/erase')
  @HttpCode(200)
  @Authorize(Action.Erase, Subject.DataSubject)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: EraseResponseDto })
  erase(
    @Param() params: SubjectIdParamDto,
    @Body() body: EraseSubjectDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<EraseResponseDto> {
    return this.archive.erase(params.subjectId, body.reason, actorOf(p));
  }

  @Get('holds')
  @Authorize(Action.Read, Subject.LegalHold)
  @ApiOkResponse({ type: [LegalHoldResponseDto] })
  @ApiQuery({
    name: 'active',
    required: false,
    enum: ['true', 'false'],
    description: 'false lists released holds too; active ones only by default',
  })
  holds(@Query('active') active?: string): Promise<LegalHoldResponseDto[]> {
    return this.archive.holds(active !== 'false');
  }

  @Post('holds')
  @Authorize(Action.Create, Subject.LegalHold)
  @ApiErrors(409)
  @ApiCreatedResponse({ type: LegalHoldResponseDto })
  placeHold(
    @Body() body: PlaceHoldDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<LegalHoldResponseDto> {
    return this.archive.placeHold(body.subjectId, body.reason, actorOf(p));
  }

  @Delete('holds/:id')
  @Authorize(Action.Delete, Subject.LegalHold)
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: LegalHoldResponseDto })
  releaseHold(
    @Param('id') id: string,
    @Body() body: ReleaseHoldDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<LegalHoldResponseDto> {
    return this.archive.releaseHold(id, body.reason, actorOf(p));
  }
}
