import { DynamicModule, Module } from '@nestjs/common';
import type { Settings } from '../config/settings';
import { DevAuthController } from './dev-auth.controller';

/**
 * The console's "sign in as" route. In production, or with an identity provider
 * (JWKS_URL, OIDC_ISSUER), the module is empty: the route does not exist (404),
 * and tokens come from the identity provider.
 */
@Module({})
export class DevAuthModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: DevAuthModule,
      controllers:
        settings.isProduction || settings.JWKS_URL || settings.oidc ? [] : [DevAuthController],
    };
  }
}
