import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize, CurrentAbility } from '../../platform/auth/auth.decorators';
import { LiveEventDto } from './dtos/live-event.dto';
import { EventsService } from './events.service';

/** Ask an EventSource-style client to wait this long before it reconnects. */
const RETRY_MS = 2000;

@ApiTags('events')
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Authorize(Action.Read, Subject.Event)
  @ApiOperation({
    summary: 'Live updates as server-sent events',
    description:
      'A `text/event-stream` that stays open. Each event is one `data:` line of JSON (LiveEventDto): ' +
      '`{ "type", "conversationId"?, "replyId"?, "at" }`, ids only, never text. An event about a ' +
      'conversation is sent only to a caller who may read that conversation. A comment line ' +
      '(`: heartbeat`) comes every 15 s; the stream ends after 15 minutes, or when the service ' +
      'stops or its database listener had to reconnect: reconnect, refetch what is shown, carry on. ' +
      'Fed by PostgreSQL LISTEN/NOTIFY, so a change made through any replica reaches every stream.',
  })
  @ApiProduces('text/event-stream')
  @ApiExtraModels(LiveEventDto)
  @ApiOkResponse({
    description: 'The event stream; each `data:` is a LiveEventDto',
    content: {
      'text/event-stream': {
        schema: {
          type: 'string',
          description: `Server-sent events whose data is ${getSchemaPath(LiveEventDto)}`,
          example:
            'data: {"type":"message.received","conversationId":"0c1e…","at":"2026-01-05T09:00:00.000Z"}\n\n',
        },
      },
    },
  })
  stream(@CurrentAbility() ability: AppAbility, @Res() reply: FastifyReply): void {
    // The socket's idle time-out guards request reading; a stream stays open on purpose,
    // kept alive by heartbeats and dropped when its client stops reading.
    // (An injected request, as in tests and tools, has no real socket to set.)
    const socket = reply.raw.socket as { setTimeout?: (ms: number) => unknown } | null;
    if (typeof socket?.setTimeout === 'function') socket.setTimeout(0);
    const body = new PassThrough();
    body.once('close', this.events.open(ability, body));
    // The first bytes send the headers at once, so the client knows the stream is open.
    body.write(`retry: ${RETRY_MS}\n: open\n\n`);
    void reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-store, no-transform')
      // nginx and similar proxies would otherwise buffer the stream.
      .header('x-accel-buffering', 'no')
      .send(body);
  }
}
