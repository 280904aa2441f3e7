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
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Action, Subject } from '../../platform/auth/access.enums';
import { actorOf } from '../../platform/auth/actor';
import { Authorize, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import {
  ApiPage,
  decodeCursor,
  pageLimit,
  pageOf,
  type Page,
} from '../../platform/http/pagination';
import { assertSubjectId, SubjectIdParamDto } from '../subjects';
import { ArchiveExportService } from './archive-export.service';
import { ArchiveMapper } from './archive.mapper';
import { ArchiveQueries } from './archive.queries';
import { CheckpointService } from './checkpoint.service';
import {
  ArchiveEntryResponseDto,
  CheckpointResponseDto,
  ConsistencyProofResponseDto,
  ConsistencyQueryDto,
  CreateExportDto,
  EntriesResponseDto,
  EntryIdParamDto,
  EraseResponseDto,
  EraseSubjectDto,
  ExportFileQueryDto,
  ExportResponseDto,
  HoldsQueryDto,
  InclusionProofResponseDto,
  InclusionQueryDto,
  LegalHoldResponseDto,
  PlaceHoldDto,
  RangeQueryDto,
  RefQueryDto,
  ReleaseHoldDto,
  UuidParamDto,
} from './dtos/archive.dtos';
import { ErasureService } from './erasure.service';
import { ProofService } from './proof.service';

const DEFAULT_RANGE_LIMIT = 100;
/** A hold's position in its list: placed_at to the microsecond (a real instant), and its id. */
const HOLD_POSITION = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const isHoldPosition = (s: string): boolean => {
  const ms = Date.parse(s);
  return (
    HOLD_POSITION.test(s) &&
    !Number.isNaN(ms) &&
    new Date(ms).toISOString().slice(0, 19) === s.slice(0, 19)
  );
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@ApiTags('archive')
@ApiExtraModels(ArchiveEntryResponseDto, LegalHoldResponseDto)
@Controller('v1/archive')
export class ArchiveController {
  constructor(
    private readonly queries: ArchiveQueries,
    private readonly checkpoints: CheckpointService,
    private readonly proofs: ProofService,
    private readonly exports: ArchiveExportService,
    private readonly erasure: ErasureService,
  ) {}

  @Get('checkpoints/latest')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiErrors(404)
  @ApiOkResponse({ type: CheckpointResponseDto })
  async latestCheckpoint(): Promise<CheckpointResponseDto> {
    return ArchiveMapper.checkpoint(await this.checkpoints.latestCheckpoint());
  }

  @Get('entries')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiOkResponse({ type: EntriesResponseDto })
  async entries(@Query() q: RangeQueryDto): Promise<EntriesResponseDto> {
    const limit = q.limit ?? DEFAULT_RANGE_LIMIT;
    const from = q.from ?? 0;
    const to = q.to ?? from + limit;
    return ArchiveMapper.entries(await this.queries.entries(from, to, limit));
  }

  @Get('entries/by-ref')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiPage(ArchiveEntryResponseDto, 'Every entry with the reference, every version, in seq order')
  async entriesByRef(@Query() q: RefQueryDto): Promise<Page<ArchiveEntryResponseDto>> {
    // A subject is named by the same rule everywhere.
    if (q.ref === 'subject') assertSubjectId(q.id, 'id');
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { seq: 'number' });
    const view = await this.queries.entriesByRef(
      { [q.ref]: q.id },
      limit + 1,
      after?.seq as number | undefined,
    );
    const page = pageOf(
      view.rows,
      limit,
      (r) => ({ seq: r.seq }),
      (r) => r,
    );
    return ArchiveMapper.entryPage(view, page);
  }

  @Get('entries/:entryId')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiErrors(404)
  @ApiOkResponse({ type: ArchiveEntryResponseDto })
  async entry(@Param() p: EntryIdParamDto): Promise<ArchiveEntryResponseDto> {
    const view = await this.queries.entry(p.entryId);
    return ArchiveMapper.entry(view.rows[0], view.erasedKeys);
  }

  @Get('proofs/inclusion')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiOkResponse({ type: InclusionProofResponseDto })
  async inclusion(@Query() q: InclusionQueryDto): Promise<InclusionProofResponseDto> {
    return ArchiveMapper.inclusion(q.seq, q.size, await this.proofs.inclusionProof(q.seq, q.size));
  }

  @Get('proofs/consistency')
  @Authorize(Action.Read, Subject.ArchiveEntry)
  @ApiOkResponse({ type: ConsistencyProofResponseDto })
  async consistency(@Query() q: ConsistencyQueryDto): Promise<ConsistencyProofResponseDto> {
    return ArchiveMapper.consistency(
      q.from,
      q.to,
      await this.proofs.consistencyProof(q.from, q.to),
    );
  }

  @Post('exports')
  @Authorize(Action.Export, Subject.ArchiveExport)
  @ApiErrors(404)
  @ApiCreatedResponse({ type: ExportResponseDto })
  async createExport(
    @Body() body: CreateExportDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ExportResponseDto> {
    const result = await this.exports.export({
      from: body.from,
      to: body.to,
      refs: body.refs,
      exporter: actorOf(principal),
    });
    return ArchiveMapper.export(result);
  }

  @Get('exports/:id/files')
  @Authorize(Action.Export, Subject.ArchiveExport)
  @ApiErrors(404)
  @ApiOkResponse({
    description: 'One file of the bundle, by its manifest path (?path=entries.jsonl)',
  })
  async exportFile(
    @Param() p: UuidParamDto,
    @Query() q: ExportFileQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.queries.exportFile(p.id, q.path);
    void reply.header('content-type', file.contentType);
    return new StreamableFile(file.stream);
  }

  @Post('subjects/:subjectId/erase')
  @HttpCode(200)
  @Authorize(Action.Erase, Subject.DataSubject)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: EraseResponseDto })
  async erase(
    @Param() p: SubjectIdParamDto,
    @Body() body: EraseSubjectDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EraseResponseDto> {
    const entryId = await this.erasure.eraseSubject(p.subjectId, body.reason, actorOf(principal));
    return ArchiveMapper.erased(p.subjectId, entryId);
  }

  @Get('holds')
  @Authorize(Action.Read, Subject.LegalHold)
  @ApiPage(LegalHoldResponseDto, 'Legal holds, newest first')
  async holds(@Query() q: HoldsQueryDto): Promise<Page<LegalHoldResponseDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { placed: 'string', id: 'string' });
    if (after && !(isHoldPosition(String(after.placed)) && UUID.test(String(after.id)))) {
      throw new PlatformError(
        PlatformErrorCode.BAD_REQUEST,
        'The cursor is not valid for this list.',
      );
    }
    const rows = await this.erasure.holdsPage(
      q.active !== 'false',
      after ? { placedKey: String(after.placed), id: String(after.id) } : undefined,
      limit + 1,
    );
    return pageOf(
      rows,
      limit,
      (h) => ({ placed: h.placedKey, id: h.id }),
      (h) => ArchiveMapper.hold(h),
    );
  }

  @Post('holds')
  @Authorize(Action.Create, Subject.LegalHold)
  @ApiErrors(409, 422)
  @ApiCreatedResponse({ type: LegalHoldResponseDto })
  async placeHold(
    @Body() body: PlaceHoldDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LegalHoldResponseDto> {
    return ArchiveMapper.hold(
      await this.erasure.placeHold(body.subjectId, body.reason, actorOf(principal)),
    );
  }

  @Delete('holds/:id')
  @Authorize(Action.Delete, Subject.LegalHold)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: LegalHoldResponseDto })
  async releaseHold(
    @Param() p: UuidParamDto,
    @Body() body: ReleaseHoldDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LegalHoldResponseDto> {
    return ArchiveMapper.hold(
      await this.erasure.releaseHold(p.id, body.reason, actorOf(principal)),
    );
  }
}
