import { Module } from '@nestjs/common';
import { ArchiveModule } from '../archive';
import { PolicyModule } from '../policy';
import { SubjectsModule } from '../subjects';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService } from './conversations.service';
import { SlaPolicy } from './sla-policy';

@Module({
  imports: [ArchiveModule, PolicyModule, SubjectsModule],
  providers: [ConversationsRepository, ConversationsService, SlaPolicy],
  exports: [ConversationsService],
})
export class ConversationsModule {}
