import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';

/** DTO classes and the properties of each that hold free text typed by a person. */
const FREE_TEXT_FIELDS = new Map<object, Set<string>>();

export interface FreeTextOptions {
  maxLength: number;
}

/**
 * Marks a DTO property as free text typed by a person (a reason, a note, an
 * outcome). Besides being a bounded string, every such value is classified
 * before anything stores it: a sensitive value (card, account, SSN, …) is
 * refused with 422 naming the field, so it never reaches a table or the
 * append-only archive, where it could not be deleted (DESIGN invariant 6).
 * The screening itself is done by the classification module's global pipe.
 */
export function FreeText(options: FreeTextOptions): PropertyDecorator {
  const mark: PropertyDecorator = (target, property) => {
    const ctor = target.constructor;
    let fields = FREE_TEXT_FIELDS.get(ctor);
    if (!fields) FREE_TEXT_FIELDS.set(ctor, (fields = new Set()));
    fields.add(String(property));
  };
  return applyDecorators(IsString(), MaxLength(options.maxLength), mark);
}

/** The free-text properties of a DTO class, walking its prototype chain. */
export function freeTextFieldsOf(ctor: unknown): string[] {
  const out: string[] = [];
  let c = ctor as { prototype?: unknown } | null;
  while (c && c !== Function.prototype) {
    for (const f of FREE_TEXT_FIELDS.get(c) ?? []) if (!out.includes(f)) out.push(f);
    c = Object.getPrototypeOf(c) as { prototype?: unknown } | null;
  }
  return out;
}

/** Every DTO class with a free-text field (for the test that walks them all). */
export function dtosWithFreeText(): Array<{ dto: object; fields: string[] }> {
  return [...FREE_TEXT_FIELDS.keys()].map((dto) => ({ dto, fields: freeTextFieldsOf(dto) }));
}

export interface FreeTextValue {
  /** The field path as the client sent it, e.g. `reason` or `variables.note`. */
  field: string;
  text: string;
}

/** Collects the free-text values of a validated DTO instance, nested DTOs included. */
export function collectFreeText(value: unknown, prefix = ''): FreeTextValue[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => collectFreeText(v, `${prefix}[${i}]`));
  }
  const out: FreeTextValue[] = [];
  const fields = freeTextFieldsOf(value.constructor);
  const obj = value as Record<string, unknown>;
  for (const f of fields) {
    const v = obj[f];
    if (typeof v === 'string' && v.length > 0) {
      out.push({ field: prefix ? `${prefix}.${f}` : f, text: v });
    }
  }
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object' && !fields.includes(k)) {
      out.push(...collectFreeText(v, prefix ? `${prefix}.${k}` : k));
    }
  }
  return out;
}
