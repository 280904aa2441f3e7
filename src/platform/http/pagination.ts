import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PlatformError, PlatformErrorCode } from '../errors/platform.errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/**
 * `?cursor=&limit=` for every list. Cursors are opaque to clients: base64url
 * of a small JSON position that only the list that issued it understands.
 * Extend this DTO with a list's own filters.
 */
export class PageQueryDto {
  @ApiProperty({ required: false, description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor is not a cursor this service issued' })
  cursor?: string;

  @ApiProperty({ required: false, minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back; `fields` names the keys and types the list expects, so a
 * cursor from another list or a forged one is a 400, never a query error.
 */
export function decodeCursor<K extends string>(
  cursor: string | undefined,
  fields: Record<K, 'string' | 'number'>,
): Record<K, string | number> | undefined {
  if (cursor === undefined) return undefined;
  const bad = () =>
    new PlatformError(PlatformErrorCode.BAD_REQUEST, 'The cursor is not valid for this list.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad();
  const obj = parsed as Record<string, unknown>;
  const out = {} as Record<K, string | number>;
  for (const [key, type] of Object.entries(fields) as [K, 'string' | 'number'][]) {
    const v = obj[key];
    if (type === 'number' && !(typeof v === 'number' && Number.isSafeInteger(v))) throw bad();
    if (type === 'string' && !(typeof v === 'string' && v.length <= 256 && !v.includes('\u0000')))
      throw bad();
    out[key] = v as string | number;
  }
  if (Object.keys(obj).length !== Object.keys(fields).length) throw bad();
  return out;
}

export function pageLimit(query: PageQueryDto): number {
  return query.limit ?? DEFAULT_PAGE_SIZE;
}

/**
 * Builds a page from `limit + 1` rows fetched in list order: the extra row only
 * says whether there is a next page; the cursor points after the last item.
 */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  positionOf: (row: R) => Record<string, string | number>,
  map: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return {
    items: kept.map(map),
    nextCursor: more ? encodeCursor(positionOf(kept[kept.length - 1])) : null,
  };
}

/** OpenAPI for a route answering `Page<Item>`. */
export const ApiPage = (item: ClassType<unknown>, description?: string): MethodDecorator =>
  applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          nextCursor: { type: 'string', nullable: true },
        },
      },
    }),
  );
