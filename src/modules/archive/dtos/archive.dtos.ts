import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../../platform/http/pagination';
import { FreeText } from '../../../platform/validation/free-text';
import { IsSubjectId, SUBJECT_ID_MAX_LENGTH } from '../../subjects';
import { IsSafeInteger } from '../../../platform/validation/safe-integer';

export class RangeQueryDto {
  @ApiPropertyOptional({ description: 'First seq (inclusive)', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsSafeInteger()
  @Min(0)
  from?: number;

  @ApiPropertyOptional({ description: 'End seq (exclusive); defaults to from + limit' })
  @IsOptional()
  @Type(() => Number)
  @IsSafeInteger()
  @Min(0)
  to?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

/** `?ref=&id=` plus `?cursor=&limit=`: one page of the entries with a reference. */
export class RefQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'Reference name, e.g. conversation, subject, legalHold',
    example: 'conversation',
  })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)
  ref!: string;

  @ApiProperty({ description: 'Reference value', example: 'c_123', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  id!: string;
}

/** `?active=` plus `?cursor=&limit=`: one page of legal holds, newest first. */
export class HoldsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    description: 'false lists released holds too; active ones only by default',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class EntryIdParamDto {
  @ApiProperty({ format: 'uuid', description: 'The entry’s entryId' })
  @IsUUID()
  entryId!: string;
}

export class UuidParamDto {
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  @IsUUID()
  id!: string;
}

export class ExportFileQueryDto {
  @ApiProperty({ description: 'A path the export’s manifest lists', example: 'entries.jsonl' })
  @IsString()
  @MaxLength(256)
  path!: string;
}

export class InclusionQueryDto {
  @ApiProperty({ description: 'The entry’s seq (Merkle leaf index, from 0)' })
  @Type(() => Number)
  @IsSafeInteger()
  @Min(0)
  seq!: number;

  @ApiProperty({ description: 'Tree size the proof is for (e.g. a checkpoint’s size)' })
  @Type(() => Number)
  @IsSafeInteger()
  @Min(1)
  size!: number;
}

export class ConsistencyQueryDto {
  @ApiProperty({ description: 'Older tree size' })
  @Type(() => Number)
  @IsSafeInteger()
  @Min(0)
  from!: number;

  @ApiProperty({ description: 'Newer tree size' })
  @Type(() => Number)
  @IsSafeInteger()
  @Min(0)
  to!: number;
}

export class CreateExportDto {
  @ApiPropertyOptional({ description: 'First seq (inclusive); default 0' })
  @IsOptional()
  @IsSafeInteger()
  @Min(0)
  from?: number;

  @ApiPropertyOptional({ description: 'End seq (exclusive); default the latest checkpoint size' })
  @IsOptional()
  @IsSafeInteger()
  @Min(0)
  to?: number;

  @ApiPropertyOptional({
    description: 'Instead of a range: export the range covering every entry with these references',
    example: { conversation: 'c_123' },
  })
  @IsOptional()
  @IsObject()
  refs?: Record<string, string>;
}

/** The longest reason archived with an erasure or a legal hold. */
export const REASON_MAX_LENGTH = 500;

export class EraseSubjectDto {
  @ApiProperty({
    example: 'DSR-2026-0077',
    maxLength: REASON_MAX_LENGTH,
    description:
      'Why (e.g. the erasure request’s reference); archived in clear, so a sensitive value is refused (422)',
  })
  @IsNotEmpty()
  @FreeText({ maxLength: REASON_MAX_LENGTH })
  reason!: string;
}

export class PlaceHoldDto {
  @ApiProperty({ example: 'customer:8812', maxLength: SUBJECT_ID_MAX_LENGTH })
  @IsSubjectId()
  subjectId!: string;

  @ApiProperty({
    example: 'Litigation 2026-CV-0142',
    maxLength: REASON_MAX_LENGTH,
    description: 'Archived in clear, so a sensitive value is refused (422)',
  })
  @IsNotEmpty()
  @FreeText({ maxLength: REASON_MAX_LENGTH })
  reason!: string;
}

export class ReleaseHoldDto {
  @ApiProperty({
    example: 'Case closed',
    maxLength: REASON_MAX_LENGTH,
    description: 'Archived in clear, so a sensitive value is refused (422)',
  })
  @IsNotEmpty()
  @FreeText({ maxLength: REASON_MAX_LENGTH })
  reason!: string;
}

export class CheckpointResponseDto {
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'Root hash, base64' }) root!: string;
  @ApiProperty({ description: 'The C2SP signed note' }) note!: string;
  @ApiProperty() keyFingerprint!: string;
  @ApiProperty() createdAt!: string;
}

export class ArchiveEntryResponseDto {
  @ApiProperty() seq!: number;
  @ApiProperty() entryId!: string;
  @ApiProperty() stream!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ description: 'The envelope; sealed originals stay encrypted', type: Object })
  envelope!: Record<string, unknown>;
  @ApiProperty({ description: 'The exact canonical bytes (UTF-8) that were hashed' })
  canonical!: string;
  @ApiProperty({ description: 'RFC 6962 leaf hash, base64' }) leafHash!: string;
  @ApiProperty({ description: 'Whether the sealed originals were crypto-shredded' })
  erased!: boolean;
}

export class EntriesResponseDto {
  @ApiProperty({ type: [ArchiveEntryResponseDto] }) entries!: ArchiveEntryResponseDto[];
  @ApiProperty({ description: 'Entries integrated so far (the tree size)' }) size!: number;
}

export class InclusionProofResponseDto {
  @ApiProperty() seq!: number;
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'base64' }) leafHash!: string;
  @ApiProperty({ type: [String], description: 'Audit path, base64 hashes, leaf to root' })
  proof!: string[];
}

export class ConsistencyProofResponseDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [String], description: 'base64 hashes' }) proof!: string[];
}

export class ExportResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The bundle manifest', type: Object }) manifest!: Record<
    string,
    unknown
  >;
  @ApiProperty({ type: [String], description: 'Download paths of the bundle files' })
  files!: string[];
}

export class LegalHoldResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() subjectId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() placedBy!: string;
  @ApiProperty() placedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) releasedBy!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) releasedAt!: string | null;
}

export class EraseResponseDto {
  @ApiProperty() subjectId!: string;
  @ApiProperty({ description: 'The subject.erased archive entry' }) entryId!: string;
}
