import { ArgumentsHost, Catch, ExceptionFilter, Inject, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from './error-response';
import { ERROR_STATUS_TABLE, type ErrorStatusTable } from './error-status.token';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(@Inject(ERROR_STATUS_TABLE) private readonly table: ErrorStatusTable) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    this.send(exception, request, reply);
  }

  send(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const { status, body, unexpected } = toErrorResponse(exception, String(request.id), this.table);
    if (unexpected) {
      const err = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(
        `${request.method} ${request.routeOptions?.url ?? 'unknown route'} failed: ${err.message}`,
        {
          requestId: request.id,
          stack: err.stack,
        },
      );
    }
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
