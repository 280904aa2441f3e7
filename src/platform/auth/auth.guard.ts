import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatformError, PlatformErrorCode } from '../errors/platform.errors';
import { buildAbility } from './ability.factory';
import { AccessPolicyHolder } from './access-policy.holder';
import { AUTHORIZE, AuthenticatedRequest, IS_PUBLIC, Requirement } from './auth.decorators';
import { InvalidTokenError, TokenVerifier } from './token.service';

/** Deny by default: every route needs a valid bearer token and a declared, granted requirement. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly access: AccessPolicyHolder,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<
        { headers: Record<string, string | undefined> } & Partial<AuthenticatedRequest>
      >();
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header) : null;
    if (!match) {
      throw new PlatformError(PlatformErrorCode.UNAUTHENTICATED, 'A bearer token is required.');
    }
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (err) {
      if (!(err instanceof InvalidTokenError)) throw err;
      throw new PlatformError(
        PlatformErrorCode.UNAUTHENTICATED,
        'The bearer token is invalid or expired.',
      );
    }
    request.ability = buildAbility(this.access.policy, request.principal);

    const requirement = this.reflector.get<Requirement | undefined>(
      AUTHORIZE,
      context.getHandler(),
    );
    if (!requirement) {
      this.logger.error(
        `route ${context.getClass().name}.${context.getHandler().name} declares no requirement`,
      );
      throw new PlatformError(PlatformErrorCode.FORBIDDEN, 'This route is not open to anyone.');
    }
    if (!request.ability.can(requirement.action, requirement.subject)) {
      throw new PlatformError(
        PlatformErrorCode.FORBIDDEN,
        `Your roles do not allow ${requirement.action} on ${requirement.subject}.`,
        { action: requirement.action, subject: requirement.subject },
      );
    }
    return true;
  }
}
