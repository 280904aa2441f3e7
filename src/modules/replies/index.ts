/** The replies module's public API for other modules. */
export { RepliesModule } from './replies.module';
export { CrisisService, type CrisisState } from './crisis.service';
export { OutboxDispatcher } from './outbox-dispatcher';
export { SentRepliesRecorder } from './sent-replies.recorder';
export { CsatWorker } from './csat.service';
export { RepliesError, RepliesErrorCode } from './replies.errors';
export type {
  LookupResult,
  OutboundMessage,
  SentMessage,
  Transport,
  TransportErrorKind,
} from './transports/transport';
