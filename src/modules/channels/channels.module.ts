import { Module } from '@nestjs/common';
import { ArchiveModule } from '../archive';
import { ClassificationModule } from '../classification';
import { ConversationsModule } from '../conversations';
import { PolicyModule } from '../policy';
import { SubjectsModule } from '../subjects';
import { ChannelSecretsHolder } from './channel-secrets.holder';
import { ChannelsController } from './channels.controller';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService } from './channels.service';
import { InboundUseCase } from './inbound.usecase';
import { IntakeService } from './intake.service';
import { WebhooksController } from './webhooks.controller';

@Module({
  imports: [PolicyModule, ClassificationModule, ArchiveModule, SubjectsModule, ConversationsModule],
  controllers: [ChannelsController, WebhooksController],
  providers: [
    ChannelsService,
    ChannelsRepository,
    ChannelSecretsHolder,
    IntakeService,
    InboundUseCase,
  ],
  exports: [ChannelsService],
})
export class ChannelsModule {}
