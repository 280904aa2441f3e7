import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventsListener } from './events.listener';
import { EventsService } from './events.service';

/** Live updates: GET /v1/events, fed by PostgreSQL LISTEN/NOTIFY (migration LiveEvents). */
@Module({
  controllers: [EventsController],
  providers: [EventsService, EventsListener],
  exports: [EventsService],
})
export class EventsModule {}
