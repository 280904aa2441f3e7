import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ApiErrors } from '../errors/error-response.dto';
import { PlatformError, PlatformErrorCode } from '../errors/platform.errors';
import { ReadinessService } from './readiness.service';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('healthz')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'The process is alive' })
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  @Public()
  @ApiErrors(503)
  @ApiOkResponse({ description: 'Database reachable, migrations applied, policies loaded' })
  async readyz(): Promise<{ status: 'ready'; checks: Record<string, boolean> }> {
    const checks = await this.readiness.check();
    if (!Object.values(checks).every(Boolean)) {
      throw new PlatformError(PlatformErrorCode.SERVICE_UNAVAILABLE, 'Not ready.', checks);
    }
    return { status: 'ready', checks };
  }
}
