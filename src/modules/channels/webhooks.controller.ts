import {
  Controller,
  Get,
  Logger,
  Header,
  Post,
  Query,
  Req,
  Res,
  type RawBodyRequest,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/actor';
import { Public } from '../../platform/auth/auth.decorators';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ChannelSecretsHolder } from './channel-secrets.holder';
import { ChannelsError, ChannelsErrorCode } from './channels.errors';
import {
  normaliseMetaDelivery,
  normaliseXDelivery,
  safeEqual,
  verifyMetaSignature,
  verifyXSignature,
  xSignature,
  type DeliveryItem,
} from './core';
import { MetaVerifyQueryDto, WebhookAcceptedDto, XCrcQueryDto } from './dtos/inbound.dto';
import { IntakeService } from './intake.service';

const META_ACTOR: Actor = Object.freeze({ id: 'webhook:meta', roles: ['integration'] });
const X_ACTOR: Actor = Object.freeze({ id: 'webhook:x', roles: ['integration'] });

function rawBodyOf(req: RawBodyRequest<FastifyRequest>): Buffer {
  return Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.alloc(0);
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Platform webhooks: public routes, each authenticated by its platform's own
 * scheme (an HMAC of the raw body), compared in constant time.
 */
@ApiTags('webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  private readonly log = new Logger('Webhooks');

  constructor(
    private readonly intake: IntakeService,
    private readonly secrets: ChannelSecretsHolder,
  ) {}

  @Get('meta')
  @Public()
  @Header('content-type', 'text/plain; charset=utf-8')
  @ApiOkResponse({ description: 'The echoed hub.challenge' })
  @ApiErrors(403)
  verifyMeta(@Query() q: MetaVerifyQueryDto): string {
    const token = q['hub.verify_token'];
    const challenge = q['hub.challenge'];
    if (
      q['hub.mode'] !== 'subscribe' ||
      typeof token !== 'string' ||
      typeof challenge !== 'string' ||
      // No token configured (no Meta handle in production): nothing verifies.
      this.secrets.value.metaVerifyToken === '' ||
      !safeEqual(token, this.secrets.value.metaVerifyToken)
    ) {
      throw new ChannelsError(
        ChannelsErrorCode.WEBHOOK_VERIFICATION_FAILED,
        'Verification token does not match.',
      );
    }
    return challenge;
  }

  @Post('meta')
  @Public()
  @ApiOkResponse({ type: WebhookAcceptedDto, description: 'Stored (or seen before)' })
  @ApiAcceptedResponse({
    type: WebhookAcceptedDto,
    description: 'Nothing handled: archived as notes',
  })
  @ApiErrors(400, 401, 404)
  async meta(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookAcceptedDto> {
    if (
      !verifyMetaSignature(
        this.secrets.value.metaAppSecret,
        rawBodyOf(req),
        header(req, 'x-hub-signature-256'),
      )
    ) {
      throw this.signatureError('meta');
    }
    return this.deliver(
      'meta',
      normaliseMetaDelivery(req.body, this.intake.now()),
      META_ACTOR,
      reply,
    );
  }

  @Get('x')
  @Public()
  @ApiOkResponse({ description: '{ "response_token": "sha256=…" }' })
  @ApiErrors(400, 403)
  crc(@Query() q: XCrcQueryDto): { response_token: string } {
    if (this.secrets.value.xConsumerSecret === '') {
      // No secret configured (no X handle in production): an HMAC with an empty key proves nothing.
      throw new ChannelsError(
        ChannelsErrorCode.WEBHOOK_VERIFICATION_FAILED,
        'No X consumer secret is configured.',
      );
    }
    return { response_token: xSignature(this.secrets.value.xConsumerSecret, q.crc_token) };
  }

  @Post('x')
  @Public()
  @ApiOkResponse({ type: WebhookAcceptedDto, description: 'Stored (or seen before)' })
  @ApiAcceptedResponse({
    type: WebhookAcceptedDto,
    description: 'Nothing handled: archived as notes',
  })
  @ApiErrors(400, 401, 404)
  async x(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookAcceptedDto> {
    if (
      !verifyXSignature(
        this.secrets.value.xConsumerSecret,
        rawBodyOf(req),
        header(req, 'x-twitter-webhooks-signature'),
      )
    ) {
      throw this.signatureError('x');
    }
    return this.deliver('x', normaliseXDelivery(req.body, this.intake.now()), X_ACTOR, reply);
  }

  private async deliver(
    source: string,
    items: DeliveryItem[],
    actor: Actor,
    reply: FastifyReply,
  ): Promise<WebhookAcceptedDto> {
    if (items.length === 1 && items[0].kind === 'malformed' && items[0].accountId === undefined) {
      throw new ChannelsError(
        ChannelsErrorCode.WEBHOOK_PAYLOAD_INVALID,
        'Not a delivery of this platform.',
        {
          reason: items[0].reason,
        },
      );
    }
    if (!this.intake.knowsAnyAccount(source, items)) {
      throw new ChannelsError(
        ChannelsErrorCode.UNKNOWN_HANDLE,
        'No handle for the account this delivery names.',
      );
    }
    const r = await this.intake.deliver(source, items, actor);
    void reply.status(r.received + r.duplicates > 0 ? 200 : 202);
    return {
      received: r.received,
      duplicates: r.duplicates,
      ignored: r.ignored,
      malformed: r.malformed,
    };
  }

  /** Logged without the body or the header: a run of these is a probe or a wrong secret. */
  private signatureError(source: string): ChannelsError {
    this.log.warn(`${source} webhook refused: signature missing or invalid`);
    return new ChannelsError(
      ChannelsErrorCode.WEBHOOK_SIGNATURE_INVALID,
      'Signature missing or invalid.',
    );
  }
}
