import { ApiProperty } from '@nestjs/swagger';

export class SandboxDeliveryResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The outbox row the dispatcher sent' }) idempotencyKey!: string;
  @ApiProperty() platform!: string;
  @ApiProperty({ enum: ['comment_reply', 'direct_message', 'post'] }) kind!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty({ nullable: true, type: String }) inReplyTo!: string | null;
  @ApiProperty({ nullable: true, type: String }) recipientId!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty() platformMessageId!: string;
  @ApiProperty({ format: 'date-time' }) deliveredAt!: string;
  @ApiProperty({
    description: 'Sends repeated with the same idempotency key (a duplicate shows here)',
  })
  repeatSends!: number;
}
