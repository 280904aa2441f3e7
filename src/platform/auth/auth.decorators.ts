import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiErrors } from '../errors/error-response.dto';
import type { Action, Subject } from './access.enums';
import type { AppAbility } from './ability.factory';
import type { Principal } from './principal';

export const IS_PUBLIC = 'countersign:public';
export const AUTHORIZE = 'countersign:authorize';

export interface Requirement {
  action: Action;
  subject: Subject;
}

/** The explicit exception to deny-by-default: no token needed (webhooks, health). */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiErrors(500));

/** One decorator per route: the action and subject it needs, and its OpenAPI annotations. */
export const Authorize = (action: Action, subject: Subject): MethodDecorator =>
  applyDecorators(
    SetMetadata(AUTHORIZE, { action, subject } satisfies Requirement),
    ApiBearerAuth(),
    ApiErrors(400, 401, 403, 500),
  );

export interface AuthenticatedRequest {
  principal: Principal;
  ability: AppAbility;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);

export const CurrentAbility = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().ability,
);
