import {
  allowedPurposes,
  checkSignoff,
  nextSignoffRole,
  outputScreeningReasons,
  requiredSignoffs,
} from './reply-rules';

describe('allowedPurposes', () => {
  const base = {
    crisis: false,
    visibility: 'public' as const,
    actions: [],
    routeOfflineRequired: false,
  };

  it('allows any purpose on an ordinary conversation', () => {
    expect(allowedPurposes(base)).toBeUndefined();
  });

  it('limits a public reply to offline routing or acknowledgement where policy says so', () => {
    for (const over of [
      { actions: ['route_offline'] },
      { actions: ['block_public_reply'] },
      { routeOfflineRequired: true },
    ]) {
      expect(allowedPurposes({ ...base, ...over })).toEqual(['offline_route', 'acknowledgement']);
    }
    // a private reply (DM) is not a public reply
    expect(
      allowedPurposes({ ...base, visibility: 'private', actions: ['route_offline'] }),
    ).toBeUndefined();
  });

  it('limits every draft to crisis purposes in crisis mode, and intersects with offline routing', () => {
    expect(allowedPurposes({ ...base, crisis: true })).toEqual([
      'crisis',
      'acknowledgement',
      'offline_route',
    ]);
    expect(allowedPurposes({ ...base, crisis: true, actions: ['block_public_reply'] })).toEqual([
      'acknowledgement',
      'offline_route',
    ]);
  });
});

describe('requiredSignoffs', () => {
  const order = ['legal', 'compliance_officer'];

  it('keeps the order policy lists, whatever order the decision gave', () => {
    expect(requiredSignoffs(['compliance_officer', 'legal'], order, false)).toEqual([
      'legal',
      'compliance_officer',
    ]);
  });

  it('adds compliance to every public reply in crisis mode, once', () => {
    expect(requiredSignoffs([], order, true)).toEqual(['compliance_officer']);
    expect(requiredSignoffs(['legal', 'compliance_officer'], order, true)).toEqual([
      'legal',
      'compliance_officer',
    ]);
    expect(requiredSignoffs([], order, false)).toEqual([]);
  });
});

describe('nextSignoffRole', () => {
  it('is the first required role without an approval', () => {
    expect(nextSignoffRole(['legal', 'compliance_officer'], [])).toBe('legal');
    expect(nextSignoffRole(['legal', 'compliance_officer'], ['legal'])).toBe('compliance_officer');
    expect(nextSignoffRole(['legal', 'compliance_officer'], ['compliance_officer'])).toBe('legal');
    expect(nextSignoffRole(['legal'], ['legal'])).toBeUndefined();
  });
});

describe('outputScreeningReasons', () => {
  it('lists entity types once and blocked intents, never values', () => {
    expect(
      outputScreeningReasons({
        entities: [{ type: 'CARD_NUMBER' }, { type: 'CARD_NUMBER' }, { type: 'SSN' }],
        intents: [{ intent: 'abuse' }, { intent: 'complaint' }],
      }),
    ).toEqual([
      { kind: 'entity', type: 'CARD_NUMBER' },
      { kind: 'entity', type: 'SSN' },
      { kind: 'intent', type: 'abuse' },
    ]);
    expect(outputScreeningReasons({ entities: [], intents: [{ intent: 'praise' }] })).toEqual([]);
  });
});

describe('checkSignoff', () => {
  const base = {
    authorId: 'dana',
    actor: { id: 'lena', roles: ['legal'] },
    required: ['legal', 'compliance_officer'],
    existing: [],
    decision: 'approve' as const,
    reason: undefined,
  };

  it('takes the next role in policy order and says when the last one signed', () => {
    expect(checkSignoff(base)).toEqual({
      ok: true,
      role: 'legal',
      reason: null,
      complete: false,
      approved: [],
    });
    const last = checkSignoff({
      ...base,
      actor: { id: 'omar', roles: ['compliance_officer'] },
      existing: [{ signerId: 'lena', role: 'legal', decision: 'approve' }],
    });
    expect(last).toMatchObject({ ok: true, role: 'compliance_officer', complete: true });
  });

  it('refuses the author, a second decision by one person, a role out of order, a bare rejection', () => {
    expect(checkSignoff({ ...base, actor: { id: 'dana', roles: ['legal'] } })).toMatchObject({
      ok: false,
      problem: 'self_signoff',
    });
    const lou = { id: 'lou', roles: ['legal', 'compliance_officer'] };
    expect(
      checkSignoff({
        ...base,
        actor: lou,
        existing: [{ signerId: 'lou', role: 'legal', decision: 'approve' }],
      }),
    ).toMatchObject({ ok: false, problem: 'already_decided' });
    expect(
      checkSignoff({ ...base, actor: { id: 'omar', roles: ['compliance_officer'] } }),
    ).toMatchObject({ ok: false, problem: 'role_not_next', next: 'legal' });
    expect(checkSignoff({ ...base, decision: 'reject', reason: '  ' })).toMatchObject({
      ok: false,
      problem: 'reason_required',
    });
    expect(checkSignoff({ ...base, decision: 'reject', reason: ' Not final ' })).toMatchObject({
      ok: true,
      reason: 'Not final',
      complete: false,
    });
  });
});
