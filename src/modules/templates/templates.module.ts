import { Module } from '@nestjs/common';
import { ArchiveModule } from '../archive';
import { ClassificationModule } from '../classification';
import { PolicyModule } from '../policy';
import { TemplateLibraryService, TemplateDevSeed } from './template-library.service';
import { TemplateQueriesService } from './template-queries.service';
import { TemplateWorkflowService } from './template-workflow.service';
import { TemplatesController, TemplateVersionsController } from './templates.controller';
import { TemplatesRepository } from './templates.repository';
import { TemplatesService } from './templates.service';

@Module({
  imports: [ArchiveModule, PolicyModule, ClassificationModule],
  controllers: [TemplatesController, TemplateVersionsController],
  providers: [
    TemplatesRepository,
    TemplatesService,
    TemplateWorkflowService,
    TemplateQueriesService,
    TemplateLibraryService,
  ],
  exports: [TemplatesService, TemplateLibraryService],
})
export class TemplatesModule {}

/** The development seed at start-up; the HTTP app imports it, CLI commands do not. */
@Module({
  imports: [TemplatesModule],
  providers: [TemplateDevSeed],
})
export class TemplatesDevSeedModule {}
