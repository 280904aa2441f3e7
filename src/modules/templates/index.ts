/** The templates module's public API for other modules; `./core` is the pure renderer. */
export { TemplatesModule, TemplatesDevSeedModule } from './templates.module';
export {
  TemplatesService,
  type RenderActor,
  type RenderedReply,
  type SuggestionQuery,
  type TemplateSuggestion,
  type UsableTemplateVersion,
} from './templates.service';
export {
  TemplateLibraryService,
  SEED_IMPORTER,
  SEED_OFFICER,
  type ImportReport,
  type ImportOptions,
} from './template-library.service';
export { TemplateError, TemplateErrorCode } from './templates.errors';
export type { Purpose, TemplateVisibility, VariableDeclaration } from './core';
