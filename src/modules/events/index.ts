/**
 * The events module's public API: live updates for the console. Other modules
 * need not call it: the database announces their changes (migration LiveEvents).
 */
export { EventsModule } from './events.module';
export { EventsService } from './events.service';
export { LIVE_EVENT_TYPES, type LiveEvent, type LiveEventType } from './core/live-event';
