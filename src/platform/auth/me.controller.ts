import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from './access.enums';
import type { AppAbility } from './ability.factory';
import { Authorize, CurrentAbility, CurrentPrincipal } from './auth.decorators';
import { MeResponseDto } from './dtos/me-response.dto';
import type { Principal } from './principal';

const asArray = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

@ApiTags('auth')
@Controller('v1/me')
export class MeController {
  @Get()
  @Authorize(Action.Read, Subject.Me)
  @ApiOkResponse({ type: MeResponseDto, description: 'Who the caller is and what they may do' })
  me(@CurrentPrincipal() p: Principal, @CurrentAbility() ability: AppAbility): MeResponseDto {
    return {
      sub: p.sub,
      name: p.name,
      roles: p.roles,
      location: p.location,
      rules: ability.rules.map((r) => {
        const rule = r as typeof r & { reason?: string };
        return {
          action: asArray(rule.action),
          subject: asArray(rule.subject ?? []),
          ...(rule.conditions ? { conditions: rule.conditions } : {}),
          ...(rule.fields ? { fields: asArray(rule.fields) } : {}),
          inverted: Boolean(rule.inverted),
          ...(rule.reason ? { reason: rule.reason } : {}),
        };
      }),
    };
  }
}
