import type { ClassificationResult } from './core/classification.types';
import type { ClassifyResponseDto } from './dtos/classify.dto';

/** The API's view of a classification: masked previews, never the values. */
export function toClassifyResponse(r: ClassificationResult): ClassifyResponseDto {
  return {
    entities: r.entities.map((e) => ({
      type: e.type,
      start: e.start,
      end: e.end,
      detector: e.detector,
      confidence: e.confidence,
      preview: e.preview,
    })),
    intents: r.intents.map((i) => ({
      intent: i.intent,
      confidence: i.confidence,
      ruleIds: [...i.ruleIds],
      ...(i.model === undefined ? {} : { model: { id: i.model.id, score: i.model.score } }),
    })),
    decision: {
      ...r.decision,
      actions: [...r.decision.actions],
      signoffRoles: [...r.decision.signoffRoles],
      ruleIds: [...r.decision.ruleIds],
    },
  };
}

/** The response body as JSON text. */
export function classifyResponseJson(r: ClassificationResult): string {
  return JSON.stringify(toClassifyResponse(r));
}

/** The response body as UTF-8 JSON bytes. */
export function classifyResponseBody(r: ClassificationResult): Buffer {
  return Buffer.from(classifyResponseJson(r), 'utf8');
}
