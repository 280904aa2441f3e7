import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { AppError } from '../../../platform/errors/app-error';
import { createValidationPipe } from '../../../platform/errors/validation';
import { InboundBodyPipe, plainlyValidInbound } from './inbound-body.pipe';
import { CreateInboundMessageDto, InboundAuthorDto } from './inbound.dto';

const full = {
  handle: 'crm',
  externalId: 'crm-msg-1',
  threadId: 'case-881',
  author: { id: '42', handle: 'jdoe', name: 'Jane Doe' },
  text: 'Hi, my card was declined',
  visibility: 'private',
  occurredAt: '2026-01-05T14:03:00Z',
  inReplyTo: 'crm-msg-0',
};
const least = {
  handle: 'crm',
  externalId: 'crm-msg-2',
  author: { id: '42' },
  text: 'x',
  visibility: 'public',
};

/** Bodies on both sides of every rule of CreateInboundMessageDto. */
const bodies: [string, unknown][] = [
  ['every field', full],
  ['required fields only', least],
  ['a property not declared', { ...full, priority: 'urgent' }],
  ['an author property not declared', { ...full, author: { id: '42', email: 'a@b.c' } }],
  ['a null optional field', { ...full, threadId: null }],
  ['a null author name', { ...full, author: { id: '42', name: null } }],
  ['a handle id with capitals', { ...full, handle: 'CRM' }],
  ['a message id with a space', { ...full, externalId: 'crm msg' }],
  ['a message id of 201 characters', { ...full, externalId: 'a'.repeat(201) }],
  ['an author id of 80 characters', { ...full, author: { id: 'a'.repeat(80) } }],
  ['an author id of 81 characters', { ...full, author: { id: 'a'.repeat(81) } }],
  ['a numeric author id', { ...full, author: { id: 42 } }],
  ['an author name of 201 characters', { ...full, author: { id: '1', name: 'n'.repeat(201) } }],
  ['an author that is a list', { ...full, author: [] }],
  ['no author', { ...least, author: undefined }],
  ['empty text', { ...full, text: '' }],
  ['text of a lone variation selector', { ...full, text: '\uFE0F' }],
  ['text of 10,000 characters', { ...full, text: 't'.repeat(10_000) }],
  ['text of 10,001 characters', { ...full, text: 't'.repeat(10_001) }],
  ['text of 10,000 emoji (20,000 UTF-16 units)', { ...full, text: '😀'.repeat(10_000) }],
  ['text that is a number', { ...full, text: 5 }],
  ['an unknown visibility', { ...full, visibility: 'secret' }],
  ['a date that does not exist', { ...full, occurredAt: '2026-02-30T10:00:00Z' }],
  ['a date without a time zone', { ...full, occurredAt: '2026-01-05T14:03:00' }],
  ['a date only', { ...full, occurredAt: '2026-01-05' }],
  ['a body that is a list', [full]],
  ['a null body', null],
  ['no body', undefined],
  ['a string body', 'hello'],
];

type Outcome = { ok: unknown } | { error: { code: string; message: string; details: unknown } };

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: await run() };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { error: { code: err.code, message: err.message, details: err.details } };
  }
}

describe('InboundBodyPipe', () => {
  const pipe = new InboundBodyPipe();
  const global = createValidationPipe();
  const asDto: ArgumentMetadata = { type: 'body', metatype: CreateInboundMessageDto };
  const asRouteParam: ArgumentMetadata = { type: 'body', metatype: Object };

  it.each(bodies)('answers like the global validation pipe: %s', async (_, body) => {
    const expected = await outcome(() => global.transform(body, asDto));
    const got = await outcome(() => pipe.transform(body, asRouteParam));
    expect(got).toEqual(expected);
    if ('ok' in got) {
      const dto = got.ok as CreateInboundMessageDto;
      expect(dto).toBeInstanceOf(CreateInboundMessageDto);
      expect(dto.author).toBeInstanceOf(InboundAuthorDto);
    }
  });

  it('takes plainly valid bodies without the global pipe, and only those', () => {
    expect(plainlyValidInbound(full)).toEqual(full);
    expect(plainlyValidInbound(least)).toEqual(least);
    expect(plainlyValidInbound({ ...full, threadId: null })).toBeUndefined();
    expect(plainlyValidInbound({ ...full, extra: true })).toBeUndefined();
    expect(plainlyValidInbound({ ...full, text: '' })).toBeUndefined();
  });
});
