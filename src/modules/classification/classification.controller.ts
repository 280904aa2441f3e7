import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize } from '../../platform/auth/auth.decorators';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ClassificationService } from './classification.service';
import { ClassifyDto, ClassifyResponseDto } from './dtos/classify.dto';

@ApiTags('classification')
@Controller('v1/classify')
export class ClassificationController {
  constructor(private readonly classification: ClassificationService) {}

  @Post()
  @HttpCode(200)
  @Authorize(Action.Classify, Subject.Classification)
  @ApiErrors(413)
  @ApiOkResponse({
    type: ClassifyResponseDto,
    description: 'Entities (masked), intents and the policy decision',
  })
  async classify(
    @Body() body: ClassifyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    // The body is built (for a long post, in a worker thread) as JSON bytes.
    void reply.header('content-type', 'application/json; charset=utf-8');
    return this.classification.classifyToBody(body.text, {
      channel: body.channel,
      visibility: body.visibility,
    });
  }
}
