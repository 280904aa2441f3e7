import { Module } from '@nestjs/common';
import { ArchiveModule } from '../archive';
import { PolicyModule } from '../policy';
import { SubjectsModule } from '../subjects';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsService } from './complaints.service';
import { ConversationsController } from './conversations.controller';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService } from './conversations.service';
import { InboxService } from './inbox.service';
import { OfflineRoutingService } from './offline-routing.service';
import { SlaBreachWorker } from './sla-breach.worker';
import { SlaPolicy } from './sla-policy';

@Module({
  imports: [ArchiveModule, PolicyModule, SubjectsModule],
  controllers: [ConversationsController, ComplaintsController],
  providers: [
    ConversationsRepository,
    ConversationsService,
    SlaPolicy,
    InboxService,
    OfflineRoutingService,
    ComplaintsService,
    SlaBreachWorker,
  ],
  exports: [ConversationsService],
})
export class ConversationsModule {}
