import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize } from '../../platform/auth/auth.decorators';
import { PolicyResponseDto } from './dtos/policy-response.dto';
import { PolicyMapper } from './policy.mapper';
import { PolicyService } from './policy.service';

@ApiTags('policy')
@Controller('v1/policies')
export class PolicyController {
  constructor(private readonly policy: PolicyService) {}

  @Get('current')
  @Authorize(Action.Read, Subject.Policy)
  @ApiOkResponse({ type: PolicyResponseDto })
  current(): PolicyResponseDto {
    return PolicyMapper.current(this.policy.current);
  }
}
