import { BadRequestException, NotFoundException } from '@nestjs/common';
import { toErrorResponse } from './error-response';
import { PlatformError, PlatformErrorCode } from './platform.errors';

const table = { [PlatformErrorCode.VALIDATION_FAILED]: 400, BROKEN: 500 };

describe('toErrorResponse', () => {
  it('maps a domain error through the status table, with details', () => {
    const r = toErrorResponse(
      new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'bad', [{ field: 'text' }]),
      'req-1',
      table,
    );
    expect(r).toEqual({
      status: 400,
      unexpected: false,
      body: {
        error: { code: 'VALIDATION_FAILED', message: 'bad', details: [{ field: 'text' }] },
        requestId: 'req-1',
      },
    });
  });

  it('never reveals the message of a 5xx or of an unmapped code', () => {
    const unmapped = toErrorResponse(
      new PlatformError('NOPE' as PlatformErrorCode, 'secret 4111'),
      'r',
      table,
    );
    expect(unmapped.status).toBe(500);
    expect(unmapped.body.error).toEqual({ code: 'INTERNAL_ERROR', message: 'internal error' });
    const thrown = toErrorResponse(new TypeError('card 4111111111111111'), 'r', table);
    expect(thrown.body.error.message).toBe('internal error');
    expect(thrown.unexpected).toBe(true);
  });

  it('turns the router 404 into ROUTE_NOT_FOUND', () => {
    const r = toErrorResponse(new NotFoundException('Cannot GET /nope'), 'r', table);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('maps fastify body errors', () => {
    expect(toErrorResponse({ code: 'FST_ERR_CTP_BODY_TOO_LARGE' }, 'r', table).status).toBe(413);
    const bad = toErrorResponse({ code: 'FST_ERR_CTP_INVALID_JSON_BODY' }, 'r', table);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('MALFORMED_JSON');
  });

  it('maps other Nest HTTP exceptions by status', () => {
    const r = toErrorResponse(new BadRequestException('nope'), 'r', table);
    expect(r.body.error.code).toBe('BAD_REQUEST');
  });
});
