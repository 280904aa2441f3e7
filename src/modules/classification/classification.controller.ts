import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  classify(@Body() body: ClassifyDto): ClassifyResponseDto {
    const r = this.classification.classify(body.text, {
      channel: body.channel,
      visibility: body.visibility,
    });
    return {
      entities: r.entities.map((e) => ({
        type: e.type,
        start: e.start,
        end: e.end,
        detector: e.detector,
        confidence: e.confidence,
        preview: e.preview,
      })),
      intents: r.intents.map((i) => ({
        intent: i.intent,
        confidence: i.confidence,
        ruleIds: [...i.ruleIds],
      })),
      decision: {
        ...r.decision,
        actions: [...r.decision.actions],
        signoffRoles: [...r.decision.signoffRoles],
        ruleIds: [...r.decision.ruleIds],
      },
    };
  }
}
