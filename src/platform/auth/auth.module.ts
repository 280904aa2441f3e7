import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Settings } from '../config/settings';
import { AccessPolicyHolder } from './access-policy.holder';
import { AuthConfigController } from './auth-config.controller';
import { AuthGuard } from './auth.guard';
import { MeController } from './me.controller';
import { TokenVerifier } from './token.service';

@Global()
@Module({
  controllers: [MeController, AuthConfigController],
  providers: [
    AccessPolicyHolder,
    {
      provide: TokenVerifier,
      inject: [Settings],
      useFactory: (s: Settings) => new TokenVerifier(s),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccessPolicyHolder],
})
export class AuthModule {}
