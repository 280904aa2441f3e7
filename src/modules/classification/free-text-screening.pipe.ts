import { Injectable, type PipeTransform } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { collectFreeText, type FreeTextValue } from '../../platform/validation/free-text';
import { ClassificationService } from './classification.service';

export interface RefusedField {
  field: string;
  types: string[];
}

/**
 * Global pipe, after validation: every `@FreeText()` value of the request's
 * DTOs is classified, and a sensitive value refuses the whole request with
 * 422 SENSITIVE_TEXT_REFUSED naming the fields and entity types, never the
 * value. Services that store free text from elsewhere call `screen` directly.
 */
@Injectable()
export class FreeTextScreeningPipe implements PipeTransform {
  constructor(private readonly classification: ClassificationService) {}

  transform(value: unknown): unknown {
    this.screen(collectFreeText(value));
    return value;
  }

  screen(values: FreeTextValue[]): void {
    const refused = this.findSensitive(values);
    if (refused.length > 0) {
      throw new PlatformError(
        PlatformErrorCode.SENSITIVE_TEXT_REFUSED,
        'A free-text field holds a sensitive value; remove it and send again.',
        refused,
      );
    }
  }

  findSensitive(values: FreeTextValue[]): RefusedField[] {
    const refused: RefusedField[] = [];
    for (const { field, text } of values) {
      const { entities } = this.classification.classify(text, {});
      if (entities.length > 0) {
        refused.push({ field, types: [...new Set(entities.map((e) => e.type))].sort() });
      }
    }
    return refused;
  }
}
