/** The classification module's public API for other modules; `./core` is the pure library. */
export * from './core';
export { ClassificationModule } from './classification.module';
export { ClassificationService } from './classification.service';
export { FreeTextScreeningPipe, type RefusedField } from './free-text-screening.pipe';
