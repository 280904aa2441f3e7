import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Settings } from '../config/settings';
import { Public } from './auth.decorators';
import { AuthConfigDto } from './dtos/auth-config.dto';

/** What the console needs to sign someone in, before anyone is signed in. */
@ApiTags('auth')
@Controller('v1/auth/config')
export class AuthConfigController {
  constructor(private readonly settings: Settings) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: AuthConfigDto, description: 'How the console signs people in' })
  config(): AuthConfigDto {
    const s = this.settings;
    if (s.oidc) {
      return {
        mode: 'oidc',
        issuer: s.OIDC_ISSUER,
        clientId: s.OIDC_CLIENT_ID,
        scopes: s.OIDC_SCOPES,
        ...(s.OIDC_AUDIENCE ? { audience: s.OIDC_AUDIENCE } : {}),
      };
    }
    // The same condition as DevAuthModule's: the development route exists exactly then.
    if (!s.isProduction && !s.JWKS_URL) return { mode: 'dev' };
    return { mode: 'none' };
  }
}
