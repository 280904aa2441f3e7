import { join } from 'node:path';
import { buildAbility } from '../../platform/auth/ability.factory';
import { loadAccessPolicy } from '../../platform/auth/access-policy';
import { Location, Role } from '../../platform/auth/access.enums';
import { defaultPoliciesDir } from '../../platform/paths';
import { parseNotification } from './core/live-event';
import { EventsService, HEARTBEAT_MS, MAX_STREAM_MS, mayHear } from './events.service';

const ID = '0c1e5b8a-3f6d-4c2e-9a51-2f1c7c1d2e3f';
const REPLY = '5b0c3c1e-6a1f-4d8e-9a51-2f1c7c1d2e3f';
const AT = '2026-01-05T09:00:00.000Z';

const conversation = (over: Record<string, unknown> = {}) => ({
  id: ID,
  status: 'open',
  priority: 'normal',
  accountSpecific: false,
  sensitive: false,
  assigneeId: null,
  handleId: 'x-help',
  channel: 'x',
  ...over,
});

const payload = (o: Record<string, unknown>) => JSON.stringify({ at: AT, ...o });

class FakeSink {
  chunks: string[] = [];
  ended = false;
  destroyed = false;
  writableLength = 0;
  write(c: string) {
    this.chunks.push(c);
    return true;
  }
  end() {
    this.ended = true;
  }
  destroy() {
    this.destroyed = true;
  }
}

describe('live events', () => {
  const policy = loadAccessPolicy(join(defaultPoliciesDir(), 'access.yaml'));
  const ability = (roles: Role[], location = Location.Office) =>
    buildAbility(policy, { sub: 'u1', name: 'u1', roles, location });

  describe('parseNotification', () => {
    it('keeps ids, type and time, and the attributes for the check apart', () => {
      const n = parseNotification(
        payload({
          type: 'reply.updated',
          conversationId: ID,
          replyId: REPLY,
          conversation: conversation(),
        }),
      );
      expect(n?.event).toEqual({
        type: 'reply.updated',
        conversationId: ID,
        replyId: REPLY,
        at: AT,
      });
      expect(n?.audience).toMatchObject({ kind: 'conversation', message: false });
    });

    it.each([
      ['not JSON', 'nope'],
      ['an unknown type', payload({ type: 'message.deleted' })],
      ['no time', JSON.stringify({ type: 'crisis.updated' })],
      [
        'a conversation event without attributes',
        payload({ type: 'conversation.updated', conversationId: ID }),
      ],
      [
        'attributes of another conversation',
        payload({
          type: 'conversation.updated',
          conversationId: REPLY,
          conversation: conversation(),
        }),
      ],
      [
        'attributes that are not scalars',
        payload({
          type: 'message.received',
          conversationId: ID,
          conversation: conversation({ x: {} }),
        }),
      ],
      [
        'a reply event without its reply',
        payload({ type: 'reply.updated', conversationId: ID, conversation: conversation() }),
      ],
    ])('refuses %s', (_, p) => {
      expect(parseNotification(p)).toBeUndefined();
    });
  });

  describe('mayHear', () => {
    const about = (attrs: Record<string, unknown>, type = 'message.received') =>
      parseNotification(payload({ type, conversationId: ID, conversation: conversation(attrs) }))!
        .audience;

    it('keeps account-specific and sensitive conversations from remote agents', () => {
      const remote = ability([Role.Agent], Location.Remote);
      expect(mayHear(remote, about({}))).toBe(true);
      expect(mayHear(remote, about({ accountSpecific: true }))).toBe(false);
      expect(mayHear(remote, about({ sensitive: true }, 'conversation.updated'))).toBe(false);
      expect(mayHear(ability([Role.Agent]), about({ accountSpecific: true }))).toBe(true);
    });

    it('gives auditors crisis and review events but no conversation', () => {
      const auditor = ability([Role.Auditor]);
      expect(mayHear(auditor, about({}))).toBe(false);
      expect(mayHear(auditor, { kind: 'crisis' })).toBe(true);
      expect(mayHear(auditor, { kind: 'review', attributes: { agentId: 'a' } })).toBe(true);
      expect(mayHear(ability([Role.Agent]), { kind: 'review', attributes: {} })).toBe(false);
    });
  });

  describe('EventsService', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('writes a data line to those who may hear, a heartbeat to all, and ends old streams', () => {
      const svc = new EventsService();
      const office = new FakeSink();
      const remote = new FakeSink();
      svc.open(ability([Role.Agent]), office, Date.now());
      svc.open(ability([Role.Agent], Location.Remote), remote, Date.now());
      svc.deliver(
        payload({
          type: 'message.received',
          conversationId: ID,
          conversation: conversation({ accountSpecific: true }),
        }),
      );
      expect(office.chunks).toEqual([
        `data: ${JSON.stringify({ type: 'message.received', conversationId: ID, at: AT })}\n\n`,
      ]);
      expect(remote.chunks).toEqual([]);

      jest.advanceTimersByTime(HEARTBEAT_MS);
      expect(remote.chunks).toEqual([': heartbeat\n\n']);
      jest.advanceTimersByTime(MAX_STREAM_MS);
      expect(office.ended && remote.ended).toBe(true);
      expect(svc.openStreams).toBe(0);
    });

    it('drops a client that reads nothing, and closes every stream on shutdown', () => {
      const svc = new EventsService();
      const slow = new FakeSink();
      const other = new FakeSink();
      const close = svc.open(ability([Role.ComplianceOfficer]), slow);
      svc.open(ability([Role.ComplianceOfficer]), other);
      slow.writableLength = 2 << 20;
      svc.deliver(payload({ type: 'crisis.updated' }));
      expect(slow.destroyed).toBe(true);
      expect(other.chunks).toHaveLength(1);
      close();
      svc.onModuleDestroy();
      expect(other.ended).toBe(true);
      const late = new FakeSink();
      svc.open(ability([Role.ComplianceOfficer]), late);
      expect(late.ended).toBe(true);
    });
  });
});
