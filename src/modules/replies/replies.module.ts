import { Module } from '@nestjs/common';
import { ArchiveModule } from '../archive';
import { ChannelsModule } from '../channels';
import { ClassificationModule } from '../classification';
import { ConversationsModule } from '../conversations';
import { PolicyModule } from '../policy';
import { TemplatesModule } from '../templates';
import { CsatController } from './csat.controller';
import { CsatQueriesService } from './csat-queries.service';
import { CsatRepository } from './csat.repository';
import { CsatWorker } from './csat.service';
import { CrisisController } from './crisis.controller';
import { CrisisRepository } from './crisis.repository';
import { CrisisService } from './crisis.service';
import { OutboxDispatcher } from './outbox-dispatcher';
import { OutboxRepository } from './outbox.repository';
import { ReplyDraftsService } from './reply-drafts.service';
import { RepliesPolicy } from './replies-policy';
import { ReplyHandles } from './reply-handles';
import { ReplyQueriesService } from './reply-queries.service';
import { ConversationsOutboundRecorder, TemplatesAdapter } from './replies.adapters';
import { RepliesController } from './replies.controller';
import { OutboundRecorderPort, TemplatesPort } from './replies.ports';
import { RepliesRepository } from './replies.repository';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';
import { SandboxDeliveriesService } from './sandbox-deliveries.service';
import { SentRepliesRecorder } from './sent-replies.recorder';
import { SandboxRepository } from './sandbox.repository';
import { ScheduledPostsController } from './scheduled-posts.controller';
import { ScheduledPostsQueries } from './scheduled-posts.queries';
import { ScheduledPostsRepository } from './scheduled-posts.repository';
import { ScheduledPostsService } from './scheduled-posts.service';
import { TransportRegistry } from './transports/transport-registry';
import { TransportsController } from './transports.controller';

@Module({
  imports: [
    ArchiveModule,
    ChannelsModule,
    PolicyModule,
    ClassificationModule,
    ConversationsModule,
    TemplatesModule,
  ],
  controllers: [
    RepliesController,
    CrisisController,
    ScheduledPostsController,
    TransportsController,
    ReviewsController,
    CsatController,
  ],
  providers: [
    RepliesPolicy,
    RepliesRepository,
    OutboxRepository,
    ScheduledPostsRepository,
    CrisisRepository,
    SandboxRepository,
    ReplyHandles,
    TransportRegistry,
    { provide: TemplatesPort, useClass: TemplatesAdapter },
    { provide: OutboundRecorderPort, useClass: ConversationsOutboundRecorder },
    ReplyDraftsService,
    ReplyQueriesService,
    CrisisService,
    ScheduledPostsService,
    ScheduledPostsQueries,
    SandboxDeliveriesService,
    OutboxDispatcher,
    SentRepliesRecorder,
    ReviewsRepository,
    ReviewsService,
    CsatRepository,
    CsatWorker,
    CsatQueriesService,
  ],
  exports: [CrisisService, OutboxDispatcher, SentRepliesRecorder, CsatWorker],
})
export class RepliesModule {}
