import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy';
import { ClassificationController } from './classification.controller';
import { ClassificationService } from './classification.service';
import { FreeTextScreeningPipe } from './free-text-screening.pipe';

@Module({
  imports: [PolicyModule],
  controllers: [ClassificationController],
  providers: [ClassificationService, FreeTextScreeningPipe],
  exports: [ClassificationService, FreeTextScreeningPipe],
})
export class ClassificationModule {}
