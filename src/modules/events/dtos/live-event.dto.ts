import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LIVE_EVENT_TYPES, type LiveEventType } from '../core/live-event';

/** The JSON of one event's `data:` line on GET /v1/events. Ids only, never text. */
export class LiveEventDto {
  @ApiProperty({ enum: LIVE_EVENT_TYPES, enumName: 'LiveEventType' })
  type!: LiveEventType;

  @ApiPropertyOptional({ format: 'uuid', description: 'The conversation the event is about' })
  conversationId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The reply (draft) the event is about (reply.updated, review.updated)',
  })
  replyId?: string;

  @ApiProperty({ format: 'date-time', description: 'When the change was committed' })
  at!: string;
}
