import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const SIGN_IN_MODES = ['oidc', 'dev', 'none'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];

/** How the console signs people in: only values that are not secret. */
export class AuthConfigDto {
  @ApiProperty({
    enum: SIGN_IN_MODES,
    description:
      '`oidc`: authorization code with PKCE at the issuer; `dev`: the development "sign in as" ' +
      'route (never in production); `none`: no sign-in for people is configured',
  })
  mode!: SignInMode;

  @ApiPropertyOptional({ description: 'The OpenID Connect issuer (mode oidc)' })
  issuer?: string;

  @ApiPropertyOptional({ description: "The console's public client id at the issuer (mode oidc)" })
  clientId?: string;

  @ApiPropertyOptional({ description: 'Space-separated scopes to ask for (mode oidc)' })
  scopes?: string;

  @ApiPropertyOptional({
    description:
      'The resource indicator (RFC 8707) to ask for, the audience of the access token (mode oidc, when configured)',
  })
  audience?: string;
}
