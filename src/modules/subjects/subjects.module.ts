import { Module } from '@nestjs/common';
import { SubjectKeysRepository } from './subject-keys.repository';
import { SubjectKeysService } from './subject-keys.service';

/** Data subjects: their data keys (crypto-shredding) and the rules for their ids. */
@Module({
  providers: [SubjectKeysRepository, SubjectKeysService],
  exports: [SubjectKeysService],
})
export class SubjectsModule {}
