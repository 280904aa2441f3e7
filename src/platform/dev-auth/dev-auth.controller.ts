import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { signDevToken } from '../auth/token.service';
import { Clock } from '../clock/clock';
import { Settings } from '../config/settings';
import { ApiErrors } from '../errors/error-response.dto';
import { DevSignInDto, DevSignInResponseDto } from './dev-auth.dtos';

/** Development tokens last as long as a working day, within TOKEN_MAX_AGE_SECONDS. */
const DEV_TOKEN_SECONDS = 8 * 3600;

/**
 * "Sign in as": mints a development token for any subject, roles and location.
 * Registered only outside production (see DevAuthModule).
 */
@ApiTags('development')
@Controller('v1/dev')
export class DevAuthController {
  constructor(
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiErrors(400)
  @ApiOkResponse({
    type: DevSignInResponseDto,
    description: 'Development only: absent when NODE_ENV=production',
  })
  async signIn(@Body() body: DevSignInDto): Promise<DevSignInResponseDto> {
    const nowMs = this.clock.nowMs();
    const ttl = Math.min(DEV_TOKEN_SECONDS, this.settings.TOKEN_MAX_AGE_SECONDS);
    const token = await signDevToken(
      this.settings,
      { sub: body.sub, name: body.name, roles: body.roles, location: body.location },
      ttl,
      nowMs,
    );
    return {
      token,
      expiresAt: new Date(Math.floor(nowMs / 1000) * 1000 + ttl * 1000).toISOString(),
    };
  }
}
