import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isIn, isISO8601, isString, matches, maxLength, minLength } from 'class-validator';
import { createValidationPipe } from '../../../platform/errors/validation';
import { VISIBILITIES } from '../../policy/core';
import { CreateInboundMessageDto, HANDLE_ID, InboundAuthorDto, PLATFORM_ID } from './inbound.dto';

const BODY_KEYS = new Set([
  'handle',
  'externalId',
  'threadId',
  'author',
  'text',
  'visibility',
  'occurredAt',
  'inReplyTo',
]);
const AUTHOR_KEYS = new Set(['id', 'handle', 'name']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(o: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

const absentOr = (v: unknown, check: (v: unknown) => boolean): boolean =>
  v === undefined || check(v);

/**
 * The body of POST /v1/inbound as the global validation pipe would accept it,
 * checked with class-validator's own functions and the DTO's rules but
 * without its metadata lookups and class-transformer, which cost more than
 * the rest of a post's validation on the intake hot path. Undefined when
 * anything is not plainly valid (a property not declared, a null, a wrong
 * type, a rule broken): the full pipe then decides and words the errors, so
 * this only ever accepts what the DTO accepts.
 */
export function plainlyValidInbound(body: unknown): CreateInboundMessageDto | undefined {
  if (!isPlainObject(body) || !onlyKeys(body, BODY_KEYS)) return undefined;
  const author = body.author;
  if (!isPlainObject(author) || !onlyKeys(author, AUTHOR_KEYS)) return undefined;
  const platformId = (v: unknown) => isString(v) && matches(v, PLATFORM_ID);
  const name = (v: unknown) => isString(v) && maxLength(v, 200);
  const valid =
    isString(body.handle) &&
    matches(body.handle, HANDLE_ID) &&
    platformId(body.externalId) &&
    absentOr(body.threadId, platformId) &&
    platformId(author.id) &&
    maxLength(author.id, 80) &&
    absentOr(author.handle, name) &&
    absentOr(author.name, name) &&
    isString(body.text) &&
    minLength(body.text, 1) &&
    maxLength(body.text, 10_000) &&
    isIn(body.visibility, VISIBILITIES) &&
    absentOr(body.occurredAt, (v) => isISO8601(v, { strict: true })) &&
    absentOr(body.inReplyTo, platformId);
  if (!valid) return undefined;
  return Object.assign(new CreateInboundMessageDto(), body, {
    author: Object.assign(new InboundAuthorDto(), author),
  });
}

/**
 * Validates POST /v1/inbound bodies: plainly valid ones are taken as they
 * are (plainlyValidInbound), any other goes through the global validation
 * pipe, so the answer and its errors are the same as for every other route.
 */
@Injectable()
export class InboundBodyPipe implements PipeTransform<unknown, Promise<CreateInboundMessageDto>> {
  private readonly full = createValidationPipe();

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<CreateInboundMessageDto> {
    return (
      plainlyValidInbound(value) ??
      ((await this.full.transform(value, {
        ...metadata,
        metatype: CreateInboundMessageDto,
      })) as CreateInboundMessageDto)
    );
  }
}
